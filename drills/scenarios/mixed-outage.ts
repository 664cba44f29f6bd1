import { breakerTransitions, drillKey, startDrillEnvironment } from '../drill-environment.js';
import { check, timingCheck, percent, type DrillResult, type DrillScale } from '../drill-result.js';
import { driveLoad } from '../drive-load.js';
import { summarize } from '../summarize.js';

const deadlineMs = 5000;

async function run(withDeadProvider: boolean, total: number) {
  const ids = withDeadProvider ? ['dead', 'flaky', 'healthy'] : ['flaky', 'healthy'];
  const dialects = { dead: 'groq', flaky: 'openai', healthy: 'openrouter' } as const;
  const environment = await startDrillEnvironment(
    ids.map((id) => ({ id, dialect: dialects[id as keyof typeof dialects] })),
    (names) => `routes:\n  default: [${names.map((name) => `${name}/m-${name}`).join(', ')}]\n`,
    { REQUEST_DEADLINE_MS: String(deadlineMs) },
  );
  try {
    if (withDeadProvider) await environment.provider('dead').proxy.setMode('refuse');
    environment.provider('flaky').sim.setFaults([{ kind: 'error', status: 503, probability: 0.3 }]);
    const records = await driveLoad({
      url: environment.url,
      key: drillKey,
      total,
      concurrency: 50,
      streamShare: 0.2,
    });
    return {
      records,
      log: environment.logEntries(),
      metrics: await environment.metrics(),
      usage: await environment.usage(),
    };
  } finally {
    await environment.close();
  }
}

/**
 * One provider hard-down, one answering 30 % of requests with 503, one healthy, in priority order;
 * 20 % of requests stream. Run again without the dead provider as the baseline for its cost.
 */
export async function mixedOutageDrill(scale: DrillScale): Promise<DrillResult> {
  const total = scale === 'full' ? 10_000 : 1500;
  const outage = await run(true, total);
  const baseline = await run(false, total);
  const summary = summarize(outage.records);
  const withinDeadline = outage.records.filter(
    (record) => record.ok && record.latencyMs <= deadlineMs,
  ).length;
  const successRate = withinDeadline / outage.records.length;
  // The dead provider's cost once its breaker is open: p99 of the later half of the run.
  const laterHalf = (records: typeof outage.records) =>
    summarize(records.slice(Math.floor(records.length / 2)));
  const addedP99 = laterHalf(outage.records).p99Ms - laterHalf(baseline.records).p99Ms;
  const transitions = breakerTransitions(outage.log);
  const ledger = outage.usage.reduce(
    (sum, row) => ({
      requests: sum.requests + row.requests,
      tokens: sum.tokens + row.prompt_tokens + row.completion_tokens,
      cost: sum.cost + row.cost_usd,
    }),
    { requests: 0, tokens: 0, cost: 0 },
  );
  const metered = {
    requests: sumSamples(
      outage.metrics,
      'llm_gateway_requests_total',
      (line) => !line.includes('status="rejected"'),
    ),
    tokens: sumSamples(outage.metrics, 'llm_gateway_tokens_total'),
    cost: sumSamples(outage.metrics, 'llm_gateway_cost_usd_total'),
  };
  const agree =
    metered.requests === ledger.requests &&
    metered.tokens === ledger.tokens &&
    // The admin API rounds each group's cost to the micro-dollar.
    Math.abs(metered.cost - ledger.cost) <= 1e-6 * outage.usage.length;
  return {
    name: 'mixed outage',
    description: `1 provider refusing connections, 1 with 30 % 503, 1 healthy; ${total} requests (20 % streaming), concurrency 50`,
    summary,
    transitions: transitions.slice(0, 12),
    notes: [
      `breaker transitions: ${transitions.length} (first 12 shown)`,
      `baseline (no dead provider) later-half p99: ${laterHalf(baseline.records).p99Ms} ms; with it: ${laterHalf(outage.records).p99Ms} ms`,
    ],
    checks: [
      check(
        'succeed within the deadline',
        successRate >= 0.9999,
        percent(successRate),
        '≥ 99.99 %',
      ),
      check(
        'requests without one terminal answer',
        summary.withoutTerminal === 0,
        String(summary.withoutTerminal),
        '0',
      ),
      check(
        'upstream attempts per request',
        summary.attemptsPerRequest <= 1.25,
        String(summary.attemptsPerRequest),
        '≤ 1.25',
      ),
      check(
        '/metrics agrees with the usage ledger (requests, tokens, cost)',
        agree,
        `${metered.requests} / ${metered.tokens} / $${metered.cost.toFixed(6)} vs ${ledger.requests} / ${ledger.tokens} / $${ledger.cost.toFixed(6)}`,
        'equal',
      ),
      timingCheck(
        'p99 added by the dead provider once its breaker is open',
        addedP99 < 5,
        `${addedP99.toFixed(2)} ms`,
        '< 5 ms',
      ),
    ],
  };
}

/** Sum of a metric's samples in Prometheus text (optionally only lines `keep` accepts). */
function sumSamples(
  text: string,
  name: string,
  keep: (line: string) => boolean = () => true,
): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if ((line.startsWith(`${name}{`) || line.startsWith(`${name} `)) && keep(line)) {
      sum += Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return sum;
}
