import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModelName } from '../../routing/index.js';
import type { Admission } from '../../stages/index.js';
import {
  anthropicCodec,
  geminiCodec,
  openaiCodec,
  type SurfaceCodec,
} from '../../surfaces/index.js';
import { createRequestContext, sendError } from '../handle-surface.js';
import type { RequestRegistry } from '../request-registry.js';
import { sendJson } from '../send-json.js';

export interface ModelsRouteOptions {
  readonly admission: Admission;
  readonly models: readonly ModelName[];
  readonly now: () => number;
  readonly requests: RequestRegistry;
}

function owner(model: ModelName): string {
  return model.kind === 'route' ? 'llm-secure-gateway' : (model.provider ?? 'llm-secure-gateway');
}

/**
 * What the caller may use as `model`: route aliases, `provider/model` and bare model ids, in each
 * SDK's list format. Authenticated and rate-limited like every client route.
 */
export function registerModelsRoutes(app: FastifyInstance, options: ModelsRouteOptions): void {
  async function admitted(
    request: FastifyRequest,
    reply: FastifyReply,
    codec: SurfaceCodec,
  ): Promise<boolean> {
    const context = createRequestContext(
      request,
      reply,
      codec,
      {},
      options.now(),
      options.requests,
    );
    const rejection = await options.admission(context);
    if (rejection === undefined) {
      reply.headers(context.responseHeaders);
      return true;
    }
    if (rejection.type === 'rejection') sendError(reply, codec, rejection.error, context);
    return false;
  }

  app.get(
    '/v1/models',
    {
      schema: {
        summary:
          'Models the caller may use (OpenAI or, with `anthropic-version`, Anthropic format)',
        tags: ['openai', 'anthropic'],
      },
    },
    async (request, reply) => {
      const anthropic = request.headers['anthropic-version'] !== undefined;
      if (!(await admitted(request, reply, anthropic ? anthropicCodec : openaiCodec))) return reply;
      if (anthropic) {
        const data = options.models.map((model) => ({
          type: 'model',
          id: model.name,
          display_name: model.name,
          created_at: '1970-01-01T00:00:00Z',
        }));
        return sendJson(
          reply,
          200,
          {
            data,
            has_more: false,
            first_id: data[0]?.id ?? null,
            last_id: data.at(-1)?.id ?? null,
          },
          {},
        );
      }
      return sendJson(
        reply,
        200,
        {
          object: 'list',
          data: options.models.map((model) => ({
            id: model.name,
            object: 'model',
            created: 0,
            owned_by: owner(model),
          })),
        },
        {},
      );
    },
  );

  app.get(
    '/v1beta/models',
    { schema: { summary: 'Models the caller may use (Gemini format)', tags: ['gemini'] } },
    async (request, reply) => {
      if (!(await admitted(request, reply, geminiCodec))) return reply;
      return sendJson(
        reply,
        200,
        {
          models: options.models.map((model) => ({
            name: `models/${model.name}`,
            displayName: model.name,
            supportedGenerationMethods: ['generateContent', 'streamGenerateContent'],
          })),
        },
        {},
      );
    },
  );
}
