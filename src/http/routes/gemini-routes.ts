import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GatewayError, type SurfaceInput } from '../../core/index.js';
import {
  geminiCodec,
  GenerateContentRequestSchema,
  GoogleErrorSchema,
} from '../../surfaces/index.js';
import {
  createRequestContext,
  createSurfaceHandler,
  sendError,
  type SurfaceHandlerOptions,
} from '../handle-surface.js';

/** `models/{model}:generateContent` — the colon is literal, and a model may contain slashes. */
const action = /^(.+):(generateContent|streamGenerateContent)$/;

function inputOf(request: FastifyRequest): SurfaceInput {
  const params = request.params as { '*'?: string };
  const match = action.exec(decodeURIComponent(params['*'] ?? ''));
  return match?.[1] === undefined
    ? {}
    : { pathModel: match[1], stream: match[2] === 'streamGenerateContent' };
}

/**
 * Gemini `generateContent` and `streamGenerateContent?alt=sse`, for the official Gemini SDKs with
 * their base URL set to the gateway (they add `/v1beta`).
 */
export function registerGeminiRoutes(app: FastifyInstance, options: SurfaceHandlerOptions): void {
  const handle = createSurfaceHandler(geminiCodec, options, inputOf);
  app.post(
    '/v1beta/models/*',
    {
      schema: {
        summary:
          'Gemini generateContent / streamGenerateContent (path: models/{model}:generateContent)',
        tags: ['gemini'],
        security: [{ googApiKey: [] }],
        body: GenerateContentRequestSchema,
        response: {
          400: GoogleErrorSchema,
          401: GoogleErrorSchema,
          404: GoogleErrorSchema,
          429: GoogleErrorSchema,
        },
      },
    },
    async (request: FastifyRequest, reply: FastifyReply) => {
      if (inputOf(request).pathModel === undefined) {
        const context = createRequestContext(
          request,
          reply,
          geminiCodec,
          {},
          options.now(),
          options.requests,
        );
        return sendError(reply, geminiCodec, new GatewayError('not_found'), context);
      }
      return handle(request, reply);
    },
  );
}
