// Loads one request's decision trace into a panel (`#/<view>/<request id>`).

import { ApiError, admin, errorMessage } from '../api.js';
import { h } from '../dom.js';
import { renderTrace } from '../trace.js';

/** @typedef {import('../types.js').Trace} Trace */

/**
 * Fetches a trace, retrying briefly: a request's trace is stored when its answer is complete,
 * which can be a moment after the client has read it.
 * @param {string} requestId
 * @returns {Promise<Trace>}
 */
export async function loadTrace(requestId) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return /** @type {Trace} */ (await admin(`/requests/${encodeURIComponent(requestId)}`));
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404) || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

/**
 * A panel showing the trace of `requestId`, focused once loaded.
 * @param {string} requestId
 * @returns {HTMLElement}
 */
export function tracePanel(requestId) {
  const panel = h(
    'div',
    { class: 'trace-panel' },
    h('p', { role: 'status' }, `Loading the trace of ${requestId}…`),
  );
  loadTrace(requestId).then(
    (trace) => {
      panel.replaceChildren(renderTrace(trace, 'trace-heading'));
      panel.querySelector('h2')?.focus();
    },
    (error) => {
      panel.replaceChildren(
        h(
          'p',
          { class: 'error', role: 'alert' },
          `No trace for ${requestId}: ${errorMessage(error)}`,
        ),
      );
    },
  );
  return panel;
}
