import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';

/**
 * Fields pino censors in every log line, whatever logged them. The gateway never logs headers or
 * keys; this is the second line of defence. Only fixed paths (no wildcards): wildcard redaction
 * costs several microseconds on every line of the hot path (measured, docs/benchmarks.md).
 */
export const redactedPaths = [
  'authorization',
  'apiKey',
  'api_key',
  'key',
  'credential_value',
  'headers.authorization',
  'headers["x-api-key"]',
  'headers["x-goog-api-key"]',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers["x-goog-api-key"]',
];

/**
 * Where log lines go by default: stdout, written asynchronously in batches of up to 8 KiB, and at
 * least once a second. One `write(2)` per line cost about 40 µs per request on this project's
 * benchmark machine. The caller flushes synchronously on shutdown (`flushLogger`).
 */
function batchedStdout(): DestinationStream & { flushSync(): void } {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 8192 });
  setInterval(() => destination.flush(), 1000).unref();
  return destination;
}

/**
 * The JSON logger: one line per event, secret fields censored. Tests pass an in-memory
 * destination; by default lines go to stdout in batches.
 */
export function createLogger(level: string, destination?: DestinationStream): PinoLogger {
  return pino(
    {
      level,
      base: { service: 'llm-secure-gateway' },
      redact: { paths: redactedPaths, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination ?? batchedStdout(),
  );
}

/** Writes out synchronously what the logger still holds; for shutdown, before the process exits. */
export function flushLogger(logger: PinoLogger): void {
  const stream: unknown = (logger as unknown as Record<symbol, unknown>)[pino.symbols.streamSym];
  if (typeof stream === 'object' && stream !== null && 'flushSync' in stream) {
    const flushSync = (stream as { flushSync: () => void }).flushSync.bind(stream);
    try {
      flushSync();
    } catch {
      // Nothing was buffered, or the destination is not ready: nothing to lose.
    }
  }
}
