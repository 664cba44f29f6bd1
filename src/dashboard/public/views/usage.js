// Usage and cost per key, tenant or model, per UTC day (`GET /admin/usage`), every 5 s.

import { admin, errorMessage } from '../api.js';
import { chart } from '../charts.js';
import {
  append,
  every,
  field,
  formatCount,
  formatTime,
  formatUsd,
  h,
  pauseButton,
  replace,
  row,
  table,
} from '../dom.js';

/** @typedef {import('../types.js').UsageRow} UsageRow */
/** @typedef {import('../types.js').KeyView} KeyView */
/** @typedef {'key' | 'tenant' | 'model'} Dimension */

const dimensions = /** @type {const} */ ([
  ['key', 'Key'],
  ['tenant', 'Tenant'],
  ['model', 'Model'],
]);
const periods = /** @type {const} */ ([
  ['1', 'Today (UTC)'],
  ['7', 'Last 7 days'],
  ['30', 'Last 30 days'],
]);
const seriesShown = 5;
const dayMs = 86_400_000;

/** The choices survive switching views. */
const settings = { dimension: /** @type {Dimension} */ ('key'), days: '7' };

/** @param {number} days */
function dayList(days) {
  const today = Math.floor(Date.now() / dayMs) * dayMs;
  return Array.from({ length: days }, (_value, index) =>
    new Date(today - (days - 1 - index) * dayMs).toISOString().slice(0, 10),
  );
}

/**
 * @param {UsageRow[]} totals
 * @param {UsageRow[]} daily
 * @param {Dimension} dimension
 * @param {string[]} days
 * @param {Map<string, KeyView>} keys
 */
function render(totals, daily, dimension, days, keys) {
  const nameOf = (/** @type {string | null} */ item) => {
    if (item === null) return '–';
    if (dimension !== 'key') return item;
    const key = keys.get(item);
    return key === undefined ? item : `${key.name} (${item})`;
  };
  const ranked = [...totals].sort((a, b) => b.cost_usd - a.cost_usd || b.requests - a.requests);
  const top = ranked.slice(0, seriesShown).map((entry) => entry[dimension]);
  /** @param {'cost_usd' | 'requests'} measure */
  const series = (measure) => {
    const shown = top.map((item) => ({
      name: item ?? 'none',
      label: nameOf(item),
      values: days.map((day) =>
        daily
          .filter((entry) => entry.day === day && entry[dimension] === item)
          .reduce((sum, entry) => sum + entry[measure], 0),
      ),
    }));
    const others = days.map((day) =>
      daily
        .filter((entry) => entry.day === day && !top.includes(entry[dimension]))
        .reduce((sum, entry) => sum + entry[measure], 0),
    );
    return others.some((value) => value > 0)
      ? [...shown, { name: 'others', label: 'Others', values: others }]
      : shown;
  };
  const labels = days.map((day) => day.slice(5));
  const totalCost = totals.reduce((sum, entry) => sum + entry.cost_usd, 0);
  const totalRequests = totals.reduce((sum, entry) => sum + entry.requests, 0);
  const numeric = [1, 2, 3, 4];
  return [
    h(
      'div',
      { class: 'grid-2' },
      h(
        'div',
        { class: 'card' },
        chart({
          title: 'Cost per day (USD)',
          summary: `${formatUsd(totalCost)} in total`,
          kind: 'bars',
          labels,
          format: (value) => (value === 0 ? '$0' : `$${Number(value.toPrecision(3))}`),
          series: series('cost_usd'),
        }),
      ),
      h(
        'div',
        { class: 'card' },
        chart({
          title: 'Requests per day',
          summary: `${formatCount(totalRequests)} requests in total`,
          kind: 'bars',
          labels,
          integer: true,
          format: (value) => formatCount(value),
          series: series('requests'),
        }),
      ),
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, `Totals per ${dimension}`),
      ranked.length === 0
        ? h('p', { class: 'muted' }, 'No usage recorded in this period.')
        : table(
            [
              dimensions.find(([name]) => name === dimension)?.[1] ?? dimension,
              'Requests',
              'Prompt tokens',
              'Completion tokens',
              'Cost',
            ],
            ranked.map((entry) => {
              const line = row(
                [
                  nameOf(entry[dimension]),
                  formatCount(entry.requests),
                  formatCount(entry.prompt_tokens),
                  formatCount(entry.completion_tokens),
                  formatUsd(entry.cost_usd),
                ],
                { numeric, className: 'usage-row' },
              );
              line.dataset.item = entry[dimension] ?? '';
              line.dataset.requests = String(entry.requests);
              line.dataset.costUsd = String(entry.cost_usd);
              return line;
            }),
            { caption: `Usage per ${dimension}`, numeric },
          ),
    ),
  ];
}

/** @type {import('./view.js').View} */
export function usage({ root, setLoaded }) {
  const status = h('p', { class: 'status-line', role: 'status' }, 'Loading…');
  const error = h('p', { class: 'error', role: 'alert' });
  const content = h('div', {});
  const dimension = h(
    'select',
    { id: 'usage-dimension' },
    dimensions.map(([value, label]) =>
      h('option', { value, selected: value === settings.dimension }, label),
    ),
  );
  const period = h(
    'select',
    { id: 'usage-period' },
    periods.map(([value, label]) =>
      h('option', { value, selected: value === settings.days }, label),
    ),
  );
  const loop = every(
    5000,
    async () => {
      const chosen = settings.dimension;
      const days = dayList(Number(settings.days));
      const from = `${days[0] ?? ''}T00:00:00.000Z`;
      const [totals, daily, keyList] = await Promise.all([
        admin(`/usage?group_by=${chosen}&from=${encodeURIComponent(from)}`),
        admin(`/usage?group_by=day,${chosen}&from=${encodeURIComponent(from)}`),
        chosen === 'key'
          ? admin('/keys?include_revoked=true&limit=1000')
          : Promise.resolve({ keys: [] }),
      ]);
      const keys = new Map(
        /** @type {{ keys: KeyView[] }} */ (keyList).keys.map((key) => [key.id, key]),
      );
      replace(
        content,
        render(
          /** @type {{ rows: UsageRow[] }} */ (totals).rows,
          /** @type {{ rows: UsageRow[] }} */ (daily).rows,
          chosen,
          days,
          keys,
        ),
      );
      status.textContent = `Updated ${formatTime(Date.now())}`;
      error.textContent = '';
      setLoaded(true);
    },
    (failure) => {
      error.textContent = `Could not load usage: ${errorMessage(failure)}`;
    },
  );
  dimension.addEventListener('change', () => {
    settings.dimension = /** @type {Dimension} */ (dimension.value);
    loop.refresh();
  });
  period.addEventListener('change', () => {
    settings.days = period.value;
    loop.refresh();
  });
  append(
    root,
    h(
      'div',
      { class: 'toolbar' },
      field('Group by', dimension),
      field('Period', period),
      pauseButton(loop),
      status,
    ),
    error,
    content,
  );
  return () => loop.stop();
}
