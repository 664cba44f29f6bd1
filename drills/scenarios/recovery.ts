import { breakerTransitions, drillKey, startDrillEnvironment } from '../drill-environment.js';
import { check, timingCheck, type DrillResult, type DrillScale } from '../drill-result.js';
import { driveLoad } from '../drive-load.js';

/**
 * The first provider is down, then recovers: it must get back at least half of its normal share
 * (under priority routing, all of the traffic) within twice its ejection time.
 */
export async function recoveryDrill(scale: DrillScale): Promise<DrillResult> {
  const downMs = scale === 'full' ? 4000 : 2500;
  const environment = await startDrillEnvironment(
    [
      { id: 'primary', dialect: 'groq' },
      { id: 'backup', dialect: 'openai' },
    ],
    () => 'routes:\n  default: [primary/m-primary, backup/m-backup]\n',
    { BREAKER_BASE_EJECTION_MS: '1000' },
  );
  try {
    const primary = environment.provider('primary');
    await primary.proxy.setMode('reset');
    const started = performance.now();
    let recoveredAt = Number.POSITIVE_INFINITY;
    const recover = setTimeout(() => {
      recoveredAt = performance.now();
      void primary.proxy.setMode('pass');
    }, downMs);
    const records = await driveLoad({
      url: environment.url,
      key: drillKey,
      total: Number.MAX_SAFE_INTEGER,
      concurrency: 10,
      streamShare: 0.2,
      pauseMs: 5,
      until: () => performance.now() - started > downMs + 5000,
    });
    clearTimeout(recover);
    const log = environment.logEntries();
    const opens = log.filter(
      (entry) => entry.msg === 'circuit breaker open' && String(entry.lane).startsWith('primary|'),
    );
    const recoveredWall = Date.now() - (performance.now() - recoveredAt);
    const lastEjection = opens
      .filter((entry) => Date.parse(String(entry.time)) <= recoveredWall)
      .at(-1);
    const ejectionMs = Number(lastEjection?.ejection_ms ?? 0);
    // Share of the primary in 250 ms windows after the recovery.
    let backWithinMs = Number.POSITIVE_INFINITY;
    for (let window = 0; window < 40; window += 1) {
      const from = recoveredAt + window * 250;
      const inWindow = records.filter(
        (record) => record.startedAt >= from && record.startedAt < from + 250,
      );
      const share =
        inWindow.filter((record) => record.provider === 'primary').length /
        Math.max(1, inWindow.length);
      if (inWindow.length > 0 && share >= 0.5) {
        backWithinMs = (window + 1) * 250;
        break;
      }
    }
    return {
      name: 'recovery',
      description: `primary down for ${downMs / 1000} s under load, then healthy; priority routing`,
      transitions: breakerTransitions(log).slice(0, 10),
      notes: [`ejection time in force at recovery: ${ejectionMs} ms`],
      checks: [
        timingCheck(
          'back to ≥ 50 % of its share (250 ms windows)',
          backWithinMs <= 2 * ejectionMs,
          Number.isFinite(backWithinMs) ? `within ${backWithinMs} ms` : 'never',
          `≤ 2 × ${ejectionMs} ms`,
        ),
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
