import { GatewayError, reject, type Handler } from '../core/index.js';
import type { RouteTable, Router } from '../routing/index.js';

/** The terminal handler: resolve the requested model to a route and let the router answer. */
export function createRouteHandler(routes: RouteTable, router: Router, now: () => number): Handler {
  return async (context) => {
    const request = context.request;
    if (request === undefined) {
      return reject(new GatewayError('internal_error', { detail: 'no decoded request' }));
    }
    const route = routes.resolve(request.model);
    if (route === undefined) {
      return reject(new GatewayError('model_not_found', { detail: request.model }));
    }
    const startedAt = now();
    const outcome = await router.route(context, request, route);
    context.upstreamMs = now() - startedAt;
    return outcome;
  };
}
