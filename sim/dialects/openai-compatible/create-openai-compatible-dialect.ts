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
import { encodeSseComment, encodeSseData, sseDone } from '../../sse.js';
import type { OpenAiFlavor } from './openai-flavor.js';
import { parseOpenAiRequest } from './parse-openai-request.js';

function finishReasonOf(reply: SimReply): string {
  if (reply.kind === 'tool_call') return 'tool_calls';
  if (reply.kind === 'refusal') return 'content_filter';
  return reply.finish === 'length' ? 'length' : 'stop';
}

function stopSequenceOf(reply: SimReply): string | undefined {
  return reply.kind === 'text' ? reply.stopSequence : undefined;
}

function readBearer(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(.*)$/i.exec(header.trim());
  const key = match?.[1]?.trim();
  return key === undefined || key === '' ? undefined : key;
}

/** A {@link Dialect} for one OpenAI-compatible server, from its flavor. */
export function createOpenAiCompatibleDialect(flavor: OpenAiFlavor): Dialect {
  const chatPath = `${flavor.basePath}/chat/completions`;
  const modelsPath = `${flavor.basePath}/models`;
  const modelPrefix = `${modelsPath}/`;

  function matchRoute(method: string, path: string): RouteMatch {
    const extra = flavor.extraRoutes?.(method, path);
    if (extra !== undefined) return extra;
    if (path === chatPath)
      return method === 'POST' ? { route: { kind: 'chat' } } : { allow: 'POST' };
    if (path === modelsPath)
      return method === 'GET' ? { route: { kind: 'models' } } : { allow: 'GET' };
    if (path.startsWith(modelPrefix) && path.length > modelPrefix.length) {
      const model = decodeURIComponent(path.slice(modelPrefix.length));
      return method === 'GET' ? { route: { kind: 'model', model } } : { allow: 'GET' };
    }
    return undefined;
  }

  function usageOf(request: SimChatRequest, reply: SimReply): Record<string, unknown> {
    return flavor.usage(
      { promptTokens: request.promptTokens, completionTokens: reply.completionTokens },
      request,
    );
  }

  function renderCompletion(
    context: RequestContext,
    request: SimChatRequest,
    reply: SimReply,
  ): SimResponse {
    const id = flavor.newId(context);
    const finishReason = finishReasonOf(reply);
    const message: Record<string, unknown> =
      reply.kind === 'tool_call'
        ? {
            role: 'assistant',
            content: null,
            tool_calls: [
              {
                id: `call_${context.randomId(24)}`,
                type: 'function',
                function: { name: reply.name, arguments: reply.argumentsJson },
              },
            ],
            ...flavor.messageExtras(),
          }
        : {
            role: 'assistant',
            content: reply.kind === 'text' ? reply.text : '',
            ...flavor.messageExtras(),
          };
    const usage = usageOf(request, reply);
    const body = {
      id,
      object: 'chat.completion',
      created: context.created,
      model: request.model,
      ...flavor.envelopeExtras(context, request.model),
      choices: [
        {
          index: 0,
          message,
          finish_reason: finishReason,
          ...flavor.choiceExtras(finishReason, stopSequenceOf(reply)),
        },
      ],
      usage,
      ...flavor.completionExtras(context, usage),
    };
    return jsonResponse(200, body, flavor.responseHeaders(id));
  }

  function renderStream(
    context: RequestContext,
    request: SimChatRequest,
    reply: SimReply,
  ): StreamRender {
    const id = flavor.newId(context);
    const usageNull = request.includeUsage && !flavor.usageOnFinishChunk;
    const base = {
      id,
      object: 'chat.completion.chunk',
      created: context.created,
      model: request.model,
      ...flavor.envelopeExtras(context, request.model),
    };
    const frames: StreamFrame[] = flavor.streamPreamble.map((comment) => ({
      text: encodeSseComment(comment),
      content: false,
    }));
    const role = flavor.deltaRepeatsRole ? { role: 'assistant' } : {};

    const chunk = (
      delta: Record<string, unknown>,
      finishReason: string | null,
      extras: Record<string, unknown> = {},
    ): string => {
      const body: Record<string, unknown> = {
        ...base,
        choices: [
          {
            index: 0,
            delta,
            finish_reason: finishReason,
            ...flavor.choiceExtras(
              finishReason,
              finishReason === null ? undefined : stopSequenceOf(reply),
            ),
          },
        ],
        ...extras,
      };
      if (usageNull && !('usage' in body)) body.usage = null;
      return encodeSseData(JSON.stringify(body));
    };

    const first = flavor.firstChunkExtras(context);
    if (reply.kind === 'tool_call') {
      const callId = `call_${context.randomId(24)}`;
      const header = {
        index: 0,
        id: callId,
        type: 'function',
        function: { name: reply.name, arguments: '' },
      };
      if (flavor.toolCallStyle === 'complete') {
        frames.push({
          text: chunk({ role: 'assistant', content: null }, null, first),
          content: false,
        });
        const complete = {
          ...header,
          function: { name: reply.name, arguments: reply.argumentsJson },
        };
        frames.push({ text: chunk({ ...role, tool_calls: [complete] }, null), content: true });
      } else {
        frames.push({
          text: chunk({ role: 'assistant', content: null, tool_calls: [header] }, null, first),
          content: true,
        });
        for (const fragment of splitEvenly(reply.argumentsJson, 3)) {
          frames.push({
            text: chunk(
              { ...role, tool_calls: [{ index: 0, function: { arguments: fragment } }] },
              null,
            ),
            content: true,
          });
        }
      }
    } else {
      frames.push({
        text: chunk({ role: 'assistant', content: '', ...flavor.firstDeltaExtras() }, null, first),
        content: false,
      });
      if (reply.kind === 'text') {
        for (const piece of splitIntoChunks(reply.text, 1)) {
          frames.push({ text: chunk({ ...role, content: piece }, null), content: true });
        }
      }
    }
    const usage = usageOf(request, reply);
    const finishDelta = flavor.deltaRepeatsRole ? { role: 'assistant', content: '' } : {};
    frames.push({
      text: chunk(finishDelta, finishReasonOf(reply), flavor.finishChunkExtras(context, usage)),
      content: false,
    });
    if (request.includeUsage && !flavor.usageOnFinishChunk) {
      frames.push({
        text: encodeSseData(JSON.stringify({ ...base, choices: [], usage })),
        content: false,
      });
    }
    frames.push({ text: sseDone, content: false });

    const malformedBody = JSON.stringify({
      ...base,
      choices: [{ index: 0, delta: { content: ' broken' }, finish_reason: null }],
    });
    return {
      contentType: 'text/event-stream; charset=utf-8',
      headers: flavor.responseHeaders(id),
      frames,
      inBandError: flavor.inBandErrorEvents(context, id, request),
      malformed: encodeSseData(malformedBody.slice(0, Math.floor(malformedBody.length * 0.6))),
    };
  }

  return {
    name: flavor.name,
    basePath: flavor.basePath,
    contextWindow: flavor.contextWindow,
    defaultModels: flavor.defaultModels,
    auth: flavor.auth,
    modelsNeedAuth: flavor.modelsNeedAuth,
    errors: flavor.errors,
    matchRoute,
    readCredential: (input) => readBearer(input.headers.authorization),
    parseChat: (context, body) => parseOpenAiRequest(context, body, flavor),
    commonHeaders: (context) => flavor.commonHeaders(context),
    renderCompletion,
    renderStream,
    renderInBandError: (context) => jsonResponse(200, flavor.inBandErrorBody(context)),
    renderModels: (_context, models) =>
      jsonResponse(200, flavor.modelList(models.map((model) => flavor.modelEntry(model)))),
    renderModel: (_context, model) => jsonResponse(200, flavor.modelEntry(model)),
  };
}
