import { breakerTransitions, drillKey, startDrillEnvironment } from '../drill-environment.js';
import { check, timingCheck, percent, type DrillResult, type DrillScale } from '../drill-result.js';
import { driveLoad } from '../drive-load.js';
import { percentile, summarize } from '../summarize.js';

const deadlineMs = 5000;
/**
 * Upstream latency: faster than any hosted model. With none at all, 50 clients in a closed loop
 * saturate the two cores that also run the clients and the providers, and the p99 then measures
 * queueing for CPU (it moved ±30 ms between identical runs), not what the dead provider costs.
 */
const latency = { firstTokenMs: 100, chunkIntervalMs: 0 };

async function run(withDeadProvider: boolean, total: number) {
  const ids = withDeadProvider ? ['dead', 'flaky', 'healthy'] : ['flaky', 'healthy'];
  const dialects = { dead: 'groq', flaky: 'openai', healthy: 'openrouter' } as const;
  const environment = await startDrillEnvironment(
    ids.map((id) => ({ id, dialect: dialects[id as keyof typeof dialects], latency })),
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
  // The p99 of one run moves with the flaky provider's breaker (open: its share skips the 503
  // and the failover), so the cost of the dead provider is judged on several alternating rounds.
  const rounds = scale === 'full' ? 3 : 1;
  const outage = await run(true, total);
  const outageRuns = [outage.records];
  const deadCosts = [...deadLaneCosts(outage.log)];
  const baselineRuns = [(await run(false, total)).records];
  for (let round = 1; round < rounds; round += 1) {
    const again = await run(true, total);
    outageRuns.push(again.records);
    deadCosts.push(...deadLaneCosts(again.log));
    baselineRuns.push((await run(false, total)).records);
  }
  // The same requests with and without the time they spent on the dead provider: what it adds
  // to the p99, paired request by request (the open breaker's own check costs microseconds).
  const p99Of = (values: number[]) => percentile(values, 0.99);
  const addedByDead =
    p99Of(deadCosts.map((cost) => cost.latencyMs)) -
    p99Of(deadCosts.map((cost) => cost.latencyMs - cost.deadMs));
  const probeCosts = deadCosts.map((cost) => cost.deadMs).filter((ms) => ms > 0);
  const maxDeadCost = Math.max(0, ...probeCosts);
  const summary = summarize(outage.records);
  const withinDeadline = outage.records.filter(
    (record) => record.ok && record.latencyMs <= deadlineMs,
  ).length;
  const successRate = withinDeadline / outage.records.length;
  // End to end, for comparison: p99 of the later halves of the runs, without and with it.
  const laterHalf = (runs: readonly (typeof outage.records)[]) =>
    summarize(runs.flatMap((records) => records.slice(Math.floor(records.length / 2)))).p99Ms;
  const addedP99 = laterHalf(outageRuns) - laterHalf(baselineRuns);
  const perRound = outageRuns.map(
    (records, round) =>
      `${laterHalf([baselineRuns[round] ?? []]).toFixed(1)} / ${laterHalf([records]).toFixed(1)}`,
  );
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
    description: `1 provider refusing connections, 1 with 30 % 503, 1 healthy (each ${latency.firstTokenMs} ms to first token, ${latency.chunkIntervalMs} ms between chunks); ${total} requests (20 % streaming), concurrency 50`,
    summary,
    transitions: transitions.slice(0, 12),
    notes: [
      `breaker transitions: ${transitions.length} (first 12 shown)`,
      `requests arriving after the dead provider's breaker first opened: ${deadCosts.length} over ${rounds} run(s); ${probeCosts.length} of them were its recovery probes, which spent at most ${maxDeadCost.toFixed(1)} ms on it`,
      `end to end, later-half p99 over ${rounds} alternating round(s), without / with the dead provider: ${laterHalf(baselineRuns).toFixed(1)} / ${laterHalf(outageRuns).toFixed(1)} ms (each round: ${perRound.join('; ')} ms)`,
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
      // Paired on the same requests. The end-to-end difference between runs is shown too, but it
      // moves by ±25 ms between identical rounds with the flaky provider's breaker.
      timingCheck(
        'p99 added by the dead provider once its breaker is open (same requests, without the time spent on it)',
        addedByDead < 5,
        `${addedByDead.toFixed(2)} ms (between runs, end to end: ${addedP99 >= 0 ? '+' : ''}${addedP99.toFixed(1)} ms)`,
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

/**
 * For every request that arrived after the dead provider's breaker first opened, the time its
 * attempts at the dead provider took (0 when the open breaker skipped it), from the log's
 * `cascade` and `attempt_ms`. Requests already running when it opened are left out.
 */
function deadLaneCosts(log: readonly Record<string, unknown>[]): DeadLaneCost[] {
  const costs: DeadLaneCost[] = [];
  let openedAt: number | undefined;
  for (const entry of log) {
    if (openedAt === undefined) {
      if (entry.msg === 'circuit breaker open' && String(entry.lane).startsWith('dead|'))
        openedAt = Date.parse(String(entry.time));
      continue;
    }
    if (entry.msg !== 'request') continue;
    if (Date.parse(String(entry.time)) - Number(entry.latency_ms) < openedAt) continue;
    const steps = typeof entry.cascade === 'string' ? entry.cascade.split(' > ') : [];
    const times = Array.isArray(entry.attempt_ms) ? (entry.attempt_ms as unknown[]) : [];
    let cost = 0;
    steps.forEach((step, index) => {
      if (step.startsWith('dead:')) cost += Number(times[index] ?? 0);
    });
    costs.push({ latencyMs: Number(entry.latency_ms), deadMs: cost });
  }
  return costs;
}

interface DeadLaneCost {
  /** The request's whole time in the gateway. */
  readonly latencyMs: number;
  /** The part of it spent on the dead provider. */
  readonly deadMs: number;
}
