import type { DialectErrors, RequestContext, SimResponse } from '../dialect.js';
import { jsonResponse } from '../json-response.js';
import { encodeSseData, sseDone } from '../sse.js';
import { createOpenAiCompatibleDialect } from './openai-compatible/create-openai-compatible-dialect.js';
import { openAiErrorBody } from './openai-compatible/openai-error-body.js';
import type { OpenAiFlavor } from './openai-compatible/openai-flavor.js';

const maxModelLength = 32_768;

/** vLLM's envelope: `code` is the integer status. */
function error(
  status: number,
  message: string,
  type: string,
  param: string | null = null,
): SimResponse {
  return jsonResponse(status, openAiErrorBody(message, type, param, status));
}

const errors: DialectErrors = {
  invalidJson: () => error(400, 'JSON decode error', 'BadRequestError'),
  // FastAPI's own answers for routing failures.
  unknownPath: () => jsonResponse(404, { detail: 'Not Found' }),
  methodNotAllowed: (_context, _method, allow) =>
    jsonResponse(405, { detail: 'Method Not Allowed' }, { allow }),
  payloadTooLarge: () => error(413, 'Request body too large', 'BadRequestError'),
  // The `--api-key` middleware answers with a minimal body, not the OpenAI envelope.
  authMissing: () => jsonResponse(401, { error: 'Unauthorized' }),
  authInvalid: () => jsonResponse(401, { error: 'Unauthorized' }),
  modelNotFound: (_context, model) =>
    error(404, `The model \`${model}\` does not exist.`, 'NotFoundError', 'model'),
  contextTooLong: (_context, tokens, limit) =>
    error(
      400,
      `This model's maximum context length is ${limit} tokens. However, your request has ${tokens} input tokens. Please reduce the length of the input messages.`,
      'BadRequestError',
    ),
  serverError: (_context, status) => error(status, 'Internal server error', 'InternalServerError'),
  rateLimited: () => error(429, 'Too many requests', 'RateLimitError'),
  quotaExceeded: () => error(429, 'Too many requests', 'RateLimitError'),
};

function validate(
  _context: RequestContext,
  body: Readonly<Record<string, unknown>>,
): SimResponse | undefined {
  if (body.stream_options !== undefined && body.stream_options !== null && body.stream !== true) {
    return error(400, 'Stream options can only be defined when `stream=True`.', 'BadRequestError');
  }
  return undefined;
}

const inBandError = openAiErrorBody('Internal server error', 'InternalServerError', null, 500);

/** `vllm serve`: optional Bearer key, `stop_reason` in choices, integer error codes, `/health`. */
export const vllmFlavor: OpenAiFlavor = {
  name: 'vllm',
  basePath: '/v1',
  contextWindow: maxModelLength,
  defaultModels: ['meta-llama/Llama-3.1-8B-Instruct'],
  auth: 'optional',
  modelsNeedAuth: true,
  errors,
  badRequest: (_context, fields) =>
    error(400, fields.message, 'BadRequestError', fields.param ?? null),
  toolCallStyle: 'fragments',
  honorsToolChoice: true,
  maxTokensFields: ['max_completion_tokens', 'max_tokens'],
  maxStopSequences: undefined,
  deltaRepeatsRole: false,
  usageOnFinishChunk: false,
  streamPreamble: [],
  extraRoutes: (method, path) => {
    if (path !== '/health') return undefined;
    return method === 'GET' ? { route: { kind: 'health' } } : { allow: 'GET' };
  },
  validate,
  newId: (context) => `chatcmpl-${context.randomId(32)}`,
  commonHeaders: () => ({}),
  responseHeaders: () => ({}),
  usage: ({ promptTokens, completionTokens }) => ({
    prompt_tokens: promptTokens,
    total_tokens: promptTokens + completionTokens,
    completion_tokens: completionTokens,
    prompt_tokens_details: null,
  }),
  messageExtras: () => ({ reasoning_content: null }),
  firstDeltaExtras: () => ({}),
  choiceExtras: (_finishReason, stopSequence) => ({
    logprobs: null,
    stop_reason: stopSequence ?? null,
  }),
  envelopeExtras: () => ({}),
  firstChunkExtras: () => ({}),
  finishChunkExtras: () => ({}),
  completionExtras: () => ({ prompt_logprobs: null }),
  inBandErrorEvents: () => [encodeSseData(JSON.stringify(inBandError)), sseDone],
  inBandErrorBody: () => inBandError,
  modelEntry: (model) => ({
    id: model,
    object: 'model',
    created: 1735689600,
    owned_by: 'vllm',
    root: model,
    parent: null,
    max_model_len: maxModelLength,
    permission: [
      {
        id: 'modelperm-sim',
        object: 'model_permission',
        created: 1735689600,
        allow_create_engine: false,
        allow_sampling: true,
        allow_logprobs: true,
        allow_search_indices: false,
        allow_view: true,
        allow_fine_tuning: false,
        organization: '*',
        group: null,
        is_blocking: false,
      },
    ],
  }),
  modelList: (entries) => ({ object: 'list', data: entries }),
};

export const vllmDialect = createOpenAiCompatibleDialect(vllmFlavor);
