// Overview: counters, traffic and latency percentiles from `GET /admin/stats`, every 3 s.

import { admin, errorMessage } from '../api.js';
import { chart } from '../charts.js';
import {
  append,
  every,
  formatCount,
  formatMs,
  formatTime,
  formatUsd,
  h,
  pauseButton,
  percentile,
  row,
  table,
} from '../dom.js';

/** @typedef {import('../types.js').Stats} Stats */

const counters = /** @type {const} */ ([
  ['total', 'Total requests'],
  ['successful', 'Successful'],
  ['blocked', 'Blocked'],
  ['rate-limited', 'Rate-limited'],
  ['failed', 'Failed'],
  ['p50', 'Latency p50'],
  ['p95', 'Latency p95'],
  ['p99', 'Latency p99'],
  ['tokens', 'Tokens'],
  ['cost', 'Cost'],
]);

/** @param {Stats} stats */
function counterValues(stats) {
  const history = stats.latency_history;
  return {
    total: formatCount(stats.total_requests),
    successful: formatCount(stats.successful_requests),
    blocked: formatCount(stats.blocked_requests),
    'rate-limited': formatCount(stats.rate_limited_requests),
    failed: formatCount(stats.failed_requests),
    p50: formatMs(percentile(history, 0.5)),
    p95: formatMs(percentile(history, 0.95)),
    p99: formatMs(percentile(history, 0.99)),
    tokens: formatCount(stats.total_tokens),
    cost: formatUsd(stats.total_cost_usd),
  };
}

/** @param {Stats} stats */
function charts(stats) {
  const timeline = stats.timeline ?? [];
  const labels = timeline.map((bucket) => formatTime(bucket.start));
  const total = timeline.reduce((sum, bucket) => sum + bucket.requests, 0);
  const latest = [...timeline].reverse().find((bucket) => bucket.p50_ms !== null);
  const traffic = chart({
    title: 'Requests per 10 s',
    summary: `${formatCount(total)} requests in the last 5 minutes`,
    kind: 'bars',
    labels,
    integer: true,
    format: (value) => formatCount(value),
    series: [
      {
        name: 'successful',
        label: 'Successful',
        values: timeline.map((bucket) => bucket.successful),
      },
      { name: 'blocked', label: 'Blocked', values: timeline.map((bucket) => bucket.blocked) },
      {
        name: 'rate-limited',
        label: 'Rate-limited',
        values: timeline.map((bucket) => bucket.rate_limited),
      },
      { name: 'failed', label: 'Failed', values: timeline.map((bucket) => bucket.failed) },
    ],
  });
  traffic.dataset.total = String(total);
  const latency = chart({
    title: 'Latency percentiles',
    summary:
      latest === undefined
        ? 'no successful request in the last 5 minutes'
        : `latest p50 ${formatMs(latest.p50_ms)}, p95 ${formatMs(latest.p95_ms)}, p99 ${formatMs(latest.p99_ms)}`,
    kind: 'lines',
    labels,
    format: (value) => `${Number(value.toPrecision(3))} ms`,
    series: [
      { name: 'p50', label: 'p50', values: timeline.map((bucket) => bucket.p50_ms) },
      { name: 'p95', label: 'p95', values: timeline.map((bucket) => bucket.p95_ms) },
      { name: 'p99', label: 'p99', values: timeline.map((bucket) => bucket.p99_ms) },
    ],
  });
  return [traffic, latency];
}

/** @type {import('./view.js').View} */
export function overview({ root, setLoaded }) {
  const values = new Map(counters.map(([name]) => [name, h('dd', {}, '–')]));
  const status = h('p', { class: 'status-line', role: 'status' }, 'Loading…');
  const error = h('p', { class: 'error', role: 'alert' });
  const chartArea = h('div', { class: 'grid-2' });
  const providerArea = h('div', {});
  const loop = every(
    3000,
    async () => {
      const stats = /** @type {Stats} */ (await admin('/stats'));
      const next = counterValues(stats);
      for (const [name, element] of values) element.textContent = next[name] ?? '–';
      chartArea.replaceChildren(
        ...charts(stats).map((figure) => h('div', { class: 'card' }, figure)),
      );
      const providers = Object.entries(stats.provider_usage).sort((a, b) => b[1] - a[1]);
      providerArea.replaceChildren(
        providers.length === 0
          ? h('p', { class: 'muted' }, 'No answered request yet.')
          : table(
              ['Provider', 'Answers'],
              providers.map(([provider, count]) =>
                row([provider, formatCount(count)], { numeric: [1] }),
              ),
              { caption: 'Answers per provider since start', numeric: [1] },
            ),
      );
      status.textContent = `Since ${new Date(stats.since).toLocaleString('en-GB')} · updated ${formatTime(Date.now())}`;
      error.textContent = '';
      setLoaded(true);
    },
    (failure) => {
      error.textContent = `Could not load the statistics: ${errorMessage(failure)}`;
    },
  );
  append(
    root,
    h('div', { class: 'toolbar' }, status, pauseButton(loop)),
    error,
    h(
      'dl',
      { class: 'counters', 'aria-label': 'Counters since this replica started' },
      counters.map(([name, label]) =>
        h('div', { 'data-counter': name }, h('dt', {}, label), values.get(name) ?? null),
      ),
    ),
    chartArea,
    h('section', { class: 'card' }, h('h2', {}, 'Answers per provider'), providerArea),
  );
  return () => loop.stop();
}
