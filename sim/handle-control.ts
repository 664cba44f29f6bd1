import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRecord } from './is-record.js';
import { jsonResponse } from './json-response.js';
import { parseFaults } from './parse-faults.js';
import type { ProviderState } from './provider-state.js';
import { readBody } from './read-body.js';
import { sendResponse } from './send-response.js';

const maxControlBytes = 1024 * 1024;
const noHeaders: Readonly<Record<string, string>> = {};

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers?: Readonly<Record<string, string>>,
): void {
  sendResponse(response, noHeaders, jsonResponse(status, body, headers));
}

async function setFaults(
  state: ProviderState,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const body = await readBody(request, maxControlBytes);
  if (body.kind === 'aborted') return;
  if (body.kind === 'too_large')
    return send(response, 413, { error: { message: 'control body too large' } });
  let value: unknown;
  try {
    value = JSON.parse(body.text) as unknown;
  } catch {
    return send(response, 400, { error: { message: 'body must be JSON: {"faults":[…]}' } });
  }
  if (!isRecord(value) || Object.keys(value).some((key) => key !== 'faults')) {
    return send(response, 400, {
      error: { message: 'body must be {"faults":[…]} and nothing else' },
    });
  }
  const parsed = parseFaults(value.faults);
  if (!parsed.ok) return send(response, 400, { error: { message: parsed.message } });
  state.faults.set(parsed.faults);
  return send(response, 200, { ok: true, faults: state.faults.describe() });
}

/**
 * The simulator-only control API under `/__sim/`, so other processes can script faults and read
 * the journal: `faults` (GET, POST, DELETE), `requests` (GET, DELETE), `health` (GET).
 */
export async function handleControl(
  state: ProviderState,
  request: IncomingMessage,
  response: ServerResponse,
  method: string,
  path: string,
): Promise<void> {
  const allow = (methods: string): void =>
    send(
      response,
      405,
      { error: { message: `${method} not allowed on ${path}` } },
      { allow: methods },
    );
  switch (path) {
    case '/__sim/health':
      request.resume();
      if (method !== 'GET') return allow('GET');
      return send(response, 200, { ok: true, dialect: state.dialect.name });
    case '/__sim/faults':
      if (method === 'POST') return setFaults(state, request, response);
      request.resume();
      if (method === 'DELETE') {
        state.faults.clear();
        return send(response, 200, { ok: true });
      }
      if (method === 'GET') return send(response, 200, { faults: state.faults.describe() });
      return allow('GET, POST, DELETE');
    case '/__sim/requests':
      request.resume();
      if (method === 'DELETE') {
        state.journal.clear();
        return send(response, 200, { ok: true });
      }
      if (method === 'GET')
        return send(response, 200, { count: state.journal.count, requests: state.journal.entries });
      return allow('GET, DELETE');
    default:
      request.resume();
      return send(response, 404, { error: { message: `unknown simulator control path ${path}` } });
  }
}
