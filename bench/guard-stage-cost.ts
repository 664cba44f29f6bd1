import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { cpuMilliseconds } from './process-stats.js';
import { pinLoadGenerator, startProcess, type StartedProcess } from './start-process.js';

/**
 * `npm run bench:guards`: what the guard stage adds to the gateway's CPU per request, measured in
 * one gateway process with three keys whose guard policies differ (off; injection, the default;
 * injection + PII in monitor mode). Comparing separate gateway processes, as `npm run bench` does,
 * mixes in a process-to-process spread (±10 % of CPU per request here) larger than the effect;
 * one process with per-key policies shares its heap, its compiled code and its SQLite file
 * between the three. The keys take turns (rotated order) for BENCH_ROUNDS rounds (40) of
 * BENCH_DURATION seconds (2) at full speed; the report is the mean of the paired differences.
 * Short rounds, because the process's CPU per request moves by 20-30 % over a few minutes of
 * full load (seen here: between 171 and 236 µs within two minutes), and a difference taken within
 * one round cancels most of that.
 */

const durationSeconds = Number(process.env.BENCH_DURATION ?? '2');
const rounds = Number(process.env.BENCH_ROUNDS ?? '40');
const cli = fileURLToPath(new URL('../src/cli.js', import.meta.url));
const adminKey = 'bench-admin-key-0123456789';
const prompt = 'Summarise the benefits of an LLM gateway in one sentence.';

const policies = {
  off: { injection: { mode: 'off' }, pii: { mode: 'off' } },
  injection: { pii: { mode: 'off' } },
  'injection + PII': { pii: { mode: 'monitor' } },
} as const;
type PolicyName = keyof typeof policies;
const names = Object.keys(policies) as PolicyName[];

async function createKey(base: string, name: PolicyName): Promise<string> {
  const response = await fetch(`${base}/admin/keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` },
    body: JSON.stringify({ name, guard: policies[name] }),
  });
  const body = (await response.json()) as { key?: string };
  if (response.status !== 201 || body.key === undefined) {
    throw new Error(`creating the "${name}" key failed: ${response.status}`);
  }
  return body.key;
}

/** CPU µs per request of the gateway while one key loads it for `seconds`. */
async function cpuPerRequest(
  gateway: StartedProcess,
  url: string,
  key: string,
  seconds: number,
): Promise<number> {
  const before = cpuMilliseconds(gateway.pid);
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ prompt, max_tokens: 256, temperature: 0.7 }),
    connections: 50,
    duration: seconds,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return ((cpuMilliseconds(gateway.pid) - before) * 1000) / result.requests.total;
}

const mean = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

/** Half the width of a 95 % confidence interval of the mean (normal approximation). */
function confidence(values: readonly number[]): number {
  const average = mean(values);
  const variance =
    values.reduce((sum, value) => sum + (value - average) ** 2, 0) / (values.length - 1);
  return (1.96 * Math.sqrt(variance)) / Math.sqrt(values.length);
}

/** `+2.0`, `−1.5`. */
const signed = (value: number): string =>
  value < 0 ? `−${(-value).toFixed(1)}` : `+${value.toFixed(1)}`;

async function main(): Promise<void> {
  pinLoadGenerator();
  const simulator = await startProcess([cli, 'sim', '--port', '0'], {}, /groq\s+(http:\/\/\S+)/, {
    cpu: '1',
  });
  const dataDirectory = mkdtempSync(join(tmpdir(), 'lsg-guard-bench-'));
  const gateway = await startProcess(
    [cli, 'serve'],
    {
      HOST: '127.0.0.1',
      PORT: '0',
      ADMIN_API_KEY: adminKey,
      GROQ_API_KEY: 'bench',
      GROQ_BASE_URL: simulator.match[1] ?? '',
      PROVIDER_ORDER: 'groq',
      RATE_LIMIT: '1000000000/minute',
      LOG_LEVEL: 'info',
      SQLITE_PATH: join(dataDirectory, 'gateway.sqlite'),
    },
    /listening on (http:\/\/\S+)/,
    { cpu: '0' },
  );
  try {
    const base = gateway.match[1] ?? '';
    const url = `${base}/query`;
    const keys = new Map<PolicyName, string>();
    for (const name of names) keys.set(name, await createKey(base, name));
    for (const name of names) await cpuPerRequest(gateway, url, keys.get(name) ?? '', 3);
    const samples = new Map<PolicyName, number[]>(names.map((name) => [name, []]));
    for (let round = 0; round < rounds; round += 1) {
      const order = names.map((_, index) => names[(index + round) % names.length] as PolicyName);
      const line: string[] = [];
      for (const name of order) {
        const micros = await cpuPerRequest(gateway, url, keys.get(name) ?? '', durationSeconds);
        samples.get(name)?.push(micros);
        line.push(`${name} ${micros.toFixed(0)}`);
      }
      process.stdout.write(`round ${round + 1}: ${line.join(', ')} µs/request\n`);
    }
    const off = samples.get('off') ?? [];
    process.stdout.write(`\nguards off: ${mean(off).toFixed(1)} µs/request (mean of ${rounds})\n`);
    for (const name of names.slice(1)) {
      const differences = (samples.get(name) ?? []).map(
        (value, index) => value - (off[index] ?? 0),
      );
      const added = mean(differences);
      const margin = confidence(differences);
      const percent = (value: number) => `${((value / mean(off)) * 100).toFixed(1)} %`;
      process.stdout.write(
        `${name}: ${signed(added)} ± ${margin.toFixed(1)} µs/request (${percent(added)}, 95 % interval ${percent(added - margin)} to ${percent(added + margin)}), rounds ${differences.map((value) => value.toFixed(0)).join(' ')}\n`,
      );
    }
  } finally {
    await gateway.stop();
    await simulator.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}

await main();
