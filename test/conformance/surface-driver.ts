import type { Surface } from './conformance-matrix.js';
import type { SseEvent, SseTranscript, TerminalEvents } from './sse-transcript.js';

/** What an error check expects the SDK to raise. */
export interface ExpectedError {
  readonly status: number;
  /** The gateway's stable code (docs/errors.md), inside the surface's envelope. */
  readonly code: string;
}

/**
 * The few SDK operations the provider-independent checks (errors, broken and aborted streams)
 * need, implemented once per surface with its official SDK. Clients are built with only the
 * base URL and key changed, and with retries off so each check sees the gateway's answer.
 */
export interface SurfaceDriver {
  readonly surface: Surface;
  /** One plain answer through the SDK; its text. */
  ask(url: string, apiKey: string, model: string, prompt: string): Promise<string>;
  /**
   * Streams an answer through the SDK, handing each text piece to `onText`; resolves when the
   * SDK's iteration ends, rejects with whatever the SDK raised.
   */
  streamText(
    url: string,
    apiKey: string,
    model: string,
    prompt: string,
    onText: (text: string) => void,
    signal?: AbortSignal,
  ): Promise<void>;
  /**
   * Asserts the SDK raised its exception class for `expected.status`, carrying the gateway's
   * code; returns the response headers when the SDK exposes them on its errors.
   */
  checkError(error: unknown, expected: ExpectedError, what: string): Headers | undefined;
  /** Asserts the SDK raised an API error while iterating a stream; returns the gateway code. */
  checkStreamError(error: unknown, what: string): unknown;
  /** The SDK's way of ending an iteration its caller aborted (if it raises at all). */
  isAbortError(error: unknown): boolean;
  /** The same streamed request without an SDK, read event by event. */
  rawStream(url: string, apiKey: string, model: string, prompt: string): Promise<SseTranscript>;
  readonly terminal: TerminalEvents;
  isContentEvent(event: SseEvent): boolean;
  /** The gateway code inside an error event's data. */
  errorCodeOf(data: string): unknown;
}
