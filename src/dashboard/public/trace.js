// One request's decision trace (`GET /admin/requests/:id`), shared by the Blocked, Requests and
// Playground views.

import { badge, formatDateTime, formatMs, formatUsd, h, row, table } from './dom.js';

/** @typedef {import('./types.js').Trace} Trace */

/** What each refusal code means, in the words an operator needs. */
const explanations = /** @type {Record<string, string>} */ ({
  prompt_injection_detected:
    'The prompt-injection guard matched the input; the request never reached a provider.',
  missing_api_key: 'The request carried no client key.',
  invalid_api_key: 'The client key was wrong, revoked or expired.',
  rate_limited: 'The caller went over its requests-per-minute limit.',
  token_limit_exceeded: "The request would have gone over the key's tokens-per-minute limit.",
  concurrency_limit_exceeded: 'The key already had its maximum number of requests in flight.',
  budget_exceeded: "The request could have gone over the key's or tenant's spending cap.",
  key_scope_denied: 'The key may not use this model, surface or output size.',
  validation_failed: 'The body did not match the API schema.',
  invalid_json: 'The body was not valid JSON.',
  json_too_deep: 'The JSON body was nested too deeply.',
  payload_too_large: 'The body was larger than the limit.',
  all_providers_failed: 'Every provider of the route failed.',
  no_provider_available: 'No provider of the route was available.',
});

/** @param {string | null} code */
export function explainCode(code) {
  if (code === null) return '';
  return explanations[code] ?? 'Refused by the gateway.';
}

/** @param {string} status */
function statusBadge(status) {
  const tone = status === 'success' ? 'ok' : status === 'rejected' ? 'warn' : 'bad';
  return badge(status, tone);
}

/** @param {Trace} trace */
export function traceVerdict(trace) {
  const attempts = trace.candidates.length;
  const blocks = trace.guards.filter((guard) => guard.action === 'block');
  if (trace.status === 'success') {
    const failures = attempts - 1;
    return (
      `Answered by ${trace.provider ?? '?'} (${trace.model ?? '?'}) in ${formatMs(trace.latency_ms)}` +
      (failures > 0 ? ` after ${failures} failed attempt${failures === 1 ? '' : 's'}.` : '.')
    );
  }
  if (trace.status === 'rejected' && blocks.length > 0) {
    const findings = blocks
      .map(
        (guard) =>
          `the ${guard.guard} guard flagged ${guard.categories.join(', ') || 'the input'} (score ${guard.score.toFixed(2)})`,
      )
      .join('; ');
    return `Blocked: ${trace.code ?? 'refused'} — ${findings}. No provider was called.`;
  }
  if (trace.status === 'rejected')
    return `Refused: ${trace.code ?? 'refused'} (HTTP ${trace.http_status}). ${explainCode(trace.code)}`;
  if (trace.status === 'cancelled') return 'Cancelled: the client went away before the answer.';
  return `Failed: ${trace.code ?? 'error'} after ${attempts} attempt${attempts === 1 ? '' : 's'}.`;
}

/**
 * @param {Trace} trace
 * @param {string} headingId
 */
export function renderTrace(trace, headingId) {
  const facts = /** @type {[string, import('./dom.js').Child][]} */ ([
    ['Request id', h('code', {}, trace.request_id)],
    ['Started', formatDateTime(trace.started_at)],
    ['Status', [statusBadge(trace.status), ` HTTP ${trace.http_status}`]],
    ['Code', trace.code === null ? '–' : h('code', {}, trace.code)],
    ['Surface', trace.surface],
    ['Route', trace.route ?? '–'],
    ['Client', trace.client_ip],
    ['Key', trace.key_id ?? '–'],
    ['Tenant', trace.tenant ?? '–'],
    [
      'Latency',
      `${formatMs(trace.latency_ms)}${trace.stream ? ` (stream, first token ${formatMs(trace.first_token_ms)})` : ''}`,
    ],
    [
      'Tokens',
      trace.usage === null
        ? '–'
        : `${trace.usage.prompt_tokens} in, ${trace.usage.completion_tokens} out`,
    ],
    ['Cost', formatUsd(trace.cost_usd)],
  ]);
  const numeric = [6, 7];
  return h(
    'section',
    { class: 'card trace', 'aria-labelledby': headingId, 'data-request-id': trace.request_id },
    h('h2', { id: headingId, tabindex: '-1' }, 'Decision trace'),
    h('p', { class: 'verdict', 'data-verdict': trace.status }, traceVerdict(trace)),
    h(
      'dl',
      { class: 'facts' },
      facts.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
    ),
    h(
      'h3',
      {},
      `Cascade (${trace.candidates.length} attempt${trace.candidates.length === 1 ? '' : 's'})`,
    ),
    trace.candidates.length === 0
      ? h('p', { class: 'muted' }, 'No provider was called.')
      : table(
          [
            '#',
            'Provider',
            'Model',
            'Credential',
            'Outcome',
            'Reason',
            'Upstream status',
            'Latency',
            'Cost',
          ],
          trace.candidates.map((candidate, index) =>
            row(
              [
                String(index + 1),
                candidate.provider,
                candidate.model,
                candidate.credential ?? '–',
                statusBadge(candidate.status),
                candidate.reason === null ? '–' : h('code', {}, candidate.reason),
                candidate.upstream_status === null ? '–' : String(candidate.upstream_status),
                formatMs(candidate.latency_ms),
                formatUsd(candidate.cost_usd),
              ],
              {
                numeric: [0, ...numeric],
                className: candidate.status === 'success' ? 'attempt' : 'attempt failed',
              },
            ),
          ),
          { caption: 'Attempts in order', numeric: [0, ...numeric] },
        ),
    h('h3', {}, 'Guards'),
    trace.guards.length === 0
      ? h('p', { class: 'muted' }, 'No guard ran (the request was refused before the guards).')
      : table(
          ['Guard', 'Action', 'Score', 'Categories'],
          trace.guards.map((guard) =>
            row(
              [
                guard.guard,
                badge(
                  guard.action,
                  guard.action === 'block' ? 'bad' : guard.action === 'pass' ? 'ok' : 'info',
                ),
                guard.score.toFixed(2),
                guard.categories.join(', ') || '–',
              ],
              { numeric: [2], className: 'guard' },
            ),
          ),
          { caption: 'Guard verdicts', numeric: [2] },
        ),
  );
}
