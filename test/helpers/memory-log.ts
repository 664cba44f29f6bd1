import type { Logger as PinoLogger } from 'pino';
import { createLogger } from '../../src/observability/create-logger.js';

/** A real pino logger (with the gateway's redaction) that keeps its JSON lines in memory. */
export interface MemoryLog {
  readonly logger: PinoLogger;
  readonly lines: string[];
  entries(): Record<string, unknown>[];
}

export function createMemoryLog(level = 'info'): MemoryLog {
  const lines: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(line) });
  return {
    logger,
    lines,
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
