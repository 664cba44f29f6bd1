import type { IncomingHttpHeaders } from 'node:http';
import type { SimChatRequest } from '../../chat-request.js';
import type {
  Dialect,
  RequestContext,
  RouteMatch,
  SimResponse,
  StreamFrame,
  StreamRender,
} from '../../dialect.js';
import { jsonResponse } from '../../json-response.js';
import type { SimReply } from '../../make-reply.js';
import { splitEvenly, splitIntoChunks } from '../../split-into-chunks.js';
import { encodeSseData } from '../../sse.js';
import { anthropicError, anthropicErrors, rfc3339 } from './anthropic-errors.js';
import { parseAnthropicRequest } from './parse-anthropic-request.js';

function matchRoute(method: string, path: string): RouteMatch {
  if (path === '/v1/messages')
    return method === 'POST' ? { route: { kind: 'chat' } } : { allow: 'POST' };
  if (path === '/v1/models')
    return method === 'GET' ? { route: { kind: 'models' } } : { allow: 'GET' };
  if (path.startsWith('/v1/models/') && path.length > '/v1/models/'.length) {
    const model = decodeURIComponent(path.slice('/v1/models/'.length));
    return method === 'GET' ? { route: { kind: 'model', model } } : { allow: 'GET' };
  }
  return undefined;
}

function readCredential(headers: IncomingHttpHeaders): string | undefined {
  const apiKey = headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey !== '') return apiKey;
  const authorization = headers.authorization;
  if (typeof authorization !== 'string') return undefined;
  const key = /^Bearer\s+(.*)$/i.exec(authorization.trim())?.[1]?.trim();
  return key === undefined || key === '' ? undefined : key;
}

function stopReasonOf(reply: SimReply): string {
  if (reply.kind === 'tool_call') return 'tool_use';
  if (reply.kind === 'refusal') return 'refusal';
  if (reply.finish === 'length') return 'max_tokens';
  return reply.finish === 'stop_sequence' ? 'stop_sequence' : 'end_turn';
}

function stopSequenceOf(reply: SimReply): string | null {
  return reply.kind === 'text' && reply.finish === 'stop_sequence'
    ? (reply.stopSequence ?? null)
    : null;
}

const refusalDetails = { type: 'refusal', category: null, explanation: 'Simulated refusal.' };

function inputUsage(request: SimChatRequest): Record<string, unknown> {
  return {
    input_tokens: request.promptTokens,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
  };
}

function renderCompletion(
  context: RequestContext,
  request: SimChatRequest,
  reply: SimReply,
): SimResponse {
  let content: unknown[] = [];
  if (reply.kind === 'text') content = [{ type: 'text', text: reply.text }];
  if (reply.kind === 'tool_call') {
    content = [
      {
        type: 'tool_use',
        id: `toolu_01${context.randomId(22)}`,
        name: reply.name,
        input: reply.arguments,
      },
    ];
  }
  const body: Record<string, unknown> = {
    id: `msg_01${context.randomId(22)}`,
    type: 'message',
    role: 'assistant',
    model: request.model,
    content,
    stop_reason: stopReasonOf(reply),
    stop_sequence: stopSequenceOf(reply),
    usage: {
      ...inputUsage(request),
      cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
      output_tokens: reply.completionTokens,
      service_tier: 'standard',
    },
  };
  if (reply.kind === 'refusal') body.stop_details = refusalDetails;
  return jsonResponse(200, body);
}

function event(type: string, data: Record<string, unknown>, content = false): StreamFrame {
  return { text: encodeSseData(JSON.stringify({ type, ...data }), type), content };
}

