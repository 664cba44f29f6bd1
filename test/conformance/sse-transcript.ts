import { parseSse, type SseEvent } from '../sim/sim-test-helpers.js';
import { check, show } from './conformance-assert.js';

export type { SseEvent };

/** A streamed answer as a raw HTTP client sees it, event by event. */
export interface SseTranscript {
  readonly status: number;
  readonly headers: Headers;
  readonly events: readonly SseEvent[];
}

/** POSTs JSON and reads the whole server-sent-event stream, without any SDK in between. */
export async function postForSse(
  url: string,
  body: unknown,
  headers: Readonly<Record<string, string>>,
): Promise<SseTranscript> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, events: parseSse(text).events };
}

/** What makes an event terminal in one surface's stream format. */
export interface TerminalEvents {
  /** The success terminator (`[DONE]`, `message_stop`, Gemini's event with a finish reason). */
  readonly isTerminator: (event: SseEvent) => boolean;
  readonly isError: (event: SseEvent) => boolean;
}

function summary(events: readonly SseEvent[]): string {
  return show(events.map((event) => event.event ?? event.data.slice(0, 40)));
}

/** A successful stream: exactly one terminator, last, and no error event. */
export function checkCleanEnd(transcript: SseTranscript, terminal: TerminalEvents): void {
  const { events } = transcript;
  check(transcript.status === 200, `raw stream: expected status 200, got ${transcript.status}`);
  const terminators = events.filter(terminal.isTerminator).length;
  const errors = events.filter(terminal.isError);
  check(errors.length === 0, `raw stream: unexpected error event ${show(errors[0]?.data)}`);
  check(
    terminators === 1,
    `raw stream: expected exactly one terminator, got ${terminators} in ${summary(events)}`,
  );
  const last = events.at(-1);
  check(
    last !== undefined && terminal.isTerminator(last),
    `raw stream: the terminator is not the last event: ${summary(events)}`,
  );
}

/**
 * A stream that failed after content: content first, then exactly one error event as the last
 * event, and no success terminator. Returns the error event's data.
 */
export function checkErrorEnd(
  transcript: SseTranscript,
  terminal: TerminalEvents,
  isContent: (event: SseEvent) => boolean,
): string {
  const { events } = transcript;
  check(transcript.status === 200, `raw stream: expected status 200, got ${transcript.status}`);
  check(
    events.some(isContent),
    `raw stream: expected content before the failure, got ${summary(events)}`,
  );
  const errors = events.filter(terminal.isError);
  check(
    errors.length === 1,
    `raw stream: expected exactly one error event, got ${errors.length} in ${summary(events)}`,
  );
  const terminators = events.filter(terminal.isTerminator).length;
  check(
    terminators === 0,
    `raw stream: a failed stream must not end with a success terminator (${terminators} found)`,
  );
  const last = events.at(-1);
  check(
    last !== undefined && terminal.isError(last),
    `raw stream: the error event is not the last event: ${summary(events)}`,
  );
  return last.data;
}
