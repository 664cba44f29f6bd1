/**
 * The logging surface the pipeline, router and stages use (a subset of pino's). The composition
 * root passes a pino logger with secret redaction; tests pass an in-memory one.
 */
export interface Logger {
  error(object: Record<string, unknown>, message?: string): void;
  warn(object: Record<string, unknown>, message?: string): void;
  info(object: Record<string, unknown>, message?: string): void;
  debug(object: Record<string, unknown>, message?: string): void;
}

export const silentLogger: Logger = {
  error: () => undefined,
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
};
