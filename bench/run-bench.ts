import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { cpuMilliseconds, rssMebibytes } from './process-stats.js';
import { pinLoadGenerator, startProcess, type StartedProcess } from './start-process.js';

/**
 * `npm run bench`: the gateway's overhead against a zero-delay simulated upstream. Three paths
 * get the same load: straight to the simulator (direct), through a bare node:http + undici proxy
 * (the floor), and through the gateway with every layer on (then with metrics off, guards off, and
 * the PII guard on as well, to price each). Each runs at full speed (throughput)
 * and at a fixed 200 req/s (added latency). Gateway variants (metrics off, guards off, PII guard
 * on) alternate over BENCH_ROUNDS rounds; their throughput rows are the median round by CPU per
 * request, with every round's figure. Results print as a table and land in bench/results/.
 */

const durationSeconds = Number(process.env.BENCH_DURATION ?? '10');
const connections = Number(process.env.BENCH_CONNECTIONS ?? '50');
const fixedRate = Number(process.env.BENCH_RATE ?? '200');
const rounds = Number(process.env.BENCH_ROUNDS ?? '3');
const cli = fileURLToPath(new URL('../src/cli.js', import.meta.url));
const proxyScript = fileURLToPath(new URL('./passthrough-proxy.js', import.meta.url));
const serviceKey = 'bench-service-key-0123456789';
const prompt = 'Summarise the benefits of an LLM gateway in one sentence.';

