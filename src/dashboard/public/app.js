// The dashboard's entry: sign-in, the shell, and a hash router over the views.

import { ApiError, forgetAdminKey, signIn, signedOutEvent, storedAdminKey } from './api.js';
import { blocked } from './views/blocked.js';
import { keys } from './views/keys.js';
import { overview } from './views/overview.js';
import { forgetPlaygroundKey, playground } from './views/playground.js';
import { providers } from './views/providers.js';
import { requests } from './views/requests.js';
import { usage } from './views/usage.js';

/** @type {Record<string, { title: string, view: import('./views/view.js').View }>} */
const views = {
  overview: { title: 'Overview', view: overview },
  providers: { title: 'Providers', view: providers },
  blocked: { title: 'Blocked requests', view: blocked },
  usage: { title: 'Usage and cost', view: usage },
  keys: { title: 'Keys', view: keys },
  requests: { title: 'Requests', view: requests },
  playground: { title: 'Playground', view: playground },
};

/**
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} type
 * @returns {T}
 */
function element(id, type) {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`#${id} is missing from the page`);
  return found;
}

const signInScreen = element('sign-in', HTMLDivElement);
const signInForm = element('sign-in-form', HTMLFormElement);
const keyInput = element('admin-key', HTMLInputElement);
const signInButton = element('sign-in-button', HTMLButtonElement);
const signInMessage = element('sign-in-message', HTMLParagraphElement);
const shell = element('shell', HTMLDivElement);
const main = element('main', HTMLElement);
const title = element('view-title', HTMLHeadingElement);
const viewRoot = element('view', HTMLDivElement);
const signOutButton = element('sign-out', HTMLButtonElement);
const skipLink = element('skip-link', HTMLAnchorElement);

let current = { name: '', stop: () => {} };

function parseHash() {
  const [name = '', ...params] = location.hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => decodeURIComponent(part));
  return { name: views[name] === undefined ? 'overview' : name, params };
}

function route() {
  const { name, params } = parseHash();
  const entry = views[name] ?? views.overview;
  if (entry === undefined) return;
  current.stop();
  const changedView = current.name !== name;
  viewRoot.replaceChildren();
  viewRoot.dataset.view = name;
  viewRoot.dataset.state = 'loading';
  title.textContent = entry.title;
  document.title = `${entry.title} · LLM Secure Gateway`;
  for (const link of document.querySelectorAll('nav a[data-view]')) {
    if (link.getAttribute('data-view') === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const stop = entry.view({
    root: viewRoot,
    params,
    setLoaded: (loaded) => {
      if (current.stop === stop) viewRoot.dataset.state = loaded ? 'ready' : 'loading';
    },
  });
  current = { name, stop };
  // A new view: move focus to its heading so keyboard and screen-reader users start there.
  if (changedView && params.length === 0) title.focus();
}

/** @param {string} message */
function showSignIn(message) {
  current.stop();
  current = { name: '', stop: () => {} };
  viewRoot.replaceChildren();
  shell.hidden = true;
  signInScreen.hidden = false;
  signInMessage.textContent = message;
  document.title = 'Sign in · LLM Secure Gateway';
  keyInput.focus();
}

function showShell() {
  signInScreen.hidden = true;
  shell.hidden = false;
  signInMessage.textContent = '';
  if (location.hash === '') history.replaceState(null, '', '#/overview');
  route();
}

signInForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const key = keyInput.value.trim();
  if (key === '') {
    signInMessage.textContent = 'Enter the admin key.';
    keyInput.focus();
    return;
  }
  signInButton.disabled = true;
  signInMessage.textContent = '';
  signIn(key).then(
    () => {
      signInButton.disabled = false;
      keyInput.value = '';
      showShell();
    },
    (error) => {
      signInButton.disabled = false;
      keyInput.select();
      if (error instanceof ApiError && error.status === 401)
        signInMessage.textContent =
          'The gateway refused this admin key. Check ADMIN_API_KEY and try again.';
      else if (error instanceof ApiError && error.status === 429)
        signInMessage.textContent =
          'Too many failed attempts from this address: wait a minute and try again.';
      else if (error instanceof ApiError && error.status === 404)
        signInMessage.textContent =
          'The admin API is off on this gateway (ADMIN_API_KEY is not set).';
      else
        signInMessage.textContent = `Could not sign in: ${error instanceof Error ? error.message : String(error)}`;
    },
  );
});

signOutButton.addEventListener('click', () => {
  forgetAdminKey();
  forgetPlaygroundKey();
  history.replaceState(null, '', location.pathname);
  showSignIn('Signed out.');
});

window.addEventListener(signedOutEvent, () => {
  if (shell.hidden) return;
  forgetPlaygroundKey();
  showSignIn('Your session ended: the gateway refused the admin key. Sign in again.');
});

window.addEventListener('hashchange', () => {
  if (!shell.hidden) route();
});

skipLink.addEventListener('click', (event) => {
  event.preventDefault();
  if (shell.hidden) keyInput.focus();
  else main.focus();
});

if (storedAdminKey() === null) showSignIn('');
else showShell();
