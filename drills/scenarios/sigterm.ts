import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '../../sim/index.js';
import { drillKey } from '../drill-environment.js';
import { check, timingCheck, type DrillResult, type DrillScale } from '../drill-result.js';
import { driveLoad } from '../drive-load.js';
import { cliPath } from '../spawn-gateway.js';

/**
 * The real program (`llm-gateway serve`) gets SIGTERM with 200 streams open: every stream must end
 * with exactly one terminal event, and the process must exit 0 within its grace period.
 */
export async function sigtermDrill(scale: DrillScale): Promise<DrillResult> {
  const streams = scale === 'full' ? 200 : 60;
  const graceMs = 5000;
  const simulator = await startSimulator(['groq'], {
    latency: { firstTokenMs: 50, chunkIntervalMs: 30 },
  });
  const dataDirectory = mkdtempSync(join(tmpdir(), 'lsg-sigterm-'));
  const child = spawn(process.execPath, [cliPath, 'serve'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      SERVICE_API_KEY: drillKey,
      GROQ_API_KEY: 'drill',
      GROQ_BASE_URL: simulator.provider('groq').baseUrl,
      PROVIDER_ORDER: 'groq',
      RATE_LIMIT: '1000000/minute',
      SHUTDOWN_GRACE_MS: String(graceMs),
      LOG_LEVEL: 'warn',
      SQLITE_PATH: join(dataDirectory, 'gateway.sqlite'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const address = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1] !== undefined) {
          clearInterval(timer);
          resolve(match[1]);
        }
      }, 20);
      child.once('exit', () => reject(new Error(`gateway exited early: ${output}`)));
    });
    const load = driveLoad({
      url: address,
      key: drillKey,
      total: streams,
      concurrency: streams,
      streamShare: 1,
    });
    // Every stream open at the provider, or as many as got there: a stream the gateway refused
    // (shed under a loaded machine) never arrives, and must not make the drill wait forever.
    let settled = false;
    void load.finally(() => (settled = true));
    const openBy = Date.now() + 10_000;
    while (simulator.provider('groq').requestCount < streams && !settled && Date.now() < openBy)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const open = simulator.provider('groq').requestCount;
    const signalled = performance.now();
    const exit = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    child.kill('SIGTERM');
    const records = await load;
    const code = await exit;
    const exitedAfterMs = performance.now() - signalled;
    const truncated = records.filter((record) => !record.terminal).length;
    const completed = records.filter((record) => record.ok).length;
    return {
      name: 'SIGTERM with open streams',
      description: `${streams} streams open (each about 1.5 s long) when the process gets SIGTERM; grace ${graceMs / 1000} s`,
      notes: [
        `completed streams: ${completed}; ended with an error event: ${records.length - completed - truncated}`,
      ],
      checks: [
        check('streams open when SIGTERM arrived', open >= streams, `${open}/${streams}`, 'all'),
        check('truncated streams', truncated === 0, String(truncated), '0'),
        check('exit code', code === 0, String(code), '0'),
        timingCheck(
          'exit within the grace period',
          exitedAfterMs <= graceMs + 1000,
          `${exitedAfterMs.toFixed(0)} ms`,
          `≤ ${graceMs} ms (+1 s)`,
        ),
      ],
    };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await simulator.close();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}
