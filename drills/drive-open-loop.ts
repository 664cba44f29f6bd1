import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { onDrillCore } from './spawn-gateway.js';

export interface OpenLoopRecord {
  readonly status: number;
  readonly latencyMs: number;
  readonly code: string | undefined;
}

export interface OpenLoopOptions {
  readonly url: string;
  readonly key: string;
  readonly ratePerSecond: number;
  /** Keep-alive connections the clients hold (default 64). */
  readonly connections?: number;
  readonly durationMs: number;
}

/**
 * Offers requests at a fixed rate whatever the answers (open loop), as real overload arrives:
 * clients do not slow down because the gateway does.
 */
export async function driveOpenLoop(options: OpenLoopOptions): Promise<OpenLoopRecord[]> {
  const dispatcher = new Agent({
    connections: options.connections ?? 64,
    keepAliveTimeout: 10_000,
  });
  const records: OpenLoopRecord[] = [];
  const pending: Promise<void>[] = [];
  const interval = 1000 / options.ratePerSecond;
  const started = performance.now();
  let sent = 0;
  while (performance.now() - started < options.durationMs) {
    const due = Math.floor((performance.now() - started) / interval) + 1;
    while (sent < due) {
      sent += 1;
      const begin = performance.now();
      pending.push(
        request(`${options.url}/v1/chat/completions`, {
          method: 'POST',
          dispatcher,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${options.key}` },
          body: JSON.stringify({
            model: 'default',
            messages: [{ role: 'user', content: 'load' }],
            max_tokens: 16,
          }),
        }).then(
          async (response) => {
            const text = await response.body.text();
            records.push({
              status: response.statusCode,
              latencyMs: performance.now() - begin,
              code: /"code":"([a-z_]+)"/.exec(text)?.[1],
            });
          },
          () => {
            records.push({
              status: 0,
              latencyMs: performance.now() - begin,
              code: 'transport_error',
            });
          },
        ),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(pending);
  await dispatcher.close();
  return records;
}

/** The built client script: next to this file when it runs from dist/, under dist/ otherwise. */
const clientScript = fileURLToPath(
  new URL(
    import.meta.url.includes('/dist/')
      ? './open-loop-client.js'
      : '../dist/drills/open-loop-client.js',
    import.meta.url,
  ),
);

/**
 * `driveOpenLoop` in a process of its own on the drill's core, warmed up first (its code compiled,
 * its connections open). Run inside the drill process, whose event loop also serves the simulated
 * providers and their fault proxies, every answer waited for that work before its time was taken:
 * the client's own delay, added to the gateway's in the measured latency.
 */
export async function driveOpenLoopApart(
  options: OpenLoopOptions & { readonly warmUpMs: number },
): Promise<OpenLoopRecord[]> {
  const { command, args } = onDrillCore([clientScript, JSON.stringify(options)]);
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  // 'close', not 'exit': only then has all of its stdout been read.
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`open-loop client exited with ${String(code)}`);
  return JSON.parse(output) as OpenLoopRecord[];
}
