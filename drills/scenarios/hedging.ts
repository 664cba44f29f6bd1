import { drillKey, startDrillEnvironment } from '../drill-environment.js';
import { check, timingCheck, type DrillResult, type DrillScale } from '../drill-result.js';
import { driveLoad } from '../drive-load.js';
import { percentile, summarize } from '../summarize.js';

const maxShare = 0.2;

async function run(hedge: boolean, total: number) {
  const environment = await startDrillEnvironment(
    [
      { id: 'tail', dialect: 'groq', latency: { firstTokenMs: 15, chunkIntervalMs: 0 } },
      { id: 'steady', dialect: 'openai', latency: { firstTokenMs: 30, chunkIntervalMs: 0 } },
    ],
    () =>
      `routes:\n  default:\n    targets: [tail/m-tail, steady/m-steady]\n${hedge ? `    hedge: { delay_ms: 60, max_share: ${maxShare} }\n` : ''}`,
  );
  try {
    // The first target is usually fast, but one request in ten waits 400 ms for its first byte:
    // its p95 time to first token is more than ten times the other's.
    environment
      .provider('tail')
      .sim.setFaults([{ kind: 'slow_first_byte', delayMs: 400, probability: 0.1 }]);
    const records = await driveLoad({
      url: environment.url,
      key: drillKey,
      total,
      concurrency: 10,
      streamShare: 0,
    });
    const tailTtft = environment.provider('tail');
    return {
      records,
      hedges: records.filter((record) => record.attempts > 1).length,
      tail: tailTtft,
    };
  } finally {
    await environment.close();
  }
}

/** Hedged requests against a target with a slow tail: p99 must drop at least 3×, under the cap. */
export async function hedgingDrill(scale: DrillScale): Promise<DrillResult> {
  const total = scale === 'full' ? 3000 : 800;
  const plain = await run(false, total);
  const hedged = await run(true, total);
  const p99Plain = percentile(
    plain.records.map((record) => record.latencyMs),
    0.99,
  );
  const p99Hedged = percentile(
    hedged.records.map((record) => record.latencyMs),
    0.99,
  );
  const share = hedged.hedges / hedged.records.length;
  return {
    name: 'hedged requests',
    description: `first target: 15 ms to first token, 10 % of requests 400 ms; second: 30 ms; ${total} requests, hedge after 60 ms`,
    summary: summarize(hedged.records),
    notes: [`p99 without hedging ${p99Plain.toFixed(1)} ms, with ${p99Hedged.toFixed(1)} ms`],
    checks: [
      timingCheck(
        'p99 improvement',
        p99Plain / p99Hedged >= 3,
        `${(p99Plain / p99Hedged).toFixed(1)}×`,
        '≥ 3×',
      ),
      check(
        'hedged share of requests',
        share <= maxShare,
        `${(share * 100).toFixed(1)} %`,
        `≤ ${maxShare * 100} %`,
      ),
      check(
        'all requests answered',
        hedged.records.every((record) => record.ok),
        `${hedged.records.filter((record) => record.ok).length}/${total}`,
        'all',
      ),
    ],
  };
}
