import type { DialectErrors, SimResponse } from '../../dialect.js';
import { jsonResponse } from '../../json-response.js';

const statusNames: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

const serverMessages: Readonly<Record<number, string>> = {
  500: 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
  502: 'Bad gateway.',
  503: 'The model is overloaded. Please try again later.',
  504: 'Deadline expired before operation could complete.',
};

/** The Google API error envelope: `{"error":{code,message,status,details?}}`. */
export function googleError(
  status: number,
  message: string,
  details?: readonly unknown[],
): SimResponse {
  const error: Record<string, unknown> = {
    code: status,
    message,
    status: statusNames[status] ?? 'UNKNOWN',
  };
  if (details !== undefined) error.details = details;
  return jsonResponse(status, { error });
}

/** The body of a mid-stream (or 200) Gemini error. */
export const geminiInBandError = {
  error: { code: 500, message: serverMessages[500], status: 'INTERNAL' },
};

function quotaFailure(quotaId: string, model: string): unknown {
  return {
    '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
    violations: [
      {
        quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests',
        quotaId,
        quotaDimensions: { location: 'global', model },
        quotaValue: '10',
      },
    ],
  };
}

const help = {
  '@type': 'type.googleapis.com/google.rpc.Help',
  links: [
    {
      description: 'Learn more about Gemini API quotas',
      url: 'https://ai.google.dev/gemini-api/docs/rate-limits',
    },
  ],
};

export const geminiErrors: DialectErrors = {
  invalidJson: () =>
    googleError(400, 'Invalid JSON payload received. Unexpected token.', [
      {
        '@type': 'type.googleapis.com/google.rpc.BadRequest',
        fieldViolations: [{ description: 'Invalid JSON payload received. Unexpected token.' }],
      },
    ]),
  unknownPath: () => googleError(404, 'Method not found.'),
  methodNotAllowed: () => googleError(405, 'Method not allowed.'),
  payloadTooLarge: () =>
    googleError(400, 'Request payload size exceeds the limit: 20971520 bytes.'),
  authMissing: () =>
    googleError(
      403,
      "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
    ),
  authInvalid: () =>
    googleError(400, 'API key not valid. Please pass a valid API key.', [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'API_KEY_INVALID',
        domain: 'googleapis.com',
        metadata: { service: 'generativelanguage.googleapis.com' },
      },
      {
        '@type': 'type.googleapis.com/google.rpc.LocalizedMessage',
        locale: 'en-US',
        message: 'API key not valid. Please pass a valid API key.',
      },
    ]),
  modelNotFound: (_context, model) =>
    googleError(
      404,
      `models/${model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
    ),
  contextTooLong: (_context, tokens, limit) =>
    googleError(
      400,
      `The input token count (${tokens}) exceeds the maximum number of tokens allowed (${limit}).`,
    ),
  serverError: (_context, status) =>
    googleError(status, serverMessages[status] ?? 'Internal error encountered.'),
  rateLimited: (_context, retryAfterSeconds) =>
    googleError(
      429,
      'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.',
      [
        quotaFailure('GenerateRequestsPerMinutePerProjectPerModel-FreeTier', 'gemini'),
        help,
        {
          '@type': 'type.googleapis.com/google.rpc.RetryInfo',
          retryDelay: `${retryAfterSeconds}s`,
        },
      ],
    ),
  quotaExceeded: () =>
    googleError(
      429,
      'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.',
      [quotaFailure('GenerateRequestsPerDayPerProjectPerModel-FreeTier', 'gemini'), help],
    ),
};
