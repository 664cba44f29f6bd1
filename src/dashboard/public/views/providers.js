// Providers: circuit-breaker state per lane (`GET /admin/health`) next to the configured
// providers and routes (`GET /providers`), every 3 s.

import { admin, errorMessage, publicJson } from '../api.js';
import { badge, every, formatMs, formatTime, h, pauseButton, replace, row, table } from '../dom.js';

/** @typedef {import('../types.js').Health} Health */
/** @typedef {import('../types.js').Lane} Lane */
/** @typedef {import('../types.js').Providers} Providers */

/** @param {Lane | undefined} lane */
function breakerBadge(lane) {
  if (lane === undefined) return badge('no traffic yet', 'neutral');
  if (lane.state === 'closed')
    return lane.blockedForMs > 0
      ? badge('closed · backing off', 'warn')
      : badge('closed · healthy', 'ok');
  if (lane.state === 'open') return badge('open · ejected', 'bad');
  return badge('half-open · probing', 'warn');
}

/** @param {Providers} providers @param {Health} health */
function render(providers, health) {
  /** @type {Map<string, Lane[]>} */
  const byTarget = new Map();
  for (const lane of health.lanes) {
    const [provider = '?', , model = '?'] = lane.lane.split('|');
    const target = `${provider}/${model}`;
    byTarget.set(target, [...(byTarget.get(target) ?? []), lane]);
  }
  const configured = providers.providers.flatMap((provider) =>
    provider.models.map((model) => ({
      provider: provider.id,
      model: model.id,
      dialect: provider.dialect,
    })),
  );
  const rows = configured.flatMap(({ provider, model, dialect }) => {
    const lanes = byTarget.get(`${provider}/${model}`) ?? [];
    if (lanes.length === 0)
      return [
        row([provider, dialect, model, '–', breakerBadge(undefined), '–', '–', '–'], {
          numeric: [5, 6, 7],
        }),
      ];
    return lanes.map((lane) =>
      row(
        [
          provider,
          dialect,
          model,
          lane.lane.split('|')[1] ?? '–',
          breakerBadge(lane),
          lane.reopensInMs > 0 ? formatMs(lane.reopensInMs) : '–',
          lane.blockedForMs > 0 ? formatMs(lane.blockedForMs) : '–',
          lane.firstTokenMeanMs === undefined
            ? '–'
            : `${formatMs(lane.firstTokenMeanMs)} / ${formatMs(lane.firstTokenP95Ms)}`,
        ],
        { numeric: [5, 6, 7], className: lane.state === 'open' ? 'lane failed' : 'lane' },
      ),
    );
  });
  const stateOf = (/** @type {string} */ target) => {
    const lanes = byTarget.get(target) ?? [];
    return lanes.find((lane) => lane.state !== 'closed') ?? lanes[0];
  };
  const routes = Object.entries(providers.routes).map(([name, route]) =>
    row([
      h('code', {}, name),
      route.strategy,
      h(
        'ol',
        {},
        route.targets.map((target) => h('li', {}, `${target} `, breakerBadge(stateOf(target)))),
      ),
    ]),
  );
  return [
    h(
      'p',
      {},
      `Shared limits: ${health.limiter_mode} · requests in flight: ${health.in_flight} · `,
      `${providers.providers.length} provider${providers.providers.length === 1 ? '' : 's'} configured`,
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, 'Lanes'),
      table(
        [
          'Provider',
          'Dialect',
          'Model',
          'Credential',
          'Breaker',
          'Re-opens in',
          'Backing off for',
          'First token mean / p95',
        ],
        rows,
        { caption: 'Circuit breaker per provider, credential and model', numeric: [5, 6, 7] },
      ),
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, 'Routes'),
      table(['Route', 'Strategy', 'Targets in order'], routes, {
        caption: 'Routes and their targets',
      }),
    ),
  ];
}

/** @type {import('./view.js').View} */
export function providers({ root, setLoaded }) {
  const status = h('p', { class: 'status-line', role: 'status' }, 'Loading…');
  const error = h('p', { class: 'error', role: 'alert' });
  const content = h('div', {});
  /** @type {Providers | undefined} */
  let catalogue;
  const loop = every(
    3000,
    async () => {
      catalogue ??= /** @type {Providers} */ (await publicJson('/providers'));
      const health = /** @type {Health} */ (await admin('/health'));
      replace(content, render(catalogue, health));
      status.textContent = `Updated ${formatTime(Date.now())}`;
      error.textContent = '';
      setLoaded(true);
    },
    (failure) => {
      error.textContent = `Could not load provider health: ${errorMessage(failure)}`;
    },
  );
  root.append(h('div', { class: 'toolbar' }, status, pauseButton(loop)), error, content);
  return () => loop.stop();
}
