import { silentLogger, type Logger } from '../../core/index.js';
import { KeyEventListeners } from '../key-event-listeners.js';
import type {
  KeyChange,
  KeyEventListener,
  RevocationChannel,
  Unsubscribe,
} from '../revocation-channel.js';

/** In-process delivery, asynchronous (on a microtask) like the networked channels. */
export class MemoryRevocationChannel implements RevocationChannel {
  private readonly listeners: KeyEventListeners;

  constructor(options: { readonly logger?: Logger } = {}) {
    this.listeners = new KeyEventListeners(options.logger ?? silentLogger);
  }

  publish(keyId: string, change: KeyChange): Promise<void> {
    queueMicrotask(() => this.listeners.emit({ type: 'key-changed', keyId, change }));
    return Promise.resolve();
  }

  subscribe(listener: KeyEventListener): Promise<Unsubscribe> {
    return Promise.resolve(this.listeners.add(listener));
  }
}
