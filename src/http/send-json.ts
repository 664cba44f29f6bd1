import type { FastifyReply } from 'fastify';

/** Headers every API response carries: its request id, no MIME sniffing, never cached. */
export function sendJson(
  reply: FastifyReply,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>>,
): FastifyReply {
  return reply
    .code(status)
    .headers(headers)
    .header('x-request-id', reply.request.id)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(body));
}
