import type { Readable } from 'node:stream';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { GatewayError } from '../../core/index.js';
import { classifyNetworkError } from './classify-network-error.js';

/** One server-sent event: its name (empty when the stream uses only `data:`) and its data. */
export interface SseEvent {
  readonly event: string;
  readonly data: string;
}

/**
 * Reads server-sent events from an upstream body with a spec-compliant parser: `\n`, `\r\n` and
 * `\r` line endings, multi-line data, comments (keep-alives) ignored, UTF-8 characters split
 * across TCP chunks decoded correctly. An event larger than `maxEventBytes` is an error, and so is
 * any socket failure, which is thrown as a catalog error for the dialect decoder to report.
 */
export async function* readSseEvents(
  body: Readable & AsyncIterable<Buffer>,
  signal: AbortSignal,
  maxEventBytes: number,
): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder('utf-8');
  const pending: SseEvent[] = [];
  let parseFailure: GatewayError | undefined;
  const parser = createParser({
    onEvent(message: EventSourceMessage) {
      pending.push({ event: message.event ?? '', data: message.data });
    },
    onError(error) {
      parseFailure = new GatewayError('provider_invalid_response', {
        detail: `malformed event stream: ${error.message}`,
      });
    },
    maxBufferSize: maxEventBytes,
  });
  try {
    for await (const chunk of body) {
      parser.feed(decoder.decode(chunk, { stream: true }));
      if (parseFailure !== undefined) throw parseFailure;
      while (pending.length > 0) yield pending.shift() as SseEvent;
    }
    parser.feed(decoder.decode());
    // A final event without its blank line is not dispatched (per the SSE spec); reset flushes it.
    parser.reset({ consume: true });
    while (pending.length > 0) yield pending.shift() as SseEvent;
  } catch (error) {
    body.destroy();
    throw classifyNetworkError(error, signal);
  }
}
