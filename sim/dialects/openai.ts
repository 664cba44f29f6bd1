import type { DialectErrors, RequestContext, SimResponse } from '../dialect.js';
import { jsonResponse } from '../json-response.js';
import { encodeSseData } from '../sse.js';
import { createOpenAiCompatibleDialect } from './openai-compatible/create-openai-compatible-dialect.js';
import { openAiErrorBody } from './openai-compatible/openai-error-body.js';
import type { OpenAiErrorFields, OpenAiFlavor } from './openai-compatible/openai-flavor.js';

const reasoningModel = /^(o[1-9]|gpt-5)/;
const serverErrorMessage =
  'The server had an error while processing your request. Sorry about that!';

function error(
  status: number,
  fields: OpenAiErrorFields & { readonly type: string },
  headers?: Readonly<Record<string, string>>,
): SimResponse {
  return jsonResponse(
    status,
    openAiErrorBody(fields.message, fields.type, fields.param ?? null, fields.code ?? null),
    headers,
  );
}

function invalid(fields: OpenAiErrorFields): SimResponse {
  return error(400, { type: 'invalid_request_error', ...fields });
}

const serverErrors: Readonly<
  Record<number, { readonly message: string; readonly type: string; readonly code: string | null }>
> = {
  500: { message: serverErrorMessage, type: 'server_error', code: null },
  502: { message: 'Bad gateway.', type: 'server_error', code: null },
  503: {
    message: 'The server is overloaded or not ready yet.',
    type: 'service_unavailable_error',
    code: 'server_is_overloaded',
  },
  504: { message: 'Gateway timeout.', type: 'server_error', code: null },
};

const errors: DialectErrors = {
  invalidJson: () =>
    invalid({
      message:
        "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
    }),
  unknownPath: (_context, method, path) =>
    error(404, { type: 'invalid_request_error', message: `Invalid URL (${method} ${path})` }),
  methodNotAllowed: (_context, method, allow) =>
    error(
      405,
      {
        type: 'invalid_request_error',
        message: `Method Not Allowed (${method}); allowed: ${allow}`,
      },
      { allow },
    ),
  payloadTooLarge: () =>
    error(413, { type: 'invalid_request_error', message: 'Request body too large.' }),
  authMissing: () =>
    error(401, {
      type: 'invalid_request_error',
      message:
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
    }),
  authInvalid: () =>
    error(401, {
      type: 'invalid_request_error',
      message:
        'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.',
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
      message: `This model's maximum context length is ${limit} tokens. However, your messages resulted in ${tokens} tokens. Please reduce the length of the messages.`,
      param: 'messages',
      code: 'context_length_exceeded',
    }),
  serverError: (_context, status) => {
    const known = serverErrors[status] ?? {
      message: serverErrorMessage,
      type: 'server_error',
      code: null,
    };
    return error(status, known);
  },
  rateLimited: (_context, retryAfterSeconds) =>
    error(
      429,
      {
        type: 'requests',
        code: 'rate_limit_exceeded',
        message: `Rate limit reached for requests per min (RPM) in organization org-sim: Limit 500, Used 500, Requested 1. Please try again in ${retryAfterSeconds}s.`,
      },
      {
        'retry-after': String(retryAfterSeconds),
        'x-ratelimit-remaining-requests': '0',
        'x-ratelimit-reset-requests': `${retryAfterSeconds}s`,
      },
    ),
  quotaExceeded: () =>
    error(429, {
      type: 'insufficient_quota',
      code: 'insufficient_quota',
      message:
        'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
    }),
};

function validate(
  _context: RequestContext,
  body: Readonly<Record<string, unknown>>,
): SimResponse | undefined {
  if (typeof body.model !== 'string' || !reasoningModel.test(body.model)) return undefined;
  if (body.max_tokens !== undefined && body.max_tokens !== null) {
    return invalid({
      message:
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      param: 'max_tokens',
      code: 'unsupported_parameter',
    });
  }
  if (typeof body.temperature === 'number' && body.temperature !== 1) {
    return invalid({
      message: `Unsupported value: 'temperature' does not support ${body.temperature} with this model. Only the default (1) value is supported.`,
      param: 'temperature',
      code: 'unsupported_value',
    });
  }
  return undefined;
}

/** OpenAI Chat Completions at `/v1`. */
export const openAiFlavor: OpenAiFlavor = {
  name: 'openai',
  basePath: '/v1',
  contextWindow: 128_000,
  defaultModels: ['gpt-4.1-mini', 'gpt-4.1', 'gpt-4o-mini', 'o4-mini'],
  auth: 'required',
  modelsNeedAuth: true,
  errors,
  badRequest: (_context, fields) => invalid(fields),
  toolCallStyle: 'fragments',
  honorsToolChoice: true,
  maxTokensFields: ['max_completion_tokens', 'max_tokens'],
  maxStopSequences: 4,
  deltaRepeatsRole: false,
  usageOnFinishChunk: false,
  streamPreamble: [],
  validate,
  newId: (context) => `chatcmpl-${context.randomId(29)}`,
  commonHeaders: (context) => ({
    'x-request-id': context.requestId,
    'openai-organization': 'org-sim',
    'openai-processing-ms': '1',
    'openai-version': '2020-10-01',
    'x-ratelimit-limit-requests': '10000',
    'x-ratelimit-remaining-requests': '9999',
    'x-ratelimit-reset-requests': '6ms',
    'x-ratelimit-limit-tokens': '30000000',
    'x-ratelimit-remaining-tokens': '29999000',
    'x-ratelimit-reset-tokens': '2ms',
  }),
  responseHeaders: () => ({}),
  usage: ({ promptTokens, completionTokens }) => ({
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  }),
  messageExtras: () => ({ refusal: null, annotations: [] }),
  firstDeltaExtras: () => ({ refusal: null }),
  choiceExtras: () => ({ logprobs: null }),
  envelopeExtras: () => ({ service_tier: 'default', system_fingerprint: 'fp_sim01' }),
  firstChunkExtras: () => ({}),
  finishChunkExtras: () => ({}),
  completionExtras: () => ({}),
  inBandErrorEvents: () => [
    encodeSseData(JSON.stringify(openAiErrorBody(serverErrorMessage, 'server_error', null, null))),
  ],
  inBandErrorBody: () => openAiErrorBody(serverErrorMessage, 'server_error', null, null),
  modelEntry: (model) => ({ id: model, object: 'model', created: 1744318173, owned_by: 'system' }),
  modelList: (entries) => ({ object: 'list', data: entries }),
};

export const openAiDialect = createOpenAiCompatibleDialect(openAiFlavor);
