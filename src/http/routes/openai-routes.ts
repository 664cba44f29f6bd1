import type { FastifyInstance } from 'fastify';
import {
  openaiCodec,
  ChatCompletionRequestSchema,
  ChatCompletionSchema,
  OpenAIErrorSchema,
} from '../../surfaces/index.js';
import { createSurfaceHandler, type SurfaceHandlerOptions } from '../handle-surface.js';

const errors = {
  400: OpenAIErrorSchema,
  401: OpenAIErrorSchema,
  404: OpenAIErrorSchema,
  429: OpenAIErrorSchema,
  502: OpenAIErrorSchema,
};

/** OpenAI Chat Completions, for the official OpenAI SDKs with their base URL set to `<gateway>/v1`. */
export function registerOpenAIRoutes(app: FastifyInstance, options: SurfaceHandlerOptions): void {
  app.post(
    '/v1/chat/completions',
    {
      schema: {
        summary: 'OpenAI Chat Completions (streaming with `stream: true`)',
        tags: ['openai'],
        security: [{ bearer: [] }],
        body: ChatCompletionRequestSchema,
        response: { 200: ChatCompletionSchema, ...errors },
      },
    },
    createSurfaceHandler(openaiCodec, options),
  );
}
