// Small DOM helpers: elements are built with createElement and text nodes, never from HTML
// strings, so nothing the gateway returns can become markup.

/** @typedef {Node | string | number | null | undefined | false} Leaf */
/** @typedef {Leaf | Leaf[] | (Leaf | Leaf[])[]} Child children may nest two levels deep */
/** @typedef {Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>} Attributes */

/**
 * @param {Element} element
 * @param {Attributes} attributes
 */
function setAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
}

/**
 * @param {Node} parent
 * @param {Child[]} children
 */
function appendChildren(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) appendChildren(parent, /** @type {Child[]} */ (child));
    else
      parent.appendChild(typeof child === 'object' ? child : document.createTextNode(`${child}`));
  }
}

/**
 * Appends children (nested arrays flattened; null, undefined and false skipped).
 * @param {Node} parent
 * @param {Child[]} children
 */
export function append(parent, ...children) {
  appendChildren(parent, children);
}

/**
 * Replaces an element's children.
 * @param {Element} parent
 * @param {Child[]} children
 */
export function replace(parent, ...children) {
  parent.replaceChildren();
  appendChildren(parent, children);
}

/**
 * An HTML element: `h('button', { type: 'button', onclick }, 'Save')`.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attributes} [attributes]
 * @param {Child[]} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  appendChildren(element, children);
  return element;
}

/**
 * An SVG element.
 * @template {keyof SVGElementTagNameMap} K
 * @param {K} tag
 * @param {Attributes} [attributes]
 * @param {Child[]} children
 * @returns {SVGElementTagNameMap[K]}
 */
export function s(tag, attributes = {}, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttributes(element, attributes);
  appendChildren(element, children);
  return element;
}

/**
 * A labelled form field: `<div class="field"><label>…</label><input id=…></div>`.
 * @param {string} label
 * @param {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} control
 * @param {string} [hint]
 */
export function field(label, control, hint) {
  const hintId = hint === undefined ? undefined : `${control.id}-hint`;
  if (hintId !== undefined) control.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: control.id }, label),
    control,
    hint === undefined ? null : h('span', { id: hintId, class: 'muted' }, hint),
  );
}

/**
 * A table with a header row; `numeric` names the columns aligned right.
 * @param {string[]} headings
 * @param {Node[]} rows
 * @param {{ caption?: string, numeric?: number[] }} [options]
 */
export function table(headings, rows, options = {}) {
  const numeric = new Set(options.numeric ?? []);
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      {},
      options.caption === undefined
        ? null
        : h('caption', { class: 'visually-hidden' }, options.caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headings.map((heading, index) =>
            h('th', { scope: 'col', class: numeric.has(index) ? 'number' : null }, heading),
          ),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}

/**
 * @param {Child[]} cells
 * @param {{ numeric?: number[], className?: string | null }} [options]
 */
export function row(cells, options = {}) {
  const numeric = new Set(options.numeric ?? []);
  return h(
    'tr',
    { class: options.className ?? null },
    cells.map((cell, index) => h('td', { class: numeric.has(index) ? 'number' : null }, cell)),
  );
}

/**
 * @param {string} text
 * @param {'ok' | 'warn' | 'bad' | 'info' | 'neutral'} tone
 */
export function badge(text, tone) {
  return h('span', { class: `badge ${tone}` }, text);
}

const integer = new Intl.NumberFormat('en-US');

/** @param {number} value */
export function formatCount(value) {
  return integer.format(value);
}

/** @param {number | null | undefined} value */
export function formatMs(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ms`;
}

/** @param {number | null | undefined} value */
export function formatUsd(value) {
  if (value === null || value === undefined) return '–';
  if (value === 0) return '$0';
  if (value < 0.01) return `$${value.toPrecision(3)}`;
  return `$${value.toFixed(value >= 1 ? 2 : 4)}`;
}

/** @param {string | number | null | undefined} value */
export function formatTime(value) {
  if (value === null || value === undefined) return '–';
  return new Date(value).toLocaleTimeString('en-GB', { hour12: false });
}

/** @param {string | number | null | undefined} value */
export function formatDateTime(value) {
  if (value === null || value === undefined) return '–';
  const date = new Date(value);
  return `${date.toISOString().slice(0, 10)} ${date.toLocaleTimeString('en-GB', { hour12: false })}`;
}

/**
 * Nearest-rank percentile of a list of numbers.
 * @param {readonly number[]} values
 * @param {number} fraction
 */
export function percentile(values, fraction) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? null;
}

/**
 * Runs `task` now and then every `intervalMs` after the previous run finished, skipping runs
 * while the tab is hidden or paused. Errors go to `onError`; the loop keeps going.
 * @param {number} intervalMs
 * @param {() => Promise<void>} task
 * @param {(error: unknown) => void} onError
 */
export function every(intervalMs, task, onError) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  let stopped = false;
  let paused = false;
  const run = async () => {
    timer = undefined;
    if (stopped) return;
    if (!paused && !document.hidden) {
      try {
        await task();
      } catch (error) {
        if (!stopped) onError(error);
      }
    }
    if (!stopped) timer = setTimeout(() => void run(), intervalMs);
  };
  void run();
  return {
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
    /** @param {boolean} value */
    setPaused(value) {
      paused = value;
    },
    /** Runs now (after a change the user made). */
    refresh() {
      if (stopped) return;
      if (timer !== undefined) clearTimeout(timer);
      void run();
    },
  };
}

/**
 * A "Pause updates" toggle for a polling loop (auto-updating content must be stoppable).
 * @param {{ setPaused(value: boolean): void }} loop
 */
export function pauseButton(loop) {
  const button = h(
    'button',
    { type: 'button', class: 'secondary', 'aria-pressed': 'false' },
    'Pause updates',
  );
  button.addEventListener('click', () => {
    const paused = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(paused));
    button.textContent = paused ? 'Resume updates' : 'Pause updates';
    loop.setPaused(paused);
  });
  return button;
}
