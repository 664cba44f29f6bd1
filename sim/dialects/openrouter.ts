import type { DialectErrors, SimResponse } from '../dialect.js';
import { jsonResponse } from '../json-response.js';
import { encodeSseData } from '../sse.js';
import { createOpenAiCompatibleDialect } from './openai-compatible/create-openai-compatible-dialect.js';
import type { OpenAiFlavor, OpenAiUsageCounts } from './openai-compatible/openai-flavor.js';

const promptPrice = 0.00000015;
const completionPrice = 0.0000006;

const upstreamNames: Readonly<Record<string, string>> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Google',
  'meta-llama': 'DeepInfra',
  mistralai: 'Mistral',
};

/** OpenRouter's envelope: `code` is the numeric status, `metadata` optional. */
function error(
  status: number,
  message: string,
  metadata?: Record<string, unknown>,
  headers?: Readonly<Record<string, string>>,
): SimResponse {
  const body =
    metadata === undefined ? { code: status, message } : { code: status, message, metadata };
  return jsonResponse(status, { error: body }, headers);
}

function providerOf(model: string): string {
  const vendor = model.split('/')[0] ?? '';
  return upstreamNames[vendor] ?? 'SimProvider';
}

const errors: DialectErrors = {
  invalidJson: () => error(400, 'Invalid JSON body'),
  unknownPath: () => error(404, 'Not Found'),
  methodNotAllowed: (_context, method, allow) =>
    error(405, `Method ${method} not allowed`, undefined, { allow }),
  payloadTooLarge: () => error(413, 'Request body too large'),
  authMissing: () => error(401, 'No auth credentials found'),
  authInvalid: () => error(401, 'User not found.'),
  modelNotFound: (_context, model) => error(404, `No endpoints found for ${model}.`),
  contextTooLong: (_context, tokens, limit) =>
    error(
      400,
      `This endpoint's maximum context length is ${limit} tokens. However, you requested about ${tokens} tokens (${tokens} of text input). Please reduce the length of either one, or use the "middle-out" transform to compress your prompt automatically.`,
    ),
  serverError: (_context, status) => {
    if (status === 502) {
      return error(502, 'Provider returned error', {
        provider_name: 'OpenAI',
        raw: JSON.stringify({ error: { message: 'Bad gateway', type: 'server_error' } }),
      });
    }
    if (status === 503)
      return error(503, 'No allowed providers are available for the selected model.');
    return error(status, 'Internal Server Error');
  },
  rateLimited: (_context, retryAfterSeconds) =>
    error(429, 'Rate limit exceeded', undefined, { 'retry-after': String(retryAfterSeconds) }),
  quotaExceeded: () =>
    error(402, 'Insufficient credits. Add more using https://openrouter.ai/credits'),
};

function usage({ promptTokens, completionTokens }: OpenAiUsageCounts): Record<string, unknown> {
  const cost =
    Math.round((promptTokens * promptPrice + completionTokens * completionPrice) * 1e12) / 1e12;
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    cost,
    is_byok: false,
    prompt_tokens_details: { cached_tokens: 0 },
    cost_details: { upstream_inference_cost: null },
    completion_tokens_details: { reasoning_tokens: 0 },
  };
}

/** OpenRouter's OpenAI-compatible API at `/api/v1`. */
export const openRouterFlavor: OpenAiFlavor = {
  name: 'openrouter',
  basePath: '/api/v1',
  contextWindow: 128_000,
  defaultModels: [
    'openai/gpt-4o-mini',
    'anthropic/claude-sonnet-4.5',
    'meta-llama/llama-3.3-70b-instruct',
  ],
  auth: 'required',
  modelsNeedAuth: false,
  errors,
  badRequest: (_context, fields) => error(400, fields.message),
  toolCallStyle: 'fragments',
  honorsToolChoice: true,
  maxTokensFields: ['max_tokens', 'max_completion_tokens'],
  maxStopSequences: undefined,
  deltaRepeatsRole: true,
  usageOnFinishChunk: false,
  streamPreamble: ['OPENROUTER PROCESSING'],
  newId: (context) => `gen-${context.created}-${context.randomId(20)}`,
  commonHeaders: () => ({}),
  responseHeaders: (id) => ({ 'X-Generation-Id': id }),
  usage,
  messageExtras: () => ({ reasoning: null }),
  firstDeltaExtras: () => ({}),
  choiceExtras: (finishReason) => ({ logprobs: null, native_finish_reason: finishReason }),
  envelopeExtras: (_context, model) => ({ provider: providerOf(model) }),
  firstChunkExtras: () => ({}),
  finishChunkExtras: () => ({}),
  completionExtras: () => ({}),
  inBandErrorEvents: (context, id, request) => [
    encodeSseData(
      JSON.stringify({
        id,
        object: 'chat.completion.chunk',
        created: context.created,
        model: request.model,
        provider: providerOf(request.model),
        error: { code: 'server_error', message: 'Provider disconnected unexpectedly' },
        choices: [
          {
            index: 0,
            delta: { content: '' },
            finish_reason: 'error',
            native_finish_reason: 'error',
          },
        ],
      }),
    ),
  ],
  inBandErrorBody: () => ({
    error: { code: 500, message: 'Internal Server Error' },
    user_id: 'user_sim',
  }),
  modelEntry: (model) => ({
    id: model,
    canonical_slug: model,
    name: `Simulated: ${model}`,
    created: 1721260800,
    description: 'A model served by the llm-secure-gateway provider simulator.',
    context_length: 128000,
    architecture: {
      modality: 'text->text',
      input_modalities: ['text'],
      output_modalities: ['text'],
      tokenizer: 'GPT',
      instruct_type: null,
    },
    pricing: { prompt: '0.00000015', completion: '0.0000006', request: '0', image: '0' },
    top_provider: { context_length: 128000, max_completion_tokens: 16384, is_moderated: false },
    per_request_limits: null,
    supported_parameters: [
      'max_tokens',
      'temperature',
      'tools',
      'tool_choice',
      'response_format',
      'stop',
    ],
  }),
  modelList: (entries) => ({ data: entries }),
};

export const openRouterDialect = createOpenAiCompatibleDialect(openRouterFlavor);
