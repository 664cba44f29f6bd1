import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loadDashboardAssets, type DashboardAssets } from '../../dashboard/index.js';

/**
 * Headers on every dashboard file. Scripts, styles, images and API calls come from the gateway
 * only: no inline script or style, no eval, no framing, no referrer.
 */
export const dashboardHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  // Revalidated on every load (a 304 when unchanged), so a new gateway version is picked up at once.
  'cache-control': 'no-cache',
  vary: 'accept-encoding',
};

function acceptsGzip(request: FastifyRequest): boolean {
  const accepted = request.headers['accept-encoding'];
  return typeof accepted === 'string' && /\bgzip\b/i.test(accepted);
}

function sendAsset(
  assets: DashboardAssets,
  path: string,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const asset = assets.get(path);
  if (asset === undefined) {
    if (assets.size > 0) {
      reply.callNotFound();
      return reply;
    }
    return reply
      .code(503)
      .headers(dashboardHeaders)
      .type('text/plain; charset=utf-8')
      .send('The dashboard is not built: run `npm run build`.');
  }
  reply.code(200).headers(dashboardHeaders).header('etag', asset.etag).type(asset.contentType);
  const validators = request.headers['if-none-match'];
  if (typeof validators === 'string' && validators.split(/\s*,\s*/).includes(asset.etag))
    return reply.code(304).send();
  if (asset.gzip !== undefined && acceptsGzip(request))
    return reply.header('content-encoding', 'gzip').send(asset.gzip);
  return reply.send(asset.body);
}

/**
 * The admin dashboard at `/dashboard`: static files read once at start and answered from memory,
 * only when an admin key is configured (404 otherwise, like `/admin`). The page holds no secret:
 * the admin signs in in the browser, and the page calls `/admin/*` with that key.
 */
export async function registerDashboardRoutes(
  app: FastifyInstance,
  enabled: boolean,
  assets?: DashboardAssets,
): Promise<void> {
  if (!enabled) return;
  const files = assets ?? (await loadDashboardAssets());
  if (files.size === 0) app.log.warn('dashboard assets are missing: run `npm run build`');
  app.get('/dashboard', { schema: { hide: true } }, (request, reply) =>
    sendAsset(files, 'index.html', request, reply),
  );
  app.get('/dashboard/*', { schema: { hide: true } }, (request, reply) => {
    const path = (request.params as { '*'?: string })['*'] ?? '';
    return sendAsset(files, path === '' ? 'index.html' : path, request, reply);
  });
}
