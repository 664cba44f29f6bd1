import type { ServerResponse } from 'node:http';
import type { SimChatRequest } from './chat-request.js';
import type { Dialect, RequestContext, SimResponse, StreamFrame } from './dialect.js';
import { findStreamCut } from './find-stream-cut.js';
import type { SimReply } from './make-reply.js';
import type { ResponseLifecycle } from './response-lifecycle.js';
import { sendResponse } from './send-response.js';
import type { SimFault, SimulatorOptions } from './simulator-types.js';
import { splitIntoChunks } from './split-into-chunks.js';

export interface WriteReplyInput {
  readonly response: ServerResponse;
  readonly lifecycle: ResponseLifecycle;
  readonly dialect: Dialect;
  readonly context: RequestContext;
  readonly common: Readonly<Record<string, string>>;
  readonly request: SimChatRequest;
  readonly reply: SimReply;
  readonly fault: SimFault | undefined;
  readonly latency: SimulatorOptions['latency'];
}

const defaultAfterChunks = 2;

function contentPieces(reply: SimReply): number {
  return reply.kind === 'text' ? splitIntoChunks(reply.text, 1).length : 1;
}

/** A non-streamed reply, honouring latency and the reply-level faults. */
export async function writeCompletion(input: WriteReplyInput): Promise<void> {
  const { response, lifecycle, dialect, context, common, request, reply, fault, latency } = input;
  if (latency !== undefined) {
    const wait =
      latency.firstTokenMs + latency.chunkIntervalMs * Math.max(0, contentPieces(reply) - 1);
    if (!(await lifecycle.sleep(wait))) return;
  }
  const rendered = dialect.renderCompletion(context, request, reply);
  switch (fault?.kind) {
    case 'malformed':
      sendResponse(response, common, {
        ...rendered,
        body: rendered.body.slice(0, Math.floor(rendered.body.length / 2)),
      });
      return;
    case 'in_band_error':
      sendResponse(response, common, dialect.renderInBandError(context, request));
      return;
    case 'truncate':
    case 'disconnect':
    case 'stall':
      writeBrokenCompletion(input, rendered, fault.kind);
      return;
    default:
      sendResponse(response, common, rendered);
  }
}

/** `truncate`: short body under a longer Content-Length; `disconnect`: half a chunked body; `stall`: headers only. */
function writeBrokenCompletion(
  input: WriteReplyInput,
  rendered: SimResponse,
  kind: 'truncate' | 'disconnect' | 'stall',
): void {
  const { response, lifecycle, common } = input;
  const bytes = Buffer.from(rendered.body, 'utf8');
  const headers: Record<string, string> = {
    ...common,
    ...rendered.headers,
    'content-type': rendered.contentType ?? 'application/json',
  };
  if (kind !== 'disconnect') headers['content-length'] = String(bytes.length);
  response.writeHead(200, headers);
  if (kind === 'stall') {
    response.flushHeaders();
    return;
  }
  response.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
  lifecycle.terminate('after-flush');
}

async function writeFrames(
  input: WriteReplyInput,
  frames: readonly StreamFrame[],
  state: { sawContent: boolean },
): Promise<boolean> {
  const { response, lifecycle, latency } = input;
  if (latency === undefined || (latency.firstTokenMs <= 0 && latency.chunkIntervalMs <= 0)) {
    if (frames.length > 0) response.write(frames.map((frame) => frame.text).join(''));
    return lifecycle.alive;
  }
  for (const frame of frames) {
    if (frame.content) {
      const wait = state.sawContent ? latency.chunkIntervalMs : latency.firstTokenMs;
      state.sawContent = true;
      if (!(await lifecycle.sleep(wait))) return false;
    }
    response.write(frame.text);
  }
  return lifecycle.alive;
}

/** A streamed reply: headers flushed at once, frames paced by the latency model, stream faults. */
export async function writeStream(input: WriteReplyInput): Promise<void> {
  const { response, lifecycle, dialect, context, common, request, reply, fault } = input;
  const rendered = dialect.renderStream(context, request, reply);
  response.writeHead(200, {
    ...common,
    ...rendered.headers,
    'content-type': rendered.contentType,
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  response.flushHeaders();
  const state = { sawContent: false };
  const kind = fault?.kind;
  const streamFault =
    kind === 'truncate' ||
    kind === 'disconnect' ||
    kind === 'stall' ||
    kind === 'malformed' ||
    kind === 'in_band_error';
  if (!streamFault) {
    if (await writeFrames(input, rendered.frames, state)) response.end();
    return;
  }
  const cut = findStreamCut(rendered.frames, fault?.afterChunks ?? defaultAfterChunks);
  if (!(await writeFrames(input, rendered.frames.slice(0, cut), state))) return;
  switch (kind) {
    case 'truncate':
      response.end();
      return;
    case 'disconnect':
      lifecycle.terminate('after-flush');
      return;
    case 'stall':
      return;
    case 'malformed':
      response.write(rendered.malformed);
      if (await writeFrames(input, rendered.frames.slice(cut), state)) response.end();
      return;
    case 'in_band_error':
      response.end(rendered.inBandError.join(''));
      return;
  }
}
