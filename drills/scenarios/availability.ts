import { drillKey, startDrillEnvironment, type DrillProvider } from '../drill-environment.js';
import { check, percent, type DrillResult, type DrillScale } from '../drill-result.js';
import { driveLoad } from '../drive-load.js';
import { summarize } from '../summarize.js';

/** mulberry32: a small seeded generator, so a run's outage schedule can be reproduced. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const meanDownMs = 100;
const availability = 0.98;
const meanUpMs = (meanDownMs * availability) / (1 - availability);

/** Alternates a provider between up and down (reset, refuse or blackhole) on its own schedule. */
function schedule(
  provider: DrillProvider,
  random: () => number,
  running: () => boolean,
): Promise<number> {
  const modes = ['reset', 'refuse', 'blackhole'] as const;
  let downTime = 0;
  const exponential = (mean: number) => -mean * Math.log(1 - random());
  return (async () => {
    while (running()) {
      await new Promise((resolve) => setTimeout(resolve, exponential(meanUpMs)));
      if (!running()) break;
      const down = exponential(meanDownMs);
      downTime += down;
      await provider.proxy.setMode(modes[Math.floor(random() * modes.length)] ?? 'reset');
      await new Promise((resolve) => setTimeout(resolve, down));
      await provider.proxy.setMode('pass');
    }
    return downTime;
  })();
}

/**
 * The seed's uptime model, time compressed: three providers, each down 2 % of the time on its own
 * random schedule (mean outage 100 ms). Theory says 1 − 0.02³ = 99.9992 % of requests find one up.
 */
export async function availabilityDrill(scale: DrillScale): Promise<DrillResult> {
  const durationMs = scale === 'full' ? 40_000 : 8000;
  const environment = await startDrillEnvironment(
    [
      { id: 'a', dialect: 'groq' },
      { id: 'b', dialect: 'openai' },
      { id: 'c', dialect: 'openrouter' },
    ],
    () => 'routes:\n  default: [a/m-a, b/m-b, c/m-c]\n',
    {
      UPSTREAM_TIMEOUT_MS: '300',
      BREAKER_BASE_EJECTION_MS: '200',
      BREAKER_MAX_EJECTION_MS: '2000',
    },
  );
  try {
    const random = seeded(20261126);
    const started = Date.now();
    const running = () => Date.now() - started < durationMs;
    const outages = [...environment.providers.values()].map((provider) =>
      schedule(provider, random, running),
    );
    const records = await driveLoad({
      url: environment.url,
      key: drillKey,
      total: Number.MAX_SAFE_INTEGER,
      concurrency: 20,
      streamShare: 0.2,
      until: () => !running(),
    });
    const downTimes = await Promise.all(outages);
    const summary = summarize(records);
    const measuredProviderAvailability = downTimes.map((down) => 1 - down / durationMs);
    const theory = 1 - (1 - availability) ** 3;
    return {
      name: 'availability simulation',
      description: `3 providers, each down 2 % of the time (mean outage ${meanDownMs} ms, resets, refusals and blackholes), ${durationMs / 1000} s, concurrency 20`,
      summary,
      notes: [
        `measured provider availability: ${measuredProviderAvailability.map((value) => percent(value, 2)).join(', ')}`,
        `theoretical availability with failover: 1 − 0.02³ = ${percent(theory, 4)}`,
      ],
      checks: [
        check(
          'measured availability',
          summary.successRate >= 0.9999,
          percent(summary.successRate, 4),
          `≥ 99.99 % (theory ${percent(theory, 4)})`,
        ),
        check(
          'requests without one terminal answer',
          summary.withoutTerminal === 0,
          String(summary.withoutTerminal),
          '0',
        ),
      ],
    };
  } finally {
    await environment.close();
  }
}
