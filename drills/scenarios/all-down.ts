import { breakerTransitions, drillKey, startDrillEnvironment } from '../drill-environment.js';
import { check, timingCheck, type DrillResult, type DrillScale } from '../drill-result.js';
import { driveLoad } from '../drive-load.js';
import { percentile, summarize } from '../summarize.js';

const baseEjectionMs = 1000;
const jitter = 0.2;

/** Every provider resets every connection. After the breakers open, 503s must come fast. */
export async function allDownDrill(scale: DrillScale): Promise<DrillResult> {
  const durationMs = scale === 'full' ? 6000 : 3000;
  const environment = await startDrillEnvironment(
    [
      { id: 'a', dialect: 'groq' },
      { id: 'b', dialect: 'openai' },
      { id: 'c', dialect: 'openrouter' },
    ],
    () => 'routes:\n  default: [a/m-a, b/m-b, c/m-c]\n',
    { BREAKER_BASE_EJECTION_MS: String(baseEjectionMs), BREAKER_JITTER: String(jitter) },
  );
  try {
    for (const provider of environment.providers.values()) await provider.proxy.setMode('reset');
    const started = Date.now();
    const records = await driveLoad({
      url: environment.url,
      key: drillKey,
      total: Number.MAX_SAFE_INTEGER,
      concurrency: 10,
      streamShare: 0.2,
      pauseMs: 2,
      until: () => Date.now() - started > durationMs,
    });
    const log = environment.logEntries();
    const transitions = breakerTransitions(log);
    const fast = records.filter((record) => record.code === 'no_provider_available');
    const withRetryAfter = fast.filter((record) => record.retryAfter !== undefined).length;
    const p99 = percentile(
      fast.map((record) => record.latencyMs),
      0.99,
    );
    // Probes: connections a proxy accepted after its breaker first opened, at least one ejection apart.
    let tooClose = 0;
    let probes = 0;
    for (const provider of environment.providers.values()) {
      const opened = log.find(
        (entry) =>
          entry.msg === 'circuit breaker open' && String(entry.lane).startsWith(`${provider.id}|`),
      );
      const openedAt =
        opened === undefined ? Number.POSITIVE_INFINITY : Date.parse(String(opened.time));
      // Requests already past lane selection when the breaker opened still connect; skip them.
      const after = provider.proxy.connections.filter((at) => at > openedAt + 100);
      probes += after.length;
      for (let index = 1; index < after.length; index += 1) {
        if ((after[index] ?? 0) - (after[index - 1] ?? 0) < baseEjectionMs * (1 - jitter) - 5)
          tooClose += 1;
      }
    }
    return {
      name: 'all providers down',
      description: `3 providers resetting every connection for ${durationMs / 1000} s, concurrency 10`,
      summary: summarize(records),
      transitions: transitions.slice(0, 9),
      notes: [`probes after the breakers opened: ${probes}`],
      checks: [
        timingCheck(
          'p99 time to a 503 once the breakers are open',
          p99 < 50,
          `${p99.toFixed(2)} ms`,
          '< 50 ms',
        ),
        check(
          '503s carrying Retry-After',
          withRetryAfter === fast.length && fast.length > 0,
          `${withRetryAfter}/${fast.length}`,
          'all',
        ),
        check('probes closer than one ejection interval', tooClose === 0, String(tooClose), '0'),
        check(
          'requests without one terminal answer',
          records.every((record) => record.terminal),
          String(records.filter((record) => !record.terminal).length),
          '0',
        ),
      ],
    };
  } finally {
    await environment.close();
  }
}
