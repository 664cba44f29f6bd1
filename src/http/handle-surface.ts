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
import type { RequestRegistry } from './request-registry.js';
import { sendJson } from './send-json.js';
import { writeStream } from './write-stream.js';

export interface SurfaceHandlerOptions {
  readonly pipeline: Handler;
  readonly requests: RequestRegistry;
  readonly now: () => number;
  readonly logger: Logger;
}

/**
 * The request's signal: aborted with `client_closed_request` when the connection closes before the
 * answer is written, or by a shutdown that outlived its drain window. Registered until the answer
 * (a stream's last byte included) is out.
 */
function requestSignal(reply: FastifyReply, registry: RequestRegistry): AbortSignal {
  const controller = new AbortController();
  registry.add(controller);
  reply.raw.once('close', () => {
    registry.delete(controller);
    if (!reply.raw.writableFinished) controller.abort(new GatewayError('client_closed_request'));
  });
  return controller.signal;
}

/** The pipeline's view of one HTTP request. */
export function createRequestContext(
  request: FastifyRequest,
  reply: FastifyReply,
  codec: SurfaceCodec,
  input: SurfaceInput,
  startedAt: number,
  registry: RequestRegistry,
): RequestContext {
  return {
    requestId: request.id,
    surface: codec.id,
    clientIp: request.ip,
    headers: request.headers,
    body: Buffer.isBuffer(request.body) ? request.body : undefined,
    input,
    decoder: codec.decoder,
    signal: requestSignal(reply, registry),
    startedAt,
    principal: undefined,
    request: undefined,
    attempts: [],
    guards: [],
    upstreamMs: undefined,
    responseHeaders: {},
  };
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
    const context = createRequestContext(
      request,
      reply,
      codec,
      inputOf(request),
      options.now(),
      options.requests,
    );
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
    if (outcome.type !== 'rejection') describeRouting(context, outcome.target.provider);
    if (outcome.type === 'completion') {
      const body = codec.encodeCompletion(outcome.result, outcome.target, context, options.now());
      return sendJson(reply, 200, body, context.responseHeaders);
    }
    if (outcome.type === 'stream') {
      const request = context.request;
      if (codec.createStreamEncoder === undefined || request === undefined) {
        throw new Error(`surface ${codec.id} received a stream it cannot encode`);
      }
      const encoder = codec.createStreamEncoder(context, request, outcome.target);
      options.requests.openStreams += 1;
      try {
        await writeStream(reply, encoder, outcome.parts, context.responseHeaders);
      } finally {
        options.requests.openStreams -= 1;
      }
      return reply;
    }
    return sendError(reply, codec, outcome.error, context);
  };
}

/** Which provider answered and how many upstream attempts it took (skipped targets excluded). */
function describeRouting(context: RequestContext, provider: string): void {
  let attempts = 0;
  for (const attempt of context.attempts) if (attempt.status !== 'skipped') attempts += 1;
  context.responseHeaders['x-gateway-provider'] = provider;
  context.responseHeaders['x-gateway-attempts'] = String(attempts);
}

/** An error in the surface's envelope, with the request's rate-limit and guard headers. */
export function sendError(
  reply: FastifyReply,
  codec: SurfaceCodec,
  error: GatewayError,
  context: RequestContext,
): FastifyReply {
  const encoded = codec.encodeError(error, context.requestId, context.attempts);
  if (error.retryAfterMs !== undefined && context.responseHeaders['retry-after'] === undefined) {
    context.responseHeaders['retry-after'] = String(
      Math.max(1, Math.ceil(error.retryAfterMs / 1000)),
    );
  }
  const headers =
    encoded.headers === undefined
      ? context.responseHeaders
      : { ...context.responseHeaders, ...encoded.headers };
  return sendJson(reply, encoded.status, encoded.body, headers);
}
