import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium: the tests never download a browser. */
export const chromiumPath = '/usr/bin/chromium';

/** Why the browser tests cannot run here, or undefined when they can. */
export const missingBrowser = existsSync(chromiumPath)
  ? undefined
  : `${chromiumPath} is missing (apt-get install chromium)`;

export const artifactsDirectory = fileURLToPath(new URL('./artifacts/', import.meta.url));

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A page that records console errors and uncaught exceptions, for "no console errors" checks. */
export interface WatchedPage {
  readonly page: Page;
  /** Console errors and page errors seen so far. */
  readonly errors: string[];
  screenshot(name: string): Promise<void>;
}

export async function openPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  mkdirSync(artifactsDirectory, { recursive: true });
  return {
    page,
    errors,
    async screenshot(name) {
      await page.screenshot({ path: join(artifactsDirectory, name), fullPage: true });
    },
  };
}

/**
 * Runs a browser-side expression. The tests' TypeScript program has no DOM library (it is
 * Node code), so page code is written as a string and its result typed here.
 */
export function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate<T>(expression);
}

/**
 * The focused element's role and accessible name as Playwright's ARIA snapshot gives them,
 * e.g. `link "Overview"`, `button "Sign out"`, `textbox "Name"`.
 */
export async function focusedControl(page: Page): Promise<string> {
  const focused = page.locator(':focus');
  if ((await focused.count()) === 0) return '';
  const snapshot = await focused.first().ariaSnapshot();
  return (snapshot.split('\n')[0] ?? '').replace(/^- /, '').replace(/:$/, '').trim();
}

/**
 * Presses Tab (or Shift+Tab) until the focused control matches `control` (role and name, as
 * {@link focusedControl} prints them); returns the controls passed on the way. Fails after
 * `limit` presses: the control is not reachable by keyboard.
 */
export async function tabTo(
  page: Page,
  control: RegExp,
  options: { backwards?: boolean; limit?: number } = {},
): Promise<string[]> {
  const visited: string[] = [];
  for (let index = 0; index < (options.limit ?? 60); index += 1) {
    await page.keyboard.press(options.backwards === true ? 'Shift+Tab' : 'Tab');
    const focused = await focusedControl(page);
    visited.push(focused);
    if (control.test(focused)) return visited;
  }
  throw new Error(`${String(control)} not reached with Tab; visited: ${visited.join(' → ')}`);
}

/** The focused element draws a focus indicator (an outline that is not `none`). */
export function focusIsVisible(page: Page): Promise<boolean> {
  return inPage<boolean>(
    page,
    `(() => {
      const style = getComputedStyle(document.activeElement);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    })()`,
  );
}
