import type { Logger } from '../../../src/core/index.js';

export interface LogEntry {
  readonly level: 'error' | 'warn' | 'info' | 'debug';
  readonly object: Record<string, unknown>;
  readonly message: string | undefined;
}

/** A logger that keeps what it is told, for assertions. */
export function createMemoryLogger(): Logger & { readonly entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at =
    (level: LogEntry['level']) =>
    (object: Record<string, unknown>, message?: string): void => {
      entries.push({ level, object, message });
    };
  return { entries, error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}
