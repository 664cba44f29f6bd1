import type { DialectErrors, SimResponse } from '../dialect.js';
import { jsonResponse } from '../json-response.js';
import { encodeSseData } from '../sse.js';
import { createOpenAiCompatibleDialect } from './openai-compatible/create-openai-compatible-dialect.js';
import { openAiErrorBody } from './openai-compatible/openai-error-body.js';
import type { OpenAiFlavor } from './openai-compatible/openai-flavor.js';

function error(status: number, message: string, type: string): SimResponse {
  return jsonResponse(status, openAiErrorBody(message, type, null, null));
}

/** Ollama's HTTP router answers unknown paths in plain text, not JSON. */
function plainText(
  status: number,
  body: string,
  headers?: Readonly<Record<string, string>>,
): SimResponse {
  const response = { status, body, contentType: 'text/plain; charset=utf-8' };
  return headers === undefined ? response : { ...response, headers };
}

const errors: DialectErrors = {
  invalidJson: () => error(400, 'invalid character in request body', 'invalid_request_error'),
  unknownPath: () => plainText(404, '404 page not found'),
  methodNotAllowed: (_context, _method, allow) =>
    plainText(405, '405 method not allowed', { allow }),
  payloadTooLarge: () => error(413, 'request body too large', 'invalid_request_error'),
  authMissing: () => error(401, 'unauthorized', 'api_error'),
  authInvalid: () => error(401, 'unauthorized', 'api_error'),
  modelNotFound: (_context, model) =>
    error(404, `model "${model}" not found, try pulling it first`, 'not_found_error'),
  contextTooLong: (_context, tokens) =>
    error(
      400,
      `the input length (${tokens} tokens) exceeds the context length`,
      'invalid_request_error',
    ),
  serverError: (_context, status) =>
    error(status, 'an error was encountered while running the model', 'api_error'),
  rateLimited: () =>
    error(429, 'server busy, please try again.  maximum pending requests exceeded', 'api_error'),
  quotaExceeded: () =>
    error(429, 'server busy, please try again.  maximum pending requests exceeded', 'api_error'),
};

/**
 * Ollama's `/v1` compatibility layer: no auth, `max_tokens` only (it ignores
 * `max_completion_tokens`), `tool_choice` ignored, tool calls in one delta.
 */
export const ollamaFlavor: OpenAiFlavor = {
  name: 'ollama',
  basePath: '/v1',
  // Ollama silently truncates long prompts instead of rejecting them.
  contextWindow: Number.POSITIVE_INFINITY,
  defaultModels: ['llama3.2', 'qwen2.5:7b', 'mistral'],
  auth: 'none',
  modelsNeedAuth: false,
  errors,
  badRequest: (_context, fields) => error(400, fields.message, 'invalid_request_error'),
  toolCallStyle: 'complete',
  honorsToolChoice: false,
  maxTokensFields: ['max_tokens'],
  maxStopSequences: undefined,
  deltaRepeatsRole: true,
  usageOnFinishChunk: false,
  streamPreamble: [],
  newId: (context) => `chatcmpl-${Math.floor(context.created % 1000)}`,
  commonHeaders: () => ({}),
  responseHeaders: () => ({}),
  usage: ({ promptTokens, completionTokens }) => ({
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  }),
  messageExtras: () => ({}),
  firstDeltaExtras: () => ({}),
  choiceExtras: () => ({}),
  envelopeExtras: () => ({ system_fingerprint: 'fp_ollama' }),
  firstChunkExtras: () => ({}),
  finishChunkExtras: () => ({}),
  completionExtras: () => ({}),
  inBandErrorEvents: () => [
    encodeSseData(
      JSON.stringify(
        openAiErrorBody(
          'an error was encountered while running the model: unexpected EOF',
          'api_error',
          null,
          null,
        ),
      ),
    ),
  ],
  inBandErrorBody: () =>
    openAiErrorBody(
      'an error was encountered while running the model: unexpected EOF',
      'api_error',
      null,
      null,
    ),
  modelEntry: (model) => ({ id: model, object: 'model', created: 1735689600, owned_by: 'library' }),
  modelList: (entries) => ({ object: 'list', data: entries }),
};

export const ollamaDialect = createOpenAiCompatibleDialect(ollamaFlavor);
