import type { FastifyInstance } from 'fastify';
import {
  queryCodec,
  QueryErrorSchema,
  QueryRequestSchema,
  QueryResponseSchema,
} from '../../surfaces/index.js';
import { createSurfaceHandler, type SurfaceHandlerOptions } from '../handle-surface.js';

const security = [{ apiKey: [] }, { bearer: [] }];

/** `POST /query`: the seed's contract, behind the same four layers as every surface. */
export function registerQueryRoute(
  app: FastifyInstance,
  options: SurfaceHandlerOptions,
  bodyLimit: number,
): void {
  app.post(
    '/query',
    {
      bodyLimit,
      schema: {
        summary: 'Send a prompt through the security layers to the first available provider',
        tags: ['query'],
        security,
        body: QueryRequestSchema,
        response: {
          200: QueryResponseSchema,
          401: QueryErrorSchema,
          413: QueryErrorSchema,
          415: QueryErrorSchema,
          422: QueryErrorSchema,
          429: QueryErrorSchema,
          502: QueryErrorSchema,
          503: QueryErrorSchema,
        },
      },
    },
    createSurfaceHandler(queryCodec, options),
  );
}
