import { createServer, type Server } from 'node:http';
import { Pool } from 'undici';

export interface Balancer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * A minimal HTTP load balancer for the scale-out tests and `npm run scale-out`: requests go round-robin to the backends;
 * a backend that refuses the connection answers 502, as nginx does for a POST it must not retry.
 */
export async function startRoundRobinBalancer(
  backends: readonly string[],
  port = 0,
): Promise<Balancer> {
  const pools = backends.map(
    (origin) => new Pool(origin, { connections: 256, keepAliveTimeout: 10_000 }),
  );
  let next = 0;
  const server: Server = createServer((request, response) => {
    const pool = pools[next % pools.length];
    next += 1;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (pool === undefined) return;
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string' && name !== 'host' && name !== 'connection')
          headers[name] = value;
      }
      pool
        .request({
          path: request.url ?? '/',
          method: request.method ?? 'GET',
          headers,
          body: chunks.length === 0 ? null : Buffer.concat(chunks),
        })
        .then(async (upstream) => {
          const forwarded: Record<string, string | string[]> = {};
          for (const [name, value] of Object.entries(upstream.headers)) {
            if (
              value !== undefined &&
              name !== 'connection' &&
              name !== 'transfer-encoding' &&
              name !== 'keep-alive'
            )
              forwarded[name] = value;
          }
          response.writeHead(upstream.statusCode, forwarded);
          for await (const chunk of upstream.body) response.write(chunk);
          response.end();
        })
        .catch(() => {
          if (!response.headersSent)
            response.writeHead(502, { 'content-type': 'application/json' });
          response.end();
        });
    });
  });
  // A deep accept queue, as a real balancer has: 2,000 clients connecting at once overflowed
  // Node's default of 511, and an overflowed queue can reset a connection (seen once in CI).
  // Idle client connections are kept longer than clients keep them (nginx keeps them 75 s), so
  // the balancer never closes one that a client is about to reuse.
  server.keepAliveTimeout = 75_000;
  await new Promise<void>((resolve) =>
    server.listen({ port, host: '127.0.0.1', backlog: 4096 }, () => resolve()),
  );
  const address = server.address();
  const bound = address !== null && typeof address === 'object' ? address.port : 0;
  return {
    url: `http://127.0.0.1:${bound}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all(pools.map((pool) => pool.close()));
    },
  };
}
