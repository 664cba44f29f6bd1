import { createServer } from 'node:http';
import { Pool } from 'undici';

/**
 * The floor: a bare `node:http` server that forwards each request to one upstream through an
 * undici keep-alive pool, without parsing anything. Run as its own process by the benchmark.
 */
const [upstream, portText] = process.argv.slice(2);
if (upstream === undefined) throw new Error('usage: passthrough-proxy <upstream origin> [port]');
const pool = new Pool(upstream, { connections: 128, keepAliveTimeout: 30_000 });

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    pool
      .request({
        path: request.url ?? '/',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: request.headers.authorization ?? '',
        },
        body: Buffer.concat(chunks),
      })
      .then(async (upstreamResponse) => {
        const body = Buffer.from(await upstreamResponse.body.arrayBuffer());
        response.writeHead(upstreamResponse.statusCode, { 'content-type': 'application/json' });
        response.end(body);
      })
      .catch(() => {
        response.writeHead(502);
        response.end();
      });
  });
});
server.keepAliveTimeout = 72_000;
server.listen(Number(portText ?? 0), '127.0.0.1', () => {
  const address = server.address();
  if (address !== null && typeof address === 'object')
    process.stdout.write(`listening ${address.port}\n`);
});
