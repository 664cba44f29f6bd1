import type { Notification, PoolClient } from 'pg';
import { silentLogger, type Logger } from '../../core/index.js';
import { KeyEventListeners, parseKeyEvent } from '../key-event-listeners.js';
import type {
  KeyChange,
  KeyEventListener,
  RevocationChannel,
  Unsubscribe,
} from '../revocation-channel.js';
import { StoreError, toStoreError } from '../store-error.js';
import type { PostgresDatabase } from './postgres-database.js';

export interface PostgresRevocationChannelOptions {
  readonly database: PostgresDatabase;
  /** The NOTIFY channel (default `<schema>_key_events`). */
  readonly channel?: string;
  readonly logger?: Logger;
  /** Wait before listening again after the connection broke (default 1 s). */
  readonly reconnectDelayMs?: number;
}

const channelPattern = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Key changes over PostgreSQL LISTEN/NOTIFY, for replicas that share a database but no Redis.
 * Listening holds one pooled connection. When it breaks, the channel listens again after a delay
 * and tells subscribers to `resync`, since notifications sent meanwhile were lost.
 */
export class PostgresRevocationChannel implements RevocationChannel {
  private readonly database: PostgresDatabase;
  private readonly channel: string;
  private readonly logger: Logger;
  private readonly reconnectDelayMs: number;
  private readonly listeners: KeyEventListeners;
  private client: PoolClient | undefined;
  private connecting: Promise<void> | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private hasListened = false;
  private closed = false;

  constructor(options: PostgresRevocationChannelOptions) {
    this.database = options.database;
    this.channel = options.channel ?? `${options.database.schema}_key_events`;
    if (!channelPattern.test(this.channel)) {
      throw new StoreError(
        'store_misconfigured',
        'A NOTIFY channel name is lowercase letters, digits and _.',
      );
    }
    this.logger = options.logger ?? silentLogger;
    this.reconnectDelayMs = options.reconnectDelayMs ?? 1000;
    this.listeners = new KeyEventListeners(this.logger);
  }

  async publish(keyId: string, change: KeyChange): Promise<void> {
    await this.database.query('SELECT pg_notify($1, $2)', [
      this.channel,
      JSON.stringify({ keyId, change }),
    ]);
  }

  async subscribe(listener: KeyEventListener): Promise<Unsubscribe> {
    if (this.closed) throw new StoreError('store_closed', 'The revocation channel is closed.');
    const unsubscribe = this.listeners.add(listener);
    try {
      await this.listen();
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = undefined;
    if (client === undefined) return;
    await client.query(`UNLISTEN "${this.channel}"`).catch(() => undefined);
    client.release();
  }

  private listen(): Promise<void> {
    if (this.client !== undefined) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    let client: PoolClient;
    try {
      client = await this.database.pool.connect();
    } catch (error) {
      throw toStoreError(error, 'PostgreSQL LISTEN connect');
    }
    client.on('notification', (message: Notification) => this.deliver(message));
    client.on('error', (error: Error) => this.lost(client, error));
    try {
      await client.query(`LISTEN "${this.channel}"`);
    } catch (error) {
      client.release(true);
      throw toStoreError(error, 'PostgreSQL LISTEN');
    }
    if (this.closed) {
      client.release();
      return;
    }
    this.client = client;
    if (this.hasListened) this.listeners.emit({ type: 'resync' });
    this.hasListened = true;
  }

  private deliver(message: Notification): void {
    if (message.channel !== this.channel || message.payload === undefined) return;
    const event = parseKeyEvent(message.payload);
    if (event !== undefined) this.listeners.emit(event);
  }

  private lost(client: PoolClient, error: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.release(error);
    this.logger.warn({ err: error }, 'Lost the PostgreSQL LISTEN connection; listening again.');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.listeners.size === 0) return;
    this.reconnectTimer = setTimeout(() => {
      this.listen().catch((error: unknown) => {
        this.logger.warn({ err: error }, 'Could not listen on PostgreSQL again; retrying.');
        this.scheduleReconnect();
      });
    }, this.reconnectDelayMs);
    this.reconnectTimer.unref();
  }
}
