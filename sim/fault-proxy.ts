import { createServer, connect, type Server, type Socket } from 'node:net';

/** What the proxy does with new connections. */
export type ProxyMode = 'pass' | 'reset' | 'blackhole' | 'refuse';

export interface FaultProxyOptions {
  readonly host?: string;
  readonly port?: number;
}

/**
 * A small TCP fault proxy for drills: in front of one upstream, it passes bytes through (with
 * optional added latency), resets connections, blackholes them (accepts, reads, never answers), or
 * refuses them (stops listening). The mode switches at run time; every accepted connection is
 * timestamped so drills can count probes.
 */
export class FaultProxy {
  mode: ProxyMode = 'pass';
  /** Delay added before bytes are forwarded in each direction, in ms. */
  latencyMs = 0;
  /** When each connection was accepted (Date.now()), while not refusing. */
  readonly connections: number[] = [];
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private boundPort = 0;

  constructor(
    private readonly upstreamHost: string,
    private readonly upstreamPort: number,
    private readonly options: FaultProxyOptions = {},
  ) {}

  get port(): number {
    return this.boundPort;
  }

  get host(): string {
    return this.options.host ?? '127.0.0.1';
  }

  async start(): Promise<void> {
    this.server = createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(this.boundPort || (this.options.port ?? 0), this.host, () => resolve());
    });
    const address = this.server.address();
    if (address !== null && typeof address === 'object') this.boundPort = address.port;
  }

  /** Switches mode; `refuse` closes the listener, leaving it restores it on the same port. */
  async setMode(mode: ProxyMode): Promise<void> {
    if (mode === this.mode) return;
    const previous = this.mode;
    this.mode = mode;
    if (mode === 'refuse') await this.stopListening();
    else if (previous === 'refuse') await this.start();
    if (mode !== 'pass') for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await this.stopListening();
  }

  private async stopListening(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server !== undefined) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
  }

  private accept(client: Socket): void {
    this.connections.push(Date.now());
    this.track(client);
    if (this.mode === 'reset') {
      client.resetAndDestroy();
      return;
    }
    if (this.mode === 'blackhole') {
      client.resume();
      return;
    }
    const upstream = connect(this.upstreamPort, this.upstreamHost);
    this.track(upstream);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    const forward = (from: Socket, to: Socket): void => {
      from.on('data', (chunk: Buffer) => {
        if (this.latencyMs <= 0) to.write(chunk);
        else setTimeout(() => to.write(chunk), this.latencyMs);
      });
      from.on('end', () => to.end());
      from.on('close', () => to.destroy());
    };
    forward(client, upstream);
    forward(upstream, client);
  }
}
