// Blocked requests: the refused requests this replica remembers, grouped by error code and guard
// category, with examples; each opens its decision trace (`#/blocked/<request id>`).

import { admin, errorMessage } from '../api.js';
import {
  append,
  badge,
  every,
  formatCount,
  formatTime,
  h,
  pauseButton,
  replace,
  row,
  table,
} from '../dom.js';
import { explainCode } from '../trace.js';
import { tracePanel } from './trace-panel.js';

/** @typedef {import('../types.js').Trace} Trace */
/** @typedef {import('../types.js').Stats} Stats */

const examplesPerGroup = 5;

/** @param {Trace} trace */
function categoryOf(trace) {
  const categories = trace.guards
    .filter((guard) => guard.action === 'block')
    .flatMap((guard) => guard.categories);
  return { code: trace.code ?? 'unknown', categories: [...new Set(categories)].sort() };
}

/** @param {Trace[]} traces */
function group(traces) {
  /** @type {Map<string, { code: string, categories: string[], traces: Trace[] }>} */
  const groups = new Map();
  for (const trace of traces) {
    const { code, categories } = categoryOf(trace);
    const key = `${code}|${categories.join(',')}`;
    const entry = groups.get(key) ?? { code, categories, traces: [] };
    entry.traces.push(trace);
    groups.set(key, entry);
  }
  return [...groups.values()].sort((a, b) => b.traces.length - a.traces.length);
}

/** @param {Trace[]} traces @param {Stats} stats @param {string | undefined} selected */
function render(traces, stats, selected) {
  const groups = group(traces);
  const categories = Object.entries(stats.blocked_by_category).sort((a, b) => b[1] - a[1]);
  return [
    h(
      'p',
      {},
      `${formatCount(stats.blocked_requests)} blocked and ${formatCount(stats.rate_limited_requests)} rate-limited since start; `,
      `${formatCount(traces.length)} refused request${traces.length === 1 ? '' : 's'} in the recent log.`,
      categories.length === 0
        ? null
        : [
            ' Guard categories: ',
            categories.map(([name, count]) => `${name} × ${count}`).join(', '),
            '.',
          ],
    ),
    groups.length === 0
      ? h('p', { class: 'muted' }, 'No refused request in the recent log.')
      : groups.map((entry, index) =>
          h(
            'section',
            {
              class: 'card blocked-group',
              'data-code': entry.code,
              'aria-labelledby': `blocked-group-${index}`,
            },
            h(
              'h2',
              { id: `blocked-group-${index}` },
              h('code', {}, entry.code),
              entry.categories.length === 0 ? '' : ` · ${entry.categories.join(', ')}`,
              ' ',
              badge(`${entry.traces.length}`, 'warn'),
            ),
            h('p', {}, explainCode(entry.code)),
            table(
              ['Time', 'Request', 'Surface', 'Client', 'Key', 'HTTP'],
              entry.traces.slice(0, examplesPerGroup).map((trace) =>
                row(
                  [
                    formatTime(trace.started_at),
                    h(
                      'a',
                      {
                        href: `#/blocked/${encodeURIComponent(trace.request_id)}`,
                        'aria-current': trace.request_id === selected ? 'true' : null,
                      },
                      trace.request_id,
                    ),
                    trace.surface,
                    trace.client_ip,
                    trace.key_id ?? '–',
                    String(trace.http_status),
                  ],
                  { numeric: [5], className: trace.request_id === selected ? 'selected' : null },
                ),
              ),
              { caption: `Examples of ${entry.code}`, numeric: [5] },
            ),
            entry.traces.length > examplesPerGroup
              ? h('p', { class: 'muted' }, `and ${entry.traces.length - examplesPerGroup} more`)
              : null,
          ),
        ),
  ];
}

/** @type {import('./view.js').View} */
export function blocked({ root, params, setLoaded }) {
  const selected = params[0];
  const status = h('p', { class: 'status-line', role: 'status' }, 'Loading…');
  const error = h('p', { class: 'error', role: 'alert' });
  const content = h('div', {});
  const loop = every(
    5000,
    async () => {
      const [answer, stats] = await Promise.all([
        admin('/requests?status=rejected&limit=500'),
        admin('/stats'),
      ]);
      const traces = /** @type {{ requests: Trace[] }} */ (answer).requests;
      replace(content, render(traces, /** @type {Stats} */ (stats), selected));
      status.textContent = `Updated ${formatTime(Date.now())}`;
      error.textContent = '';
      setLoaded(true);
    },
    (failure) => {
      error.textContent = `Could not load the blocked requests: ${errorMessage(failure)}`;
    },
  );
  append(
    root,
    h('div', { class: 'toolbar' }, status, pauseButton(loop)),
    error,
    selected === undefined ? null : tracePanel(selected),
    content,
  );
  return () => loop.stop();
}