/** message_start, content_block_start, ping, deltas, content_block_stop, message_delta, message_stop. */
function renderStream(
  context: RequestContext,
  request: SimChatRequest,
  reply: SimReply,
): StreamRender {
  const frames: StreamFrame[] = [
    event('message_start', {
      message: {
        id: `msg_01${context.randomId(22)}`,
        type: 'message',
        role: 'assistant',
        model: request.model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { ...inputUsage(request), output_tokens: 1, service_tier: 'standard' },
      },
    }),
  ];
  if (reply.kind === 'text') {
    frames.push(
      event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
    );
    frames.push({ text: 'event: ping\ndata: {"type": "ping"}\n\n', content: false });
    for (const piece of splitIntoChunks(reply.text, 3)) {
      frames.push(
        event(
          'content_block_delta',
          { index: 0, delta: { type: 'text_delta', text: piece } },
          true,
        ),
      );
    }
    frames.push(event('content_block_stop', { index: 0 }));
  } else if (reply.kind === 'tool_call') {
    const id = `toolu_01${context.randomId(22)}`;
    frames.push(
      event(
        'content_block_start',
        { index: 0, content_block: { type: 'tool_use', id, name: reply.name, input: {} } },
        true,
      ),
    );
    frames.push({ text: 'event: ping\ndata: {"type": "ping"}\n\n', content: false });
    for (const fragment of ['', ...splitEvenly(reply.argumentsJson, 3)]) {
      frames.push(
        event(
          'content_block_delta',
          { index: 0, delta: { type: 'input_json_delta', partial_json: fragment } },
          true,
        ),
      );
    }
    frames.push(event('content_block_stop', { index: 0 }));
  } else {
    frames.push({ text: 'event: ping\ndata: {"type": "ping"}\n\n', content: false });
  }
  const delta: Record<string, unknown> = {
    stop_reason: stopReasonOf(reply),
    stop_sequence: stopSequenceOf(reply),
  };
  if (reply.kind === 'refusal') delta.stop_details = refusalDetails;
  frames.push(event('message_delta', { delta, usage: { output_tokens: reply.completionTokens } }));
  frames.push(event('message_stop', {}));
  return {
    contentType: 'text/event-stream; charset=utf-8',
    headers: {},
    frames,
    inBandError: [
      encodeSseData(
        JSON.stringify({
          type: 'error',
          error: { type: 'overloaded_error', message: 'Overloaded' },
        }),
        'error',
      ),
    ],
    malformed:
      'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_de\n\n',
  };
}

function modelEntry(model: string): Record<string, unknown> {
  return {
    type: 'model',
    id: model,
    display_name: `Simulated ${model}`,
    created_at: '2025-09-29T00:00:00Z',
  };
}

function commonHeaders(context: RequestContext): Readonly<Record<string, string>> {
  const reset = rfc3339(new Date((context.created + 1) * 1000));
  return {
    'request-id': context.requestId,
    'anthropic-organization-id': 'sim-org',
    'anthropic-ratelimit-requests-limit': '4000',
    'anthropic-ratelimit-requests-remaining': '3999',
    'anthropic-ratelimit-requests-reset': reset,
    'anthropic-ratelimit-tokens-limit': '2000000',
    'anthropic-ratelimit-tokens-remaining': '1999000',
    'anthropic-ratelimit-tokens-reset': reset,
    'anthropic-ratelimit-input-tokens-limit': '1600000',
    'anthropic-ratelimit-input-tokens-remaining': '1599000',
    'anthropic-ratelimit-input-tokens-reset': reset,
    'anthropic-ratelimit-output-tokens-limit': '400000',
    'anthropic-ratelimit-output-tokens-remaining': '399000',
    'anthropic-ratelimit-output-tokens-reset': reset,
  };
}

/** The Messages API. Base URL has no `/v1`: the Anthropic SDK appends `/v1/messages`. */
export const anthropicDialect: Dialect = {
  name: 'anthropic',
  basePath: '',
  contextWindow: 200_000,
  defaultModels: ['claude-sonnet-4-5', 'claude-haiku-4-5', 'claude-opus-4-1'],
  auth: 'required',
  modelsNeedAuth: true,
  errors: anthropicErrors,
  matchRoute,
  readCredential: (input) => readCredential(input.headers),
  checkHeaders: (context, headers) => {
    const version = headers['anthropic-version'];
    if (typeof version === 'string' && version !== '') return undefined;
    return anthropicError(
      context,
      400,
      'invalid_request_error',
      'anthropic-version: header is required',
    );
  },
  parseChat: (context, body) => parseAnthropicRequest(context, body),
  commonHeaders,
  renderCompletion,
  renderStream,
  renderInBandError: (context) =>
    jsonResponse(200, {
      type: 'error',
      error: { type: 'overloaded_error', message: 'Overloaded' },
      request_id: context.requestId,
    }),
  renderModels: (_context, models) =>
    jsonResponse(200, {
      data: models.map(modelEntry),
      has_more: false,
      first_id: models[0] ?? null,
      last_id: models[models.length - 1] ?? null,
    }),
  renderModel: (_context, model) => jsonResponse(200, modelEntry(model)),
};
