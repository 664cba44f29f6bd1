import { TypeCompiler } from '@sinclair/typebox/compiler';
import type {
  AttemptRecord,
  ChatResult,
  DecodeResult,
  GatewayError,
  RequestContext,
  RequestDecoder,
  ServedTarget,
} from '../../core/index.js';
import { estimateCostUsd } from '../../core/index.js';
import { describeSchemaErrors } from '../../schema/describe-schema-errors.js';
import type { EncodedError, SurfaceCodec } from '../surface-codec.js';
import { QueryRequestSchema, type QueryRequest } from './query-schemas.js';

const check = TypeCompiler.Compile(QueryRequestSchema);

export const queryDecoder: RequestDecoder = {
  decode(body: unknown): DecodeResult {
    if (!check.Check(body))
      return { ok: false, issues: describeSchemaErrors(check, body, ['body']) };
    const query: QueryRequest = body;
    return {
      ok: true,
      request: {
        model: 'default',
        messages: [{ role: 'user', content: [{ type: 'text', text: query.prompt }] }],
        maxTokens: query.max_tokens ?? 256,
        temperature: query.temperature ?? 0.7,
        stream: false,
      },
    };
  },
};

function cascadePath(attempts: readonly AttemptRecord[]): unknown[] {
  return attempts.map((attempt) => ({
    provider: attempt.provider,
    model: attempt.model,
    status: attempt.status,
    reason: attempt.reason,
    latency_ms: attempt.latencyMs,
  }));
}

function elapsed(context: RequestContext, now: number): number {
  return Math.round((now - context.startedAt) * 100) / 100;
}

/** Codes whose 4xx rejections the seed reported as FastAPI validation errors (422, `detail` list). */
const validationCodes = new Set([
  'validation_failed',
  'invalid_json',
  'json_too_deep',
  'prompt_injection_detected',
  'pii_detected',
]);

/** The seed's `/query` surface: FastAPI-shaped errors, the seed's response with the cascade path. */
export const queryCodec: SurfaceCodec = {
  id: 'query',
  decoder: queryDecoder,

  encodeCompletion(
    result: ChatResult,
    target: ServedTarget,
    context: RequestContext,
    now: number,
  ): unknown {
    return {
      response: result.text,
      provider: target.provider,
      model: result.model,
      latency_ms: elapsed(context, now),
      status: 'success',
      error: null,
      cascade_path: cascadePath(context.attempts),
      usage: {
        prompt_tokens: result.usage.promptTokens,
        completion_tokens: result.usage.completionTokens,
        total_tokens: result.usage.totalTokens,
      },
      cost_estimate_usd: estimateCostUsd(result.usage, target.pricing),
      request_id: context.requestId,
    };
  },

  encodeError(
    error: GatewayError,
    requestId: string,
    attempts: readonly AttemptRecord[],
  ): EncodedError {
    if (validationCodes.has(error.code)) {
      const issues = error.issues ?? [
        {
          location:
            error.code === 'prompt_injection_detected' || error.code === 'pii_detected'
              ? ['body', 'prompt']
              : ['body'],
          message: error.message,
          type:
            error.code === 'prompt_injection_detected' || error.code === 'pii_detected'
              ? 'value_error'
              : 'json_invalid',
        },
      ];
      return {
        status: 422,
        body: {
          detail: issues.map((issue) => ({
            loc: issue.location,
            msg: issue.message,
            type: issue.type,
          })),
          code: error.code,
          request_id: requestId,
        },
      };
    }
    return {
      status: error.status,
      body: {
        detail: error.message,
        code: error.code,
        request_id: requestId,
        ...(attempts.length > 0 ? { cascade_path: cascadePath(attempts) } : {}),
      },
    };
  },
};
