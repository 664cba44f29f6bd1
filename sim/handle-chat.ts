import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkAuth } from './check-auth.js';
import type { ParseOutcome, RequestContext, SimResponse, SimRoute } from './dialect.js';
import { isRecord } from './is-record.js';
import { redactHeaders, redactQuery } from './journal.js';
import { makeReply } from './make-reply.js';
import { servesModel, type ProviderState } from './provider-state.js';
import { readBody } from './read-body.js';
import { ResponseLifecycle } from './response-lifecycle.js';
import { htmlErrorPage, sendResponse } from './send-response.js';
import type { JournalEntry, SimFault, SimLatency } from './simulator-types.js';
import { writeCompletion, writeStream } from './write-reply.js';

/** Request bodies above this get the dialect's 413 (Anthropic's documented limit). */
export const maxBodyBytes = 32 * 1024 * 1024;

export interface ChatCall {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams | undefined;
  readonly route: SimRoute & { readonly kind: 'chat' };
  readonly context: RequestContext;
}

type Parsed = { readonly json: true; readonly value: unknown } | { readonly json: false };

function parseJson(text: string): Parsed {
  if (text.trim() === '') return { json: false };
  try {
    return { json: true, value: JSON.parse(text) as unknown };
  } catch {
    return { json: false };
  }
}

/** The response of a fault that answers before any generation, or undefined. */
function faultResponse(
  state: ProviderState,
  context: RequestContext,
  fault: SimFault,
  outcome: ParseOutcome | undefined,
  routeModel: string | undefined,
): SimResponse | undefined {
  const { errors, contextWindow } = state.dialect;
  const request = outcome?.ok === true ? outcome.request : undefined;
  switch (fault.kind) {
    case 'error':
      return errors.serverError(context, fault.status ?? 500);
    case 'rate_limit':
      return errors.rateLimited(context, fault.retryAfterSeconds ?? 2);
    case 'quota':
      return errors.quotaExceeded(context);
    case 'auth':
      return errors.authInvalid(context);
    case 'bad_request': {
      const limit = Number.isFinite(contextWindow) ? contextWindow : 131_072;
      return errors.contextTooLong(context, limit + (request?.promptTokens ?? 1), limit);
    }
    case 'model_not_found':
      return errors.modelNotFound(context, request?.model ?? routeModel ?? 'unknown-model');
    case 'html':
      return htmlErrorPage(fault.status ?? 502);
    case 'empty':
      return { status: 200, body: '' };
    default:
      return undefined;
  }
}

/** One chat/messages/generateContent request: journal, faults, auth, validation, reply. */
export async function handleChat(state: ProviderState, call: ChatCall): Promise<void> {
  const { request, response, route, context, query } = call;
  const { dialect } = state;
  const common = dialect.commonHeaders(context);
  const body = await readBody(request, maxBodyBytes);
  if (body.kind === 'aborted') return;
  if (body.kind === 'too_large') {
    response.shouldKeepAlive = false;
    sendResponse(response, common, dialect.errors.payloadTooLarge(context));
    return;
  }
  const parsed = parseJson(body.text);
  const outcome = parsed.json ? dialect.parseChat(context, parsed.value, route, query) : undefined;
  const entry: JournalEntry = {
    at: Date.now(),
    method: call.method,
    path: call.path,
    query: redactQuery(query),
    headers: redactHeaders(request.headers),
    body: parsed.json ? parsed.value : undefined,
    prompt: outcome?.ok === true ? outcome.request.prompt : '',
    stream:
      outcome?.ok === true
        ? outcome.request.stream
        : route.stream === true ||
          (parsed.json && isRecord(parsed.value) && parsed.value.stream === true),
  };
  state.journal.add(entry);
  const fault = state.faults.next(state.faultRng);
  if (fault !== undefined) entry.fault = fault.kind;
  const lifecycle = new ResponseLifecycle(response, entry, () => state.isStopping());

  switch (fault?.kind) {
    case 'hang':
      return;
    case 'reset':
      lifecycle.terminate('reset');
      return;
    case 'close':
      lifecycle.terminate('destroy');
      return;
    case 'slow_first_byte':
      if (!(await lifecycle.sleep(fault.delayMs ?? 1000))) return;
      break;
    default:
      break;
  }
  if (fault !== undefined) {
    const early = faultResponse(state, context, fault, outcome, route.model);
    if (early !== undefined) {
      sendResponse(response, common, early);
      return;
    }
  }
  const rejection =
    checkAuth(state, context, request.headers, query) ??
    dialect.checkHeaders?.(context, request.headers);
  if (rejection !== undefined) return sendResponse(response, common, rejection);
  if (outcome === undefined)
    return sendResponse(response, common, dialect.errors.invalidJson(context));
  if (!outcome.ok) return sendResponse(response, common, outcome.response);
  const chat = outcome.request;
  if (!servesModel(state, chat.model)) {
    return sendResponse(response, common, dialect.errors.modelNotFound(context, chat.model));
  }
  if (chat.promptTokens > dialect.contextWindow) {
    return sendResponse(
      response,
      common,
      dialect.errors.contextTooLong(context, chat.promptTokens, dialect.contextWindow),
    );
  }
  const reply = makeReply({
    dialect: dialect.name,
    request: chat,
    seed: state.seed,
    refuse: fault?.kind === 'safety',
  });
  const input = {
    response,
    lifecycle,
    dialect,
    context,
    common,
    request: chat,
    reply,
    fault,
    latency: jittered(state),
  };
  await (chat.stream ? writeStream(input) : writeCompletion(input));
}

/** This request's latency: the provider's, with its first-token jitter drawn. */
function jittered(state: ProviderState): SimLatency | undefined {
  const latency = state.latency;
  if (latency?.firstTokenJitterMs === undefined || latency.firstTokenJitterMs <= 0) return latency;
  return {
    ...latency,
    firstTokenMs: latency.firstTokenMs + state.latencyRng() * latency.firstTokenJitterMs,
  };
}
