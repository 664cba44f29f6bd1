import type { DialectErrors, RequestContext, SimResponse } from '../dialect.js';
import { isRecord } from '../is-record.js';
import { jsonResponse } from '../json-response.js';
import { encodeSseData } from '../sse.js';
import { createOpenAiCompatibleDialect } from './openai-compatible/create-openai-compatible-dialect.js';
import type {
  OpenAiErrorFields,
  OpenAiFlavor,
  OpenAiUsageCounts,
} from './openai-compatible/openai-flavor.js';

/** Groq's envelope: message and type, `code` when it has one, `param` usually absent. */
function error(
  status: number,
  fields: OpenAiErrorFields & { readonly type: string },
  headers?: Readonly<Record<string, string>>,
): SimResponse {
  const body: Record<string, unknown> = { message: fields.message, type: fields.type };
  if (fields.code !== undefined && fields.code !== null) body.code = fields.code;
  return jsonResponse(status, { error: body }, headers);
}

function invalid(fields: OpenAiErrorFields): SimResponse {
  return error(400, { type: 'invalid_request_error', ...fields });
}

const unsupportedFields = ['logprobs', 'logit_bias', 'top_logprobs'] as const;

function validate(
  _context: RequestContext,
  body: Readonly<Record<string, unknown>>,
): SimResponse | undefined {
  for (const field of unsupportedFields) {
    if (body[field] !== undefined) {
      return invalid({
        message: `'${field}' : property '${field}' is unsupported`,
        code: 'invalid_request_error',
      });
    }
  }
  if (body.n !== undefined && body.n !== null && body.n !== 1) {
    return invalid({ message: "'n' : number must be at most 1", code: 'invalid_request_error' });
  }
  const messages = Array.isArray(body.messages) ? body.messages : [];
  for (const [index, message] of messages.entries()) {
    if (isRecord(message) && message.name !== undefined) {
      const role = typeof message.role === 'string' ? message.role : 'user';
      return invalid({
        message: `'messages.${index}' : for 'role:${role}' the following must be satisfied[('messages.${index}.name' : property 'name' is unsupported)]`,
        code: 'invalid_request_error',
      });
    }
  }
  return undefined;
}

const errors: DialectErrors = {
  invalidJson: () => invalid({ message: 'We could not parse the JSON body of your request.' }),
  unknownPath: () =>
    error(404, {
      type: 'invalid_request_error',
      message: 'Unknown request URL. Please check the URL for typos.',
      code: 'unknown_url',
    }),
  methodNotAllowed: (_context, method, allow) =>
    error(
      405,
      { type: 'invalid_request_error', message: `Method ${method} not allowed.` },
      { allow },
    ),
  payloadTooLarge: () =>
    error(413, {
      type: 'invalid_request_error',
      message: 'Request Entity Too Large',
      code: 'request_too_large',
    }),
  authMissing: () =>
    error(401, {
      type: 'invalid_request_error',
      message: 'Invalid API Key',
      code: 'invalid_api_key',
    }),
  authInvalid: () =>
    error(401, {
      type: 'invalid_request_error',
      message: 'Invalid API Key',
      code: 'invalid_api_key',
    }),
  modelNotFound: (_context, model) =>
    error(404, {
      type: 'invalid_request_error',
      message: `The model \`${model}\` does not exist or you do not have access to it.`,
      code: 'model_not_found',
    }),
  contextTooLong: (_context, tokens, limit) =>
    invalid({
      message: `Please reduce the length of the messages or completion. The context window is ${limit} tokens; your request has ${tokens}.`,
      param: 'messages',
      code: 'context_length_exceeded',
    }),
  serverError: (_context, status) =>
    error(status, {
      type: status === 503 ? 'service_unavailable' : 'internal_server_error',
      message: status === 503 ? 'Service Unavailable' : 'Internal Server Error',
    }),
  rateLimited: (_context, retryAfterSeconds) =>
    error(
      429,
      {
        type: 'tokens',
        code: 'rate_limit_exceeded',
        message: `Rate limit reached in organization \`org_sim\` service tier \`on_demand\` on tokens per minute (TPM): Limit 6000, Used 5990, Requested 120. Please try again in ${retryAfterSeconds}s.`,
      },
      {
        'retry-after': String(retryAfterSeconds),
        'x-ratelimit-remaining-tokens': '0',
        'x-ratelimit-reset-tokens': `${retryAfterSeconds}s`,
      },
    ),
  // Groq has no credit balance; its non-retryable limit is a request larger than the TPM cap.
  quotaExceeded: () =>
    error(413, {
      type: 'tokens',
      code: 'rate_limit_exceeded',
      message:
        'Request too large in organization `org_sim` service tier `on_demand` on tokens per minute (TPM): Limit 6000, Requested 9000, please reduce your message size and try again.',
    }),
};

