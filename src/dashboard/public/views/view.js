// What every view is given and returns.

/**
 * @typedef {object} ViewContext
 * @property {HTMLElement} root the view's container, emptied before each render
 * @property {string[]} params path segments after the view's name (`#/requests/<id>`)
 * @property {(loaded: boolean) => void} setLoaded marks the view ready (`data-state`), for tests and screen readers
 */

/** @typedef {(context: ViewContext) => (() => void)} View a view renders into root and returns its clean-up */

export {};