interface Load {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

interface Measurement {
  readonly path: string;
  readonly mode: 'throughput' | 'fixed-rate';
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly cpuMicrosecondsPerRequest?: number;
  readonly rssMebibytes?: number;
  /** For a gateway variant's throughput row: CPU µs/request of every round (the row is the median). */
  readonly rounds?: readonly number[];
}

async function measure(
  path: string,
  load: Load,
  mode: Measurement['mode'],
  process?: StartedProcess,
): Promise<Measurement> {
  const cpuBefore = process === undefined ? 0 : cpuMilliseconds(process.pid);
  const result = await autocannon({
    url: load.url,
    method: 'POST',
    headers: load.headers,
    body: load.body,
    // Few connections at the fixed rate: many connections at a low rate arrive in bursts.
    connections: mode === 'throughput' ? connections : 4,
    duration: durationSeconds,
    ...(mode === 'fixed-rate' ? { overallRate: fixedRate } : {}),
  });
  const requests = result.requests.total;
  const cpu = process === undefined ? undefined : cpuMilliseconds(process.pid) - cpuBefore;
  return {
    path,
    mode,
    requestsPerSecond: Math.round(requests / durationSeconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    ...(cpu === undefined || requests === 0
      ? {}
      : { cpuMicrosecondsPerRequest: Math.round((cpu * 1000) / requests) }),
    ...(process === undefined ? {} : { rssMebibytes: Math.round(rssMebibytes(process.pid)) }),
  };
}

async function warmUp(load: Load): Promise<void> {
  await autocannon({
    url: load.url,
    method: 'POST',
    headers: load.headers,
    body: load.body,
    connections: 10,
    amount: 2000,
  });
}

/** `+2`, `0`, `−3`: an added latency can come out negative when the reference run was noisier. */
function signed(milliseconds: number): string {
  if (milliseconds > 0) return `+${milliseconds}`;
  return milliseconds < 0 ? `−${-milliseconds}` : '0';
}

async function main(): Promise<void> {
  pinLoadGenerator();
  // Pin the simulator and the load generator apart from the process under test where possible.
  const simulator = await startProcess([cli, 'sim', '--port', '0'], {}, /groq\s+(http:\/\/\S+)/, {
    cpu: '1',
  });
  const groqBase = simulator.match[1] ?? '';
  const upstream = new URL(groqBase);
  const openaiBody = JSON.stringify({
    model: 'llama-3.3-70b-versatile',
    messages: [{ role: 'user', content: prompt }],
    max_completion_tokens: 256,
    temperature: 0.7,
  });
  const direct: Load = {
    url: `${groqBase}/chat/completions`,
    headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
    body: openaiBody,
  };

  const proxy = await startProcess([proxyScript, upstream.origin, '0'], {}, /listening (\d+)/, {
    cpu: '0',
  });
  const proxied: Load = {
    ...direct,
    url: `http://127.0.0.1:${proxy.match[1] ?? ''}${upstream.pathname}/chat/completions`,
  };

  const dataDirectory = mkdtempSync(join(tmpdir(), 'lsg-bench-'));
  const gatewayVariants: readonly (readonly [string, Readonly<Record<string, string>>])[] = [
    ['gateway, all layers on', {}],
    ['gateway, metrics off', { METRICS_ENABLED: 'false' }],
    ['gateway, guards off', { ENABLE_PROMPT_INJECTION_CHECK: 'false' }],
    ['gateway, injection + PII guards', { PII_MODE: 'monitor' }],
  ];
  const startGateway = (extra: Readonly<Record<string, string>>, index: number) =>
    startProcess(
      [cli, 'serve'],
      {
        HOST: '127.0.0.1',
        PORT: '0',
        SERVICE_API_KEY: serviceKey,
        GROQ_API_KEY: 'bench',
        GROQ_BASE_URL: groqBase,
        PROVIDER_ORDER: 'groq',
        RATE_LIMIT: '1000000000/minute',
        ENABLE_PROMPT_INJECTION_CHECK: 'true',
        LOG_LEVEL: 'info',
        SQLITE_PATH: join(dataDirectory, `gateway-${index}.sqlite`),
        ...extra,
      },
      /listening on (http:\/\/\S+)/,
      { cpu: '0' },
    );

  const results: Measurement[] = [];
  const throughputRuns = new Map<string, Measurement[]>();
  const fixedRuns = new Map<string, Measurement>();
  try {
    for (const [name, load, owner] of [
      ['direct (simulator)', direct, undefined],
      ['pass-through proxy (floor)', proxied, proxy],
    ] as const) {
      await warmUp(load);
      results.push(await measure(name, load, 'throughput', owner));
      results.push(await measure(name, load, 'fixed-rate', owner));
    }
    await proxy.stop();
    // One gateway at a time, each alone on its core; the variants alternate over several rounds
    // (in a rotated order) so that drift on the machine does not favour one of them.
    for (let round = 0; round < rounds; round += 1) {
      for (let step = 0; step < gatewayVariants.length; step += 1) {
        const index = (step + round) % gatewayVariants.length;
        const [name, extra] = gatewayVariants[index] ?? ['', {}];
        const gateway = await startGateway(extra, index * rounds + round);
        try {
          const gatewayLoad: Load = {
            url: `${gateway.match[1] ?? ''}/query`,
            headers: { 'content-type': 'application/json', 'x-api-key': serviceKey },
            body: JSON.stringify({ prompt, max_tokens: 256, temperature: 0.7 }),
          };
          await warmUp(gatewayLoad);
          const runs = throughputRuns.get(name) ?? [];
          runs.push(await measure(name, gatewayLoad, 'throughput', gateway));
          throughputRuns.set(name, runs);
          if (round === 0)
            fixedRuns.set(name, await measure(name, gatewayLoad, 'fixed-rate', gateway));
        } finally {
          await gateway.stop();
        }
      }
    }
    for (const [name] of gatewayVariants) {
      const runs = [...(throughputRuns.get(name) ?? [])].sort(
        (left, right) =>
          (left.cpuMicrosecondsPerRequest ?? 0) - (right.cpuMicrosecondsPerRequest ?? 0),
      );
      const median = runs[Math.floor(runs.length / 2)];
      if (median !== undefined)
        results.push({ ...median, rounds: runs.map((run) => run.cpuMicrosecondsPerRequest ?? 0) });
      const fixed = fixedRuns.get(name);
      if (fixed !== undefined) results.push(fixed);
    }
  } finally {
    await Promise.all([proxy.stop(), simulator.stop()]);
    rmSync(dataDirectory, { recursive: true, force: true });
  }

  const directFixed = results.find(
    (entry) => entry.path.startsWith('direct') && entry.mode === 'fixed-rate',
  );
  const rows = results.map((entry) => ({
    ...entry,
    ...(entry.mode === 'fixed-rate' && directFixed !== undefined && !entry.path.startsWith('direct')
      ? {
          addedP50Ms: Math.round((entry.p50Ms - directFixed.p50Ms) * 100) / 100,
          addedP99Ms: Math.round((entry.p99Ms - directFixed.p99Ms) * 100) / 100,
        }
      : {}),
  }));

  const header = [
    'path',
    'mode',
    'req/s',
    'p50 ms',
    'p99 ms',
    'added p50',
    'added p99',
    'CPU µs/req',
    'RSS MiB',
    'non-2xx',
    'errors',
  ];
  const table = [
    header,
    ...rows.map((row) => [
      row.path,
      row.mode === 'throughput' ? `max, ${connections} conns` : `${fixedRate} req/s`,
      String(row.requestsPerSecond),
      String(row.p50Ms),
      String(row.p99Ms),
      'addedP50Ms' in row ? signed(row.addedP50Ms) : '',
      'addedP99Ms' in row ? signed(row.addedP99Ms) : '',
      row.cpuMicrosecondsPerRequest === undefined
        ? ''
        : `${row.cpuMicrosecondsPerRequest}${row.rounds === undefined ? '' : ` (${row.rounds.join('/')})`}`,
      row.rssMebibytes === undefined ? '' : String(row.rssMebibytes),
      String(row.non2xx),
      String(row.errors),
    ]),
  ];
  const widths = header.map((_, column) =>
    Math.max(...table.map((line) => (line[column] ?? '').length)),
  );
  for (const line of table) {
    process.stdout.write(
      `${line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')}\n`,
    );
  }

  const resultsDirectory = fileURLToPath(new URL('../../bench/results/', import.meta.url));
  mkdirSync(resultsDirectory, { recursive: true });
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    durationSeconds,
    connections,
    fixedRate,
    rounds,
    results: rows,
  };
  writeFileSync(`${resultsDirectory}latest.json`, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nWritten to bench/results/latest.json\n`);
}

await main();
