import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { GatewayConfig } from '../../config/index.js';
import type { LaneSnapshot } from '../../routing/index.js';
import type { GatewayState } from '../gateway-state.js';
import { sendJson } from '../send-json.js';

const demoMessage =
  'Demo mode: answers come from the built-in provider simulator, not a real model. ' +
  'Set GEMINI_API_KEY, GROQ_API_KEY or OPENROUTER_API_KEY (or OPENAI_API_KEY, ANTHROPIC_API_KEY) to use real providers.';

/** `/health` (liveness and mode), `/ready` (readiness; 503 while draining), `/providers`. */
export function registerHealthRoutes(
  app: FastifyInstance,
  config: GatewayConfig,
  state: GatewayState,
  lanes: () => readonly LaneSnapshot[],
): void {
  const providers = config.providers.map((provider) => provider.id);
  const catalogue = config.providers.map((provider) => ({
    id: provider.id,
    dialect: provider.dialect,
    simulated: config.demo,
    models: provider.models.map((model) => ({
      id: model.id,
      input_per_million_usd: model.pricing.inputPerMillionUsd,
      output_per_million_usd: model.pricing.outputPerMillionUsd,
    })),
  }));
  const routes = Object.fromEntries(
    Object.entries(config.routes).map(([name, route]) => [
      name,
      {
        strategy: route.strategy,
        targets: route.targets.map((target) => `${target.provider}/${target.model}`),
      },
    ]),
  );

  app.get(
    '/health',
    {
      schema: {
        summary: 'Liveness, mode (demo or live) and configured providers',
        tags: ['health'],
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            mode: Type.Union([Type.Literal('demo'), Type.Literal('live')]),
            demo: Type.Boolean(),
            message: Type.Optional(Type.String()),
            providers: Type.Array(Type.String()),
            version: Type.String(),
          }),
        },
      },
    },
    (_request, reply) =>
      sendJson(
        reply,
        200,
        {
          status: 'ok',
          mode: state.demo ? 'demo' : 'live',
          demo: state.demo,
          ...(state.demo ? { message: demoMessage } : {}),
          providers,
          version: state.version,
        },
        {},
      ),
  );

  app.get(
    '/ready',
    {
      schema: {
        summary:
          'Readiness: 200 while accepting traffic, 503 while draining or without providers; circuit breaker state per lane',
        tags: ['health'],
        response: {
          200: Type.Object({
            ready: Type.Boolean(),
            lanes: Type.Array(Type.Record(Type.String(), Type.Unknown())),
          }),
          503: Type.Object({ ready: Type.Boolean(), reason: Type.String() }),
        },
      },
    },
    (_request, reply) => {
      if (!state.ready) return sendJson(reply, 503, { ready: false, reason: 'shutting_down' }, {});
      if (providers.length === 0)
        return sendJson(reply, 503, { ready: false, reason: 'no_providers' }, {});
      // Ejected providers do not make this replica unready: every replica shares the outage, and
      // the gateway's own 503 with Retry-After is a better answer than a load balancer's.
      return sendJson(reply, 200, { ready: true, lanes: lanes() }, {});
    },
  );

  app.get(
    '/providers',
    {
      schema: {
        summary: 'Configured providers, their models and prices per million tokens, and routes',
        tags: ['health'],
      },
    },
    (_request, reply) => sendJson(reply, 200, { providers: catalogue, routes }, {}),
  );
}
