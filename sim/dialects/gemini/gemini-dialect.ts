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
import { countTokens } from '../../count-tokens.js';
import { splitIntoChunks } from '../../split-into-chunks.js';
import { encodeSseData } from '../../sse.js';
import { geminiErrors, geminiInBandError } from './gemini-errors.js';
import { parseGeminiRequest } from './parse-gemini-request.js';

const actionRoute =
  /^\/v1beta\/models\/([^/:]+):(generateContent|streamGenerateContent|countTokens)$/;
const modelRoute = /^\/v1beta\/models\/([^/:]+)$/;

function matchRoute(method: string, path: string): RouteMatch {
  if (path === '/v1beta/models')
    return method === 'GET' ? { route: { kind: 'models' } } : { allow: 'GET' };
  const action = actionRoute.exec(path);
  if (action !== null) {
    if (method !== 'POST') return { allow: 'POST' };
    const model = decodeURIComponent(action[1] ?? '');
    if (action[2] === 'countTokens') return { route: { kind: 'count_tokens', model } };
    return { route: { kind: 'chat', model, stream: action[2] === 'streamGenerateContent' } };
  }
  const single = modelRoute.exec(path);
  if (single !== null) {
    return method === 'GET'
      ? { route: { kind: 'model', model: decodeURIComponent(single[1] ?? '') } }
      : { allow: 'GET' };
  }
  return undefined;
}

function finishReasonOf(reply: SimReply): string {
  return reply.kind === 'text' && reply.finish === 'length' ? 'MAX_TOKENS' : 'STOP';
}

function usageMetadata(
  promptTokens: number,
  candidatesTokens: number | undefined,
): Record<string, unknown> {
  const usage: Record<string, unknown> = { promptTokenCount: promptTokens };
  if (candidatesTokens !== undefined) usage.candidatesTokenCount = candidatesTokens;
  usage.totalTokenCount = promptTokens + (candidatesTokens ?? 0);
  usage.promptTokensDetails = [{ modality: 'TEXT', tokenCount: promptTokens }];
  return usage;
}

