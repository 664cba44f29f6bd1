import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';
import { GatewayError, type StreamPart } from '../core/index.js';
import type { StreamEncoder } from '../surfaces/index.js';

/** Waits until the socket can take more, or is gone. */
function drained(raw: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      raw.off('drain', done);
      raw.off('close', done);
      resolve();
    };
    raw.on('drain', done);
    raw.on('close', done);
  });
}

/**
 * Writes a committed stream as server-sent events in the surface's format. Exactly one terminal
 * event ends it: the surface's terminator after a `finish` part, or one error event, also when
 * the upstream stream ends without either. Honours backpressure; stops as soon as the client is
 * gone (the request's cancellation has already aborted the upstream call by then).
 */
export async function writeStream(
  reply: FastifyReply,
  encoder: StreamEncoder,
  parts: AsyncIterable<StreamPart>,
  headers: Readonly<Record<string, string>>,
): Promise<void> {
  reply.hijack();
  const raw = reply.raw;
  const inherited: Record<string, string | number | string[]> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) inherited[name] = value;
  }
  raw.writeHead(200, {
    ...inherited,
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
    'x-request-id': reply.request.id,
  });

  async function write(text: string): Promise<void> {
    if (text === '' || raw.destroyed) return;
    if (!raw.write(text)) await drained(raw);
  }

  /** The terminal error's writes, each its own network chunk (a short pause between them). */
  async function writeError(writes: readonly string[]): Promise<void> {
    for (const [index, text] of writes.entries()) {
      if (index > 0) await new Promise((resolve) => setTimeout(resolve, 10));
      await write(text);
    }
  }

  let terminated = false;
  try {
    await write(encoder.start());
    for await (const part of parts) {
      if (raw.destroyed) break;
      if (part.type === 'error') {
        terminated = true;
        await writeError(encoder.error(part.error));
        break;
      }
      await write(encoder.part(part));
      if (part.type === 'finish') {
        terminated = true;
        break;
      }
    }
    if (!terminated) await writeError(encoder.error(new GatewayError('stream_truncated')));
  } catch (error) {
    if (!terminated) {
      await writeError(encoder.error(new GatewayError('internal_error', { cause: error })));
    }
    reply.log.error({ request_id: reply.request.id, err: error }, 'failure while writing a stream');
  } finally {
    if (!raw.destroyed) raw.end();
  }
}
