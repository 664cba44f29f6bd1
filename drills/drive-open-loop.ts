import { Agent, request } from 'undici';

export interface OpenLoopRecord {
  readonly status: number;
  readonly latencyMs: number;
  readonly code: string | undefined;
}

/**
 * Offers requests at a fixed rate whatever the answers (open loop), as real overload arrives:
 * clients do not slow down because the gateway does.
 */
export async function driveOpenLoop(options: {
  readonly url: string;
  readonly key: string;
  readonly ratePerSecond: number;
  /** Keep-alive connections the clients hold (default 64). */
  readonly connections?: number;
  readonly durationMs: number;
}): Promise<OpenLoopRecord[]> {
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