function promptBlocked(request: SimChatRequest, responseId: string): Record<string, unknown> {
  return {
    promptFeedback: {
      blockReason: 'SAFETY',
      safetyRatings: [
        { category: 'HARM_CATEGORY_SEXUALLY_EXPLICIT', probability: 'NEGLIGIBLE' },
        { category: 'HARM_CATEGORY_HATE_SPEECH', probability: 'NEGLIGIBLE' },
        { category: 'HARM_CATEGORY_HARASSMENT', probability: 'NEGLIGIBLE' },
        { category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH', blocked: true },
      ],
    },
    usageMetadata: usageMetadata(request.promptTokens, undefined),
    modelVersion: request.model,
    responseId,
  };
}

function response(
  request: SimChatRequest,
  responseId: string,
  parts: readonly unknown[],
  finishReason: string | undefined,
  candidatesTokens: number,
): Record<string, unknown> {
  const candidate: Record<string, unknown> = { content: { parts, role: 'model' } };
  if (finishReason !== undefined) candidate.finishReason = finishReason;
  candidate.index = 0;
  return {
    candidates: [candidate],
    usageMetadata: usageMetadata(request.promptTokens, candidatesTokens),
    modelVersion: request.model,
    responseId,
  };
}

function renderCompletion(
  context: RequestContext,
  request: SimChatRequest,
  reply: SimReply,
): SimResponse {
  const responseId = context.randomId(22);
  if (reply.kind === 'refusal') return jsonResponse(200, promptBlocked(request, responseId));
  const parts =
    reply.kind === 'tool_call'
      ? [{ functionCall: { name: reply.name, args: reply.arguments } }]
      : [{ text: reply.text }];
  return jsonResponse(
    200,
    response(request, responseId, parts, finishReasonOf(reply), reply.completionTokens),
  );
}

/** Sentence-sized chunks, `usageMetadata` on every one, `finishReason` only on the last, no `[DONE]`. */
function renderStream(
  context: RequestContext,
  request: SimChatRequest,
  reply: SimReply,
  sse: boolean,
): StreamRender {
  const responseId = context.randomId(22);
  const bodies: Record<string, unknown>[] = [];
  if (reply.kind === 'refusal') {
    bodies.push(promptBlocked(request, responseId));
  } else if (reply.kind === 'tool_call') {
    const parts = [{ functionCall: { name: reply.name, args: reply.arguments } }];
    bodies.push(response(request, responseId, parts, 'STOP', reply.completionTokens));
  } else {
    const pieces = splitIntoChunks(reply.text, 6);
    if (pieces.length === 0) pieces.push('');
    let characters = 0;
    pieces.forEach((piece, index) => {
      characters += piece.length;
      const last = index === pieces.length - 1;
      const tokens = last ? reply.completionTokens : countTokens(characters);
      bodies.push(
        response(
          request,
          responseId,
          [{ text: piece }],
          last ? finishReasonOf(reply) : undefined,
          tokens,
        ),
      );
    });
  }
  const frames: StreamFrame[] = bodies.map((body, index) => ({
    text: sse
      ? encodeSseData(JSON.stringify(body))
      : `${index === 0 ? '[' : ',\r\n'}${JSON.stringify(body)}`,
    content: true,
  }));
  if (!sse) frames.push({ text: ']', content: false });
  const broken = '{"candidates":[{"content":{"parts":[{"text":" brok';
  return {
    contentType: sse ? 'text/event-stream' : 'application/json; charset=UTF-8',
    headers: {},
    frames,
    inBandError: [
      sse
        ? encodeSseData(JSON.stringify(geminiInBandError))
        : `,\r\n${JSON.stringify(geminiInBandError)}]`,
    ],
    malformed: sse ? encodeSseData(broken) : `,\r\n${broken}`,
  };
}

function modelEntry(model: string): Record<string, unknown> {
  return {
    name: `models/${model}`,
    version: '001',
    displayName: `Simulated ${model}`,
    description: 'A model served by the llm-secure-gateway provider simulator.',
    inputTokenLimit: 1_048_576,
    outputTokenLimit: 65_536,
    supportedGenerationMethods: ['generateContent', 'countTokens'],
    temperature: 1,
    maxTemperature: 2,
    topP: 0.95,
    topK: 64,
  };
}

/** The Generative Language API (`v1beta`): colon routes, `x-goog-api-key` or `?key=`. */
export const geminiDialect: Dialect = {
  name: 'gemini',
  basePath: '/v1beta',
  contextWindow: 1_048_576,
  defaultModels: ['gemini-2.5-flash', 'gemini-2.5-pro', 'gemini-2.5-flash-lite'],
  auth: 'required',
  modelsNeedAuth: true,
  errors: geminiErrors,
  matchRoute,
  readCredential: (input) => {
    const header = input.headers['x-goog-api-key'];
    if (typeof header === 'string' && header !== '') return header;
    const key = input.query?.get('key');
    return key === null || key === undefined || key === '' ? undefined : key;
  },
  parseChat: (_context, body, route, query) =>
    parseGeminiRequest(body, {
      model: route.model ?? '',
      stream: route.stream === true,
      sse: query?.get('alt') === 'sse',
    }),
  commonHeaders: () => ({}),
  renderCompletion,
  renderStream: (context, request, reply) =>
    renderStream(context, request, reply, request.streamFormat !== 'json-array'),
  renderInBandError: () => jsonResponse(200, geminiInBandError),
  renderModels: (_context, models) => jsonResponse(200, { models: models.map(modelEntry) }),
  renderModel: (_context, model) => jsonResponse(200, modelEntry(model)),
  renderCountTokens: (_context, request) =>
    jsonResponse(200, {
      totalTokens: request.promptTokens,
      promptTokensDetails: [{ modality: 'TEXT', tokenCount: request.promptTokens }],
    }),
};
