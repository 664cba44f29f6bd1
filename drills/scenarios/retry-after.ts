import { drillKey, startDrillEnvironment } from '../drill-environment.js';
import { check, type DrillResult, type DrillScale } from '../drill-result.js';
import { driveLoad } from '../drive-load.js';

/**
 * One request at a time against a provider that answers every request with 429 and
 * `Retry-After: 1`: none may reach it within a second of its previous 429 (with one request in
 * flight at a time, none is on its way while a 429 is being read).
 */
async function rateLimited(durationMs: number) {
  const environment = await startDrillEnvironment(
    [
      { id: 'limited', dialect: 'groq' },
      { id: 'other', dialect: 'openai' },
    ],
    () => 'routes:\n  default: [limited/m-limited, other/m-other]\n',
  );
  try {
    const limited = environment.provider('limited');
    limited.sim.setFaults([{ kind: 'rate_limit', retryAfterSeconds: 1, count: Infinity }]);
    const started = Date.now();
    const records = await driveLoad({
      url: environment.url,
      key: drillKey,
      total: Number.MAX_SAFE_INTEGER,
      concurrency: 1,
      streamShare: 0.2,
      until: () => Date.now() - started > durationMs,
    });
    const arrivals = limited.sim.journal.map((entry) => entry.at);
    let violations = 0;
    for (let index = 1; index < arrivals.length; index += 1) {
      if ((arrivals[index] ?? 0) - (arrivals[index - 1] ?? 0) < 1000) violations += 1;
    }
    return { records, arrivals: arrivals.length, violations };
  } finally {
    await environment.close();
  }
}

/** 100 streams whose first provider cuts them after four chunks: none may be retried elsewhere. */
async function cutStreams() {
  const environment = await startDrillEnvironment(
    [
      // Chunks 5 ms apart: the gateway has sent content on before the cut comes.
      { id: 'cut', dialect: 'groq', latency: { firstTokenMs: 0, chunkIntervalMs: 5 } },
      { id: 'other', dialect: 'openai' },
    ],
    () => 'routes:\n  default: [cut/m-cut, other/m-other]\n',
    // Mid-stream failures count against the lane; keep its breaker from ejecting it here.
    { BREAKER_CONSECUTIVE_FAILURES: '1000', BREAKER_FAILURE_RATIO: '1' },
  );
  try {
    environment
      .provider('cut')
      .sim.setFaults([{ kind: 'disconnect', afterChunks: 4, count: Infinity }]);
    const streams = await driveLoad({
      url: environment.url,
      key: drillKey,
      total: 100,
      concurrency: 10,
      streamShare: 1,
    });
    return { streams, retriedAfterFirstByte: environment.provider('other').sim.requestCount };
  } finally {
    await environment.close();
  }
}

/**
 * `Retry-After` is honoured, and a stream that failed after its first byte reached the client is
 * never retried anywhere.
 */
export async function retryAfterDrill(scale: DrillScale): Promise<DrillResult> {
  const durationMs = scale === 'full' ? 5000 : 2500;
  const limited = await rateLimited(durationMs);
  const { streams, retriedAfterFirstByte } = await cutStreams();
  const oneError = streams.filter((record) => record.terminal && !record.ok).length;
  return {
    name: 'retry-after and the commit point',
    description: `429 with Retry-After: 1 on the first provider for ${durationMs / 1000} s; then 100 streams cut after four chunks`,
    notes: [
      `requests that reached the rate-limited provider: ${limited.arrivals} of ${limited.records.length}`,
    ],
    checks: [
      check('Retry-After violations', limited.violations === 0, String(limited.violations), '0'),
      check(
        'requests answered while rate-limited',
        limited.records.every((record) => record.ok),
        `${limited.records.filter((record) => record.ok).length}/${limited.records.length}`,
        'all',
      ),
      check(
        'retries after the first byte reached a client',
        retriedAfterFirstByte === 0,
        String(retriedAfterFirstByte),
        '0',
      ),
      check(
        'cut streams ending in exactly one error event',
        oneError === streams.length,
        `${oneError}/${streams.length}`,
        'all',
      ),
    ],
  };
}
