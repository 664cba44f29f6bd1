import type { KeyEvent, KeyEventListener, Unsubscribe } from './revocation-channel.js';
import type { Logger } from '../core/index.js';

/** The listener set every channel keeps; a throwing listener is logged, not propagated. */
export class KeyEventListeners {
  private readonly listeners = new Set<KeyEventListener>();

  constructor(private readonly logger: Logger) {}

  get size(): number {
    return this.listeners.size;
  }

  add(listener: KeyEventListener): Unsubscribe {
    const entry: KeyEventListener = (event) => listener(event);
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  emit(event: KeyEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error({ err: error }, 'A key event listener threw.');
      }
    }
  }
}

/** Parses a broadcast message; undefined for anything that is not a key change. */
export function parseKeyEvent(text: string): KeyEvent | undefined {
  if (text.length > 1024) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const object = value as Record<string, unknown>;
  const change = object.change;
  if (typeof object.keyId !== 'string') return undefined;
  if (change !== 'revoked' && change !== 'rotated' && change !== 'updated') return undefined;
  return { type: 'key-changed', keyId: object.keyId, change };
}
