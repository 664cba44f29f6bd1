import type { Redis } from 'ioredis';
import { silentLogger, type Logger } from '../../core/index.js';
import { KeyEventListeners, parseKeyEvent } from '../key-event-listeners.js';
import type {
  KeyChange,
  KeyEventListener,
  RevocationChannel,
  Unsubscribe,
} from '../revocation-channel.js';
import { StoreError, toStoreError } from '../store-error.js';

export interface RedisRevocationChannelOptions {
  /** Publishes on this client; subscribes on a duplicate of it (a subscribed connection is mute). */
  readonly client: Redis;
  /** The pub/sub channel (default `<prefix>key-events`). */
  readonly channel: string;
  readonly logger?: Logger;
}

/**
 * Key changes over Redis pub/sub. ioredis subscribes again after a reconnect; subscribers then
 * get `resync`, since messages published meanwhile were lost.
 */
export class RedisRevocationChannel implements RevocationChannel {
  private readonly client: Redis;
  private readonly channel: string;
  private readonly logger: Logger;
  private readonly listeners: KeyEventListeners;
  private subscriber: Redis | undefined;
  private subscribing: Promise<void> | undefined;
  private closed = false;

  constructor(options: RedisRevocationChannelOptions) {
    this.client = options.client;
    this.channel = options.channel;
    this.logger = options.logger ?? silentLogger;
    this.listeners = new KeyEventListeners(this.logger);
  }

  async publish(keyId: string, change: KeyChange): Promise<void> {
    try {
      await this.client.publish(this.channel, JSON.stringify({ keyId, change }));
    } catch (error) {
      throw toStoreError(error, 'Redis publish');
    }
  }

  async subscribe(listener: KeyEventListener): Promise<Unsubscribe> {
    if (this.closed) throw new StoreError('store_closed', 'The revocation channel is closed.');
    const unsubscribe = this.listeners.add(listener);
    try {
      this.subscribing ??= this.start();
      await this.subscribing;
    } catch (error) {
      this.subscribing = undefined;
      unsubscribe();
      throw toStoreError(error, 'Redis subscribe');
    }
    return unsubscribe;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.subscribing?.catch(() => undefined);
    const subscriber = this.subscriber;
    this.subscriber = undefined;
    if (subscriber !== undefined) await subscriber.quit().catch(() => subscriber.disconnect());
  }

  private async start(): Promise<void> {
    const subscriber = this.client.duplicate({ enableOfflineQueue: true, lazyConnect: true });
    let ready = false;
    subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      const event = parseKeyEvent(message);
      if (event !== undefined) this.listeners.emit(event);
    });
    subscriber.on('ready', () => {
      if (ready) this.listeners.emit({ type: 'resync' });
      ready = true;
    });
    subscriber.on('error', (error: Error) => {
      this.logger.warn({ err: error }, 'Redis subscriber error.');
    });
    this.subscriber = subscriber;
    await subscriber.connect();
    await subscriber.subscribe(this.channel);
  }
}
