import { drillKey, startDrillEnvironment } from '../drill-environment.js';
import { check, timingCheck, type DrillResult, type DrillScale } from '../drill-result.js';
import { driveLoad } from '../drive-load.js';
import { driveOpenLoopApart } from '../drive-open-loop.js';
import { percentile } from '../summarize.js';

const maxInFlight = 20;
/**
 * 50-150 ms to the answer, drawn per request. A fixed latency would make the 20 admitted requests
 * finish together and be replaced together, forever: waves that real providers, whose latency
 * varies far more than this, do not produce.
 */
const upstreamLatency = { firstTokenMs: 50, firstTokenJitterMs: 100, chunkIntervalMs: 0 };

/**
 * The gateway at five times its capacity (bounded by MAX_IN_FLIGHT against a 50-150 ms upstream):
 * goodput must stay near its peak, and shed requests must get their 503 fast.
 */
export async function overloadDrill(scale: DrillScale): Promise<DrillResult> {
  const durationMs = scale === 'full' ? 5000 : 2500;
  const environment = await startDrillEnvironment(
    [{ id: 'slow', dialect: 'groq', latency: upstreamLatency }],
    () => 'routes:\n  default: [slow/m-slow]\n',
    { MAX_IN_FLIGHT: String(maxInFlight) },
  );
  const atCapacity = async (forMs: number) => {
    const started = Date.now();
    return driveLoad({
      url: environment.url,
      key: drillKey,
      total: Number.MAX_SAFE_INTEGER,
      concurrency: maxInFlight,
      streamShare: 0,
      until: () => Date.now() - started > forMs,
    });
  };
  try {
    // A warm gateway's peak: measured cold (code not yet compiled), the peak came out 15-30 %
    // lower, and so did the load offered as five times it.
    await atCapacity(durationMs / 2);
    const peakRecords = await atCapacity(durationMs);
    const peak = peakRecords.filter((record) => record.ok).length / (durationMs / 1000);
    const offered = Math.round(peak * 5);
    // The client warms up at the same rate first: the gateway is already overloaded then, and
    // only the following `durationMs` are measured.
    const overload = await driveOpenLoopApart({
      url: environment.url,
      key: drillKey,
      ratePerSecond: offered,
      durationMs,
      warmUpMs: 1500,
    });
    const goodput = overload.filter((record) => record.status === 200).length / (durationMs / 1000);
    const shed = overload.filter((record) => record.code === 'gateway_overloaded');
    const shedP99 = percentile(
      shed.map((record) => record.latencyMs),
      0.99,
    );
    const other = overload.filter(
      (record) => record.status !== 200 && record.code !== 'gateway_overloaded',
    ).length;
    return {
      name: 'overload',
      description: `MAX_IN_FLIGHT=${maxInFlight} against a 50-150 ms upstream; ${offered} req/s offered (5× the measured peak) for ${durationMs / 1000} s`,
      notes: [
        `peak goodput ${peak.toFixed(0)} req/s; under overload ${goodput.toFixed(0)} req/s; shed ${shed.length}; other failures ${other}`,
      ],
      checks: [
        timingCheck(
          'goodput under 5× load, share of peak',
          goodput >= 0.9 * peak,
          `${((goodput / peak) * 100).toFixed(1)} %`,
          '≥ 90 %',
        ),
        timingCheck('p99 time to a shed 503', shedP99 < 10, `${shedP99.toFixed(2)} ms`, '< 10 ms'),
        check('failures other than shedding', other === 0, String(other), '0'),
      ],
    };
  } finally {
    await environment.close();
  }
}
