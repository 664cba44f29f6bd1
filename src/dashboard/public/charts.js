// Bar and line charts drawn as SVG from data (no library). Colours come from CSS classes
// (`series-N`), so the page needs no inline style.

import { h, s } from './dom.js';

/**
 * @typedef {object} Series
 * @property {string} name  data-series value, stable for tests and tooling
 * @property {string} label
 * @property {(number | null)[]} values one per point; null: no value
 */

/**
 * @typedef {object} ChartOptions
 * @property {string} title
 * @property {string} summary  what a reader of the chart should take away (also its caption)
 * @property {'bars' | 'lines'} kind bars are stacked
 * @property {string[]} labels one per point (shown on the time axis, thinned out)
 * @property {Series[]} series
 * @property {(value: number) => string} format axis labels
 * @property {boolean} [integer] values are counts: whole-number axis steps
 */

const width = 640;
const height = 220;
const margin = { top: 10, right: 16, bottom: 26, left: 64 };

/**
 * The top of the value axis: four equal steps of a round size (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8
 * times a power of ten; whole numbers for counts).
 * @param {number} max
 * @param {boolean} integer
 */
function axisTop(max, integer) {
  if (max <= 0) return integer ? 4 : 1;
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const multiplier =
    [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((step) => raw <= step * magnitude) ?? 10;
  const step = multiplier * magnitude;
  return (integer ? Math.max(1, Math.ceil(step)) : step) * 4;
}

/**
 * @param {ChartOptions} options
 * @returns {HTMLElement}
 */
export function chart(options) {
  const points = options.labels.length;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const totals = options.labels.map((_label, index) =>
    options.kind === 'bars'
      ? options.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0)
      : Math.max(0, ...options.series.map((series) => series.values[index] ?? 0)),
  );
  const top = axisTop(Math.max(0, ...totals), options.integer === true);
  const band = points === 0 ? plotWidth : plotWidth / points;
  const y = (/** @type {number} */ value) => margin.top + plotHeight - (value / top) * plotHeight;
  const x = (/** @type {number} */ index) => margin.left + band * index + band / 2;

  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': `${options.title}. ${options.summary}`,
    'data-chart': options.kind,
  });
  svg.appendChild(s('title', {}, options.title));

  for (let step = 0; step <= 4; step += 1) {
    const value = (top / 4) * step;
    svg.appendChild(
      s('line', {
        class: 'grid',
        x1: margin.left,
        x2: width - margin.right,
        y1: y(value),
        y2: y(value),
      }),
    );
    svg.appendChild(
      s(
        'text',
        { class: 'axis-label', x: margin.left - 6, y: y(value) + 4, 'text-anchor': 'end' },
        options.format(value),
      ),
    );
  }
  const labelEvery = Math.max(1, Math.ceil(points / 6));
  options.labels.forEach((label, index) => {
    if ((points - 1 - index) % labelEvery !== 0) return;
    svg.appendChild(
      s(
        'text',
        {
          class: 'axis-label',
          x: x(index),
          y: height - 8,
          'text-anchor': index === points - 1 && points > 1 ? 'end' : 'middle',
        },
        label,
      ),
    );
  });

  options.series.forEach((series, seriesIndex) => {
    const className = `series-${(seriesIndex % 6) + 1}`;
    const group = s('g', { class: className, 'data-series': series.name });
    if (options.kind === 'bars') {
      series.values.forEach((value, index) => {
        if (value === null || value <= 0) return;
        const below = options.series
          .slice(0, seriesIndex)
          .reduce((sum, other) => sum + (other.values[index] ?? 0), 0);
        const barTop = y(below + value);
        group.appendChild(
          s(
            'rect',
            {
              x: x(index) - band * 0.4,
              y: barTop,
              width: Math.max(1, band * 0.8),
              height: Math.max(0.5, y(below) - barTop),
              'data-value': value,
              'data-label': options.labels[index],
            },
            s(
              'title',
              {},
              `${options.labels[index] ?? ''} ${series.label}: ${options.format(value)}`,
            ),
          ),
        );
      });
    } else {
      /** @type {string[]} */
      let segment = [];
      const flush = () => {
        if (segment.length > 1) group.appendChild(s('polyline', { points: segment.join(' ') }));
        segment = [];
      };
      series.values.forEach((value, index) => {
        if (value === null) {
          flush();
          return;
        }
        segment.push(`${x(index).toFixed(1)},${y(value).toFixed(1)}`);
        group.appendChild(
          s(
            'circle',
            {
              cx: x(index),
              cy: y(value),
              r: 2.5,
              'data-value': value,
              'data-label': options.labels[index],
            },
            s(
              'title',
              {},
              `${options.labels[index] ?? ''} ${series.label}: ${options.format(value)}`,
            ),
          ),
        );
      });
      flush();
    }
    svg.appendChild(group);
  });

  return h(
    'figure',
    { class: 'chart' },
    h('figcaption', {}, options.title, h('span', { class: 'muted' }, ` — ${options.summary}`)),
    svg,
    h(
      'ul',
      { class: 'legend' },
      options.series.map((series, index) =>
        h('li', { class: `series-${(index % 6) + 1}` }, series.label),
      ),
    ),
  );
}
