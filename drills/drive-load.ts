import { Agent, request } from 'undici';

/** What one request of a drill saw, from the client's side. */
export interface RequestRecord {
  readonly index: number;
  readonly stream: boolean;
  readonly startedAt: number;
  readonly latencyMs: number;
  /** HTTP status, or 0 when the connection failed. */
  readonly status: number;
  /** A complete answer: a JSON body, or a stream ending in exactly one terminal event. */
  readonly terminal: boolean;
  /** Succeeded: 200 with a complete answer (a stream ending in `[DONE]`). */
  readonly ok: boolean;
  readonly code: string | undefined;
  readonly provider: string | undefined;
  readonly attempts: number;
  readonly retryAfter: string | undefined;
  readonly transportError: string | undefined;
}

export interface LoadOptions {
  readonly url: string;
  readonly key: string;
  readonly total: number;
  readonly concurrency: number;
  /** Share of requests that stream (0..1), spread evenly. */
  readonly streamShare: number;
  readonly model?: string;
  /** Optional pause between two requests of one worker (open-loop-ish pacing). */
  readonly pauseMs?: number;
  /** Stop early (the availability drill runs for a time). */
  readonly until?: () => boolean;
}

function header(
  headers: Record<string, string | string[] | undefined>,
  name: string,
): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Counts the terminal events of an OpenAI-format stream: `[DONE]` or `data: {"error"…}`. */
function terminalEvents(text: string): { done: number; errors: number; code: string | undefined } {
  let done = 0;
  let errors = 0;
  let code: string | undefined;
  for (const block of text.split('\n\n')) {
    const line = block.trim();
    if (line === 'data: [DONE]') done += 1;
    else if (line.startsWith('data: {"error"')) {
      errors += 1;
      code = /"code":"([a-z_]+)"/.exec(line)?.[1];
    }
  }
  return { done, errors, code };
}

/**
 * Drives OpenAI Chat Completions traffic at the gateway with a fixed concurrency and records what
 * every request saw. A request counts as terminal when it got a whole JSON answer or a stream
 * that ended with exactly one `[DONE]` or one error event; anything else breaks the invariant.
 */
export async function driveLoad(options: LoadOptions): Promise<RequestRecord[]> {
  const dispatcher = new Agent({ connections: options.concurrency, keepAliveTimeout: 10_000 });
  const records: RequestRecord[] = [];
  let next = 0;
  const streamEvery = options.streamShare > 0 ? Math.round(1 / options.streamShare) : 0;

  async function one(index: number): Promise<void> {
    const stream = streamEvery > 0 && index % streamEvery === 0;
    const startedAt = performance.now();
    const base = { index, stream, startedAt };
    try {
      const response = await request(`${options.url}/v1/chat/completions`, {
        method: 'POST',
        dispatcher,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.key}` },
        body: JSON.stringify({
          model: options.model ?? 'default',
          messages: [{ role: 'user', content: `drill request ${index}` }],
          max_tokens: 32,
          stream,
        }),
      });
      const text = await response.body.text();
      const latencyMs = performance.now() - startedAt;
      const common = {
        ...base,
        latencyMs,
        status: response.statusCode,
        provider: header(response.headers, 'x-gateway-provider'),
        attempts: Number(header(response.headers, 'x-gateway-attempts') ?? 0),
        retryAfter: header(response.headers, 'retry-after'),
        transportError: undefined,
      };
      const isStream = String(response.headers['content-type']).startsWith('text/event-stream');
      if (isStream) {
        const events = terminalEvents(text);
        records.push({
          ...common,
          terminal: events.done + events.errors === 1,
          ok: events.done === 1 && events.errors === 0,
          code: events.code,
        });
      } else {
        let code: string | undefined;
        let parsed = false;
        try {
          const body = JSON.parse(text) as { error?: { code?: string } };
          parsed = true;
          code = body.error?.code;
        } catch {
          parsed = false;
        }
        records.push({
          ...common,
          terminal: parsed,
          ok: parsed && response.statusCode === 200,
          code,
        });
      }
    } catch (error) {
      records.push({
        ...base,
        latencyMs: performance.now() - startedAt,
        status: 0,
        terminal: false,
        ok: false,
        code: undefined,
        provider: undefined,
        attempts: 0,
        retryAfter: undefined,
        transportError: error instanceof Error ? error.message : String(error),
      });
    }
  }

  async function worker(): Promise<void> {
    while (next < options.total && !(options.until?.() ?? false)) {
      const index = next;
      next += 1;
      await one(index);
      if (options.pauseMs !== undefined)
        await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
    }
  }

  await Promise.all(Array.from({ length: options.concurrency }, () => worker()));
  await dispatcher.close();
  return records;
}
