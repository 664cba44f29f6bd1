import type { FastifyInstance } from 'fastify';
import {
  anthropicCodec,
  AnthropicErrorSchema,
  MessagesRequestSchema,
} from '../../surfaces/index.js';
import { createSurfaceHandler, type SurfaceHandlerOptions } from '../handle-surface.js';

/** Anthropic Messages, for the official Anthropic SDKs with their base URL set to the gateway. */
export function registerAnthropicRoutes(
  app: FastifyInstance,
  options: SurfaceHandlerOptions,
): void {
  app.post(
    '/v1/messages',
    {
      schema: {
        summary: 'Anthropic Messages (streaming with `stream: true`)',
        tags: ['anthropic'],
        security: [{ apiKey: [] }, { bearer: [] }],
        body: MessagesRequestSchema,
        response: {
          400: AnthropicErrorSchema,
          401: AnthropicErrorSchema,
          429: AnthropicErrorSchema,
        },
      },
    },
    createSurfaceHandler(anthropicCodec, options),
  );
}
