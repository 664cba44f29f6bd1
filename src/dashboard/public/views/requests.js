// Requests: this replica's request log (`GET /admin/requests`), newest first; each opens its
// decision trace (`#/requests/<request id>`).

import { admin, errorMessage } from '../api.js';
import {
  append,
  badge,
  every,
  field,
  formatMs,
  formatTime,
  h,
  pauseButton,
  replace,
  row,
  table,
} from '../dom.js';
import { tracePanel } from './trace-panel.js';

/** @typedef {import('../types.js').Trace} Trace */

const statuses = ['', 'success', 'rejected', 'failed', 'cancelled'];
/** The filter survives switching to a trace and back. */
let statusFilter = '';

/** @param {string} status */
function tone(status) {
  return status === 'success' ? 'ok' : status === 'rejected' ? 'warn' : 'bad';
}

/** @param {Trace[]} traces @param {string | undefined} selected */
function render(traces, selected) {
  if (traces.length === 0) return h('p', { class: 'muted' }, 'No request yet.');
  const numeric = [7, 8];
  return table(
    ['Time', 'Request', 'Surface', 'Route', 'Status', 'Code', 'Provider', 'Attempts', 'Latency'],
    traces.map((trace) =>
      row(
        [
          formatTime(trace.started_at),
          h(
            'a',
            {
              href: `#/requests/${encodeURIComponent(trace.request_id)}`,
              'aria-current': trace.request_id === selected ? 'true' : null,
            },
            trace.request_id,
          ),
          trace.surface,
          trace.route ?? '–',
          badge(trace.status, tone(trace.status)),
          trace.code ?? '–',
          trace.provider ?? '–',
          String(trace.candidates.length),
          formatMs(trace.latency_ms),
        ],
        { numeric, className: trace.request_id === selected ? 'selected' : null },
      ),
    ),
    { caption: 'Recent requests, newest first', numeric },
  );
}

/** @type {import('./view.js').View} */
export function requests({ root, params, setLoaded }) {
  const selected = params[0];
  const status = h('p', { class: 'status-line', role: 'status' }, 'Loading…');
  const error = h('p', { class: 'error', role: 'alert' });
  const content = h('div', {});
  const select = h(
    'select',
    { id: 'request-status' },
    statuses.map((value) =>
      h('option', { value, selected: value === statusFilter }, value === '' ? 'all' : value),
    ),
  );
  const loop = every(
    5000,
    async () => {
      const query = statusFilter === '' ? '' : `&status=${statusFilter}`;
      const answer = /** @type {{ requests: Trace[] }} */ (
        await admin(`/requests?limit=200${query}`)
      );
      replace(content, render(answer.requests, selected));
      status.textContent = `${answer.requests.length} shown · updated ${formatTime(Date.now())}`;
      error.textContent = '';
      setLoaded(true);
    },
    (failure) => {
      error.textContent = `Could not load the request log: ${errorMessage(failure)}`;
    },
  );
  select.addEventListener('change', () => {
    statusFilter = select.value;
    loop.refresh();
  });
  append(
    root,
    h('div', { class: 'toolbar' }, field('Status', select), pauseButton(loop), status),
    error,
    selected === undefined ? null : tracePanel(selected),
    h('section', { class: 'card' }, h('h2', {}, 'Request log'), content),
  );
  return () => loop.stop();
}
