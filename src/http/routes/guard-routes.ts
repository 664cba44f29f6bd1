import { Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { FastifyInstance } from 'fastify';
import { GatewayError } from '../../core/index.js';
import type { ScanResult } from '../../guards/index.js';
import type { Admission } from '../../stages/index.js';
import { openaiCodec } from '../../surfaces/index.js';
import { createRequestContext, sendError } from '../handle-surface.js';
import { parseBody } from '../parse-body.js';
import type { RequestRegistry } from '../request-registry.js';
import { sendJson } from '../send-json.js';

const maxText = 100_000;
const ScanRequestSchema = Type.Union(
  [
    Type.Object({ text: Type.String({ maxLength: maxText }) }, { additionalProperties: false }),
    Type.Object(
      {
        texts: Type.Array(Type.String({ maxLength: maxText }), { minItems: 1, maxItems: 100 }),
      },
      { additionalProperties: false },
    ),
  ],
  { $id: 'GuardScanRequest' },
);
const check = TypeCompiler.Compile(ScanRequestSchema);

const ScanResultSchema = Type.Object(
  {
    flagged: Type.Boolean({ description: 'The injection score reached the threshold.' }),
    score: Type.Number({ minimum: 0, maximum: 1 }),
    categories: Type.Array(Type.String()),
    spans: Type.Array(
      Type.Object({ category: Type.String(), start: Type.Integer(), end: Type.Integer() }),
    ),
    pii: Type.Array(
      Type.Object({ type: Type.String(), start: Type.Integer(), end: Type.Integer() }),
    ),
  },
  { $id: 'GuardScanResult' },
);

export interface GuardRouteOptions {
  readonly admission: Admission;
  readonly scan: (text: string) => ScanResult;
  readonly maxJsonDepth: number;
  readonly now: () => number;
  readonly requests: RequestRegistry;
}

/**
 * `POST /v1/guard/scan`: the input guards over texts without calling a model (the seed's batch
 * security check), for pipelines that vet content before sending it. Authenticated and
 * rate-limited like every client route; nothing is stored.
 */
export function registerGuardRoutes(app: FastifyInstance, options: GuardRouteOptions): void {
  app.post(
    '/v1/guard/scan',
    {
      schema: {
        summary: 'Scan texts for prompt injection, PII and credentials (no model is called)',
        description:
          'Body `{"text": "…"}` answers one result; `{"texts": […]}` (up to 100) answers `{"results": […]}`.',
        tags: ['guard'],
        body: ScanRequestSchema,
        response: {
          200: Type.Union([
            ScanResultSchema,
            Type.Object({ results: Type.Array(ScanResultSchema) }),
          ]),
        },
      },
    },
    async (request, reply) => {
      const context = createRequestContext(
        request,
        reply,
        openaiCodec,
        {},
        options.now(),
        options.requests,
      );
      const rejection = await options.admission(context);
      if (rejection !== undefined) {
        if (rejection.type === 'rejection')
          return sendError(reply, openaiCodec, rejection.error, context);
        return reply;
      }
      const body = parseBody(request, check, options.maxJsonDepth);
      if (body instanceof GatewayError) return sendError(reply, openaiCodec, body, context);
      const payload =
        'text' in body ? options.scan(body.text) : { results: body.texts.map(options.scan) };
      return sendJson(reply, 200, payload, context.responseHeaders);
    },
  );
}
