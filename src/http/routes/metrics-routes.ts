import type { FastifyInstance } from 'fastify';
import type { GatewayMetrics } from '../../observability/gateway-metrics.js';
import { createAdminCheck } from '../admin/admin-auth.js';

/**
 * `GET /metrics`: the Prometheus text exposition. With `METRICS_TOKEN` set it requires
 * `Authorization: Bearer <token>` (compared in constant time); 401 otherwise, with no body detail.
 */
export function registerMetricsRoutes(
  app: FastifyInstance,
  metrics: GatewayMetrics,
  token: string | undefined,
): void {
  const check = token === undefined ? undefined : createAdminCheck(token);
  app.get(
    '/metrics',
    {
      schema: {
        summary: 'Prometheus metrics',
        description:
          'Requests, latency (total, gateway overhead, time to first token), upstream attempts and failovers, breaker states, guard decisions, limit rejections, tokens and cost, in-flight requests and open streams, event-loop delay. Bearer `METRICS_TOKEN` when configured.',
        tags: ['health'],
      },
    },
    async (request, reply) => {
      if (check !== undefined && check(request.headers) !== 'ok') {
        return reply
          .code(401)
          .header('www-authenticate', 'Bearer')
          .send({
            error: { code: 'invalid_metrics_token', message: 'A valid metrics token is required.' },
          });
      }
      const { contentType, body } = await metrics.render();
      return reply
        .header('content-type', contentType)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
}
