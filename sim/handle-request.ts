import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkAuth } from './check-auth.js';
import { handleChat, maxBodyBytes } from './handle-chat.js';
import { handleControl } from './handle-control.js';
import { createRequestContext, servesModel, type ProviderState } from './provider-state.js';
import { readBody } from './read-body.js';
import { sendResponse } from './send-response.js';

function splitUrl(url: string): { path: string; query: URLSearchParams | undefined } {
  const mark = url.indexOf('?');
  if (mark === -1) return { path: url, query: undefined };
  return { path: url.slice(0, mark), query: new URLSearchParams(url.slice(mark + 1)) };
}

/** Routes one request: control API, the dialect's chat, models and count-tokens endpoints, 404/405. */
export async function handleRequest(
  state: ProviderState,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const method = request.method ?? 'GET';
  const { path, query } = splitUrl(request.url ?? '/');
  if (path === '/__sim' || path.startsWith('/__sim/')) {
    await handleControl(state, request, response, method, path);
    return;
  }
  const { dialect } = state;
  const context = createRequestContext(state);
  const match = dialect.matchRoute(method, path);
  if (match !== undefined && 'route' in match && match.route.kind === 'chat') {
    await handleChat(state, {
      request,
      response,
      method,
      path,
      query,
      route: match.route,
      context,
    });
    return;
  }
  const common = dialect.commonHeaders(context);
  if (match === undefined) {
    request.resume();
    return sendResponse(response, common, dialect.errors.unknownPath(context, method, path));
  }
  if ('allow' in match) {
    request.resume();
    return sendResponse(
      response,
      common,
      dialect.errors.methodNotAllowed(context, method, match.allow),
    );
  }
  const { route } = match;
  if (route.kind === 'health') {
    request.resume();
    return sendResponse(response, common, { status: 200, body: '' });
  }
  if (route.kind === 'count_tokens') {
    const body = await readBody(request, maxBodyBytes);
    if (body.kind !== 'ok') return undefined;
    const rejection = checkAuth(state, context, request.headers, query);
    if (rejection !== undefined) return sendResponse(response, common, rejection);
    let value: unknown;
    try {
      value = JSON.parse(body.text) as unknown;
    } catch {
      return sendResponse(response, common, dialect.errors.invalidJson(context));
    }
    const outcome = dialect.parseChat(
      context,
      value,
      { kind: 'chat', model: route.model, stream: false },
      query,
    );
    if (!outcome.ok) return sendResponse(response, common, outcome.response);
    if (!servesModel(state, route.model) || dialect.renderCountTokens === undefined) {
      return sendResponse(response, common, dialect.errors.modelNotFound(context, route.model));
    }
    return sendResponse(response, common, dialect.renderCountTokens(context, outcome.request));
  }
  request.resume();
  const rejection =
    (dialect.modelsNeedAuth ? checkAuth(state, context, request.headers, query) : undefined) ??
    dialect.checkHeaders?.(context, request.headers);
  if (rejection !== undefined) return sendResponse(response, common, rejection);
  if (route.kind === 'models') {
    return sendResponse(
      response,
      common,
      dialect.renderModels(context, state.models ?? dialect.defaultModels),
    );
  }
  if (route.kind !== 'model')
    return sendResponse(response, common, dialect.errors.unknownPath(context, method, path));
  if (!servesModel(state, route.model)) {
    return sendResponse(response, common, dialect.errors.modelNotFound(context, route.model));
  }
  return sendResponse(response, common, dialect.renderModel(context, route.model));
}