function usage({ promptTokens, completionTokens }: OpenAiUsageCounts): Record<string, unknown> {
  const promptTime = Math.round(promptTokens * 2) / 1e6;
  const completionTime = Math.round(completionTokens * 2000) / 1e6;
  return {
    queue_time: 0.001,
    prompt_tokens: promptTokens,
    prompt_time: promptTime,
    completion_tokens: completionTokens,
    completion_time: completionTime,
    total_tokens: promptTokens + completionTokens,
    total_time: Math.round((promptTime + completionTime) * 1e6) / 1e6,
  };
}

/** Groq's OpenAI-compatible API at `/openai/v1`. */
export const groqFlavor: OpenAiFlavor = {
  name: 'groq',
  basePath: '/openai/v1',
  contextWindow: 131_072,
  defaultModels: ['llama-3.3-70b-versatile', 'llama-3.1-8b-instant', 'openai/gpt-oss-20b'],
  auth: 'required',
  modelsNeedAuth: true,
  errors,
  badRequest: (_context, fields) => invalid(fields),
  toolCallStyle: 'complete',
  honorsToolChoice: true,
  maxTokensFields: ['max_completion_tokens', 'max_tokens'],
  maxStopSequences: 4,
  deltaRepeatsRole: false,
  usageOnFinishChunk: true,
  streamPreamble: [],
  validate,
  newId: (context) =>
    `chatcmpl-${context.randomId(8)}-${context.randomId(4)}-${context.randomId(4)}-${context.randomId(12)}`,
  commonHeaders: (context) => ({
    'x-request-id': context.requestId,
    'x-ratelimit-limit-requests': '14400',
    'x-ratelimit-remaining-requests': '14399',
    'x-ratelimit-reset-requests': '6s',
    'x-ratelimit-limit-tokens': '6000',
    'x-ratelimit-remaining-tokens': '5900',
    'x-ratelimit-reset-tokens': '1s',
  }),
  responseHeaders: () => ({}),
  usage,
  messageExtras: () => ({}),
  firstDeltaExtras: () => ({}),
  choiceExtras: () => ({ logprobs: null }),
  envelopeExtras: () => ({ system_fingerprint: 'fp_sim02' }),
  firstChunkExtras: (context) => ({ x_groq: { id: context.requestId } }),
  finishChunkExtras: (context, totals) => ({
    x_groq: { id: context.requestId, usage: totals },
    usage: totals,
  }),
  completionExtras: (context) => ({
    usage_breakdown: null,
    x_groq: { id: context.requestId, seed: Math.floor(context.seed) },
    service_tier: 'on_demand',
  }),
  inBandErrorEvents: () => [
    encodeSseData(
      JSON.stringify({
        error: { message: 'Internal Server Error', type: 'internal_server_error' },
      }),
    ),
  ],
  inBandErrorBody: () => ({
    error: { message: 'Internal Server Error', type: 'internal_server_error' },
  }),
  modelEntry: (model) => ({
    id: model,
    object: 'model',
    created: 1693721698,
    owned_by: 'Meta',
    active: true,
    context_window: 131072,
    public_apps: null,
    max_completion_tokens: 32768,
  }),
  modelList: (entries) => ({ object: 'list', data: entries }),
};

export const groqDialect = createOpenAiCompatibleDialect(groqFlavor);
