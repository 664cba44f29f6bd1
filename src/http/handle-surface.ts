import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  GatewayError,
  isGatewayError,
  type Handler,
  type Logger,
  type Outcome,
  type RequestContext,
  type SurfaceInput,
} from '../core/index.js';
import type { SurfaceCodec } from '../surfaces/index.js';
import { sendJson } from './send-json.js';

export interface SurfaceHandlerOptions {
  readonly pipeline: Handler;
  readonly now: () => number;
  readonly logger: Logger;
}

/** Aborts with `client_closed_request` when the connection closes before the answer is written. */
function clientSignal(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort(new GatewayError('client_closed_request'));
  });
  return controller.signal;
}

/**
 * The bridge between Fastify and the framework-free pipeline: builds the request context, runs
 * the stages, and encodes the outcome with the surface's codec. No request leaves without an
 * answer: anything unexpected becomes a logged `internal_error` with no internals in the body.
 */
export function createSurfaceHandler(
  codec: SurfaceCodec,
  options: SurfaceHandlerOptions,
  inputOf: (request: FastifyRequest) => SurfaceInput = () => ({}),
) {
  return async function handleSurface(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<FastifyReply> {
    const context: RequestContext = {
      requestId: request.id,
      surface: codec.id,
      clientIp: request.ip,
      headers: request.headers,
      body: Buffer.isBuffer(request.body) ? request.body : undefined,
      input: inputOf(request),
      decoder: codec.decoder,
      signal: clientSignal(reply),
      startedAt: options.now(),
      principal: undefined,
      request: undefined,
      attempts: [],
      guards: [],
      responseHeaders: {},
    };
    let outcome: Outcome;
    try {
      outcome = await options.pipeline(context);
    } catch (error) {
      options.logger.error(
        { request_id: context.requestId, err: error },
        'unexpected failure in the request pipeline',
      );
      outcome = {
        type: 'rejection',
        error: isGatewayError(error) ? error : new GatewayError('internal_error', { cause: error }),
      };
    }
    if (outcome.type === 'completion') {
      const body = codec.encodeCompletion(outcome.result, outcome.target, context, options.now());
      return sendJson(reply, 200, body, context.responseHeaders);
    }
    if (outcome.type === 'stream') {
      // Streaming surfaces encode streams themselves; a non-streaming codec never asks for one.
      const error = new GatewayError('internal_error', { detail: `${codec.id} cannot stream` });
      const encoded = codec.encodeError(error, context.requestId, context.attempts);
      return sendJson(reply, encoded.status, encoded.body, context.responseHeaders);
    }
    const encoded = codec.encodeError(outcome.error, context.requestId, context.attempts);
    return sendJson(reply, encoded.status, encoded.body, context.responseHeaders);
  };
}
