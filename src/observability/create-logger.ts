import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';

/** Paths pino censors in every log line, whatever logged them. */
export const redactedPaths = [
  'authorization',
  'apiKey',
  'api_key',
  'credential_value',
  'key',
  '*.authorization',
  '*.apiKey',
  '*.api_key',
  '*.key',
  'headers.authorization',
  'headers["x-api-key"]',
  'headers["x-goog-api-key"]',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers["x-goog-api-key"]',
];

/**
 * The JSON logger: one line per event, secret fields censored. Writes asynchronously unless a
 * destination is given (tests pass an in-memory stream).
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
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
