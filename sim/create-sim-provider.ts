import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Dialect } from './dialect.js';
import { FaultQueue } from './fault-queue.js';
import { handleRequest } from './handle-request.js';
import { Journal } from './journal.js';
import type { ProviderState } from './provider-state.js';
import { createRng } from './rng.js';
import type { JournalEntry, SimFault, SimProvider, SimulatorOptions } from './simulator-types.js';

export interface SimProviderOptions {
  readonly dialect: Dialect;
  readonly host: string;
  readonly port: number;
  readonly seed: number;
  readonly apiKey: string | undefined;
  readonly models: readonly string[] | undefined;
  readonly latency: SimulatorOptions['latency'];
  readonly journalLimit: number;
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** One dialect's listener: its own port, the provider's paths, and the `/__sim/` control API. */
class SimProviderServer implements SimProvider {
  readonly dialect: SimProvider['dialect'];
  readonly #options: SimProviderOptions;
  readonly #state: ProviderState;
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  #port: number;
  #listening = false;
  #stopping = false;

  constructor(options: SimProviderOptions) {
    this.#options = options;
    this.dialect = options.dialect.name;
    this.#port = options.port;
    this.#state = {
      dialect: options.dialect,
      seed: options.seed,
      apiKey: options.apiKey,
      models: options.models,
      latency: options.latency,
      journal: new Journal(options.journalLimit),
      faults: new FaultQueue(),
      faultRng: createRng(options.seed ^ 0x5bd1e995),
      idRng: createRng(options.seed),
      latencyRng: createRng(options.seed ^ 0x2545f491),
      isStopping: () => this.#stopping,
    };
    // Hangs and stalls are faults on purpose: no request timeout may cut them short.
    this.#server = createServer({
      requestTimeout: 0,
      headersTimeout: 60_000,
      keepAliveTimeout: 5_000,
    });
    this.#server.on('connection', (socket: Socket) => {
      socket.setNoDelay(true);
      this.#sockets.add(socket);
      socket.once('close', () => this.#sockets.delete(socket));
    });
    this.#server.on('clientError', (_error, socket) => socket.destroy());
    this.#server.on('request', (request, response) => {
      handleRequest(this.#state, request, response).catch(() => {
        if (!response.headersSent) {
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end('simulator internal error');
        } else {
          response.destroy();
        }
      });
    });
  }

  get port(): number {
    return this.#port;
  }

  get baseUrl(): string {
    return `http://${urlHost(this.#options.host)}:${this.#port}${this.#options.dialect.basePath}`;
  }

  get journal(): readonly JournalEntry[] {
    return this.#state.journal.entries;
  }

  get requestCount(): number {
    return this.#state.journal.count;
  }

  setFaults(faults: readonly SimFault[]): void {
    this.#state.faults.set(faults);
  }

  clearFaults(): void {
    this.#state.faults.clear();
  }

  clearJournal(): void {
    this.#state.journal.clear();
  }

  start(): Promise<void> {
    if (this.#listening) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onError = (error: Error): void => reject(error);
      this.#server.once('error', onError);
      this.#server.listen(this.#port, this.#options.host, () => {
        this.#server.off('error', onError);
        this.#port = (this.#server.address() as AddressInfo).port;
        this.#listening = true;
        resolve();
      });
    });
  }

  stop(): Promise<void> {
    if (!this.#listening) return Promise.resolve();
    this.#listening = false;
    this.#stopping = true;
    return new Promise((resolve) => {
      this.#server.close(() => {
        this.#stopping = false;
        resolve();
      });
      for (const socket of this.#sockets) socket.destroy();
      this.#sockets.clear();
    });
  }
}

/** A provider listener, not yet listening: call `start()`. */
export function createSimProvider(options: SimProviderOptions): SimProvider {
  return new SimProviderServer(options);
}
