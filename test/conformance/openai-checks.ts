import {
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  OpenAI,
  RateLimitError,
} from 'openai';
import type {
  ChatCompletionCreateParamsStreaming,
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';
import {
  jsonPrompt,
  plainPrompt,
  servedBy,
  toolPrompt,
  toolResultAcknowledgement,
  toolResultMarker,
  weatherTool,
} from './conformance-fixtures.js';
import {
  check,
  checkEqual,
  checkIncludes,
  checkInstance,
  checkPositiveInteger,
  parseJsonObject,
  readPath,
  show,
} from './conformance-assert.js';
import type { CellTarget } from './conformance-rig.js';
import { checkCleanEnd, postForSse, type SseEvent, type TerminalEvents } from './sse-transcript.js';
import { sharedChecks } from './shared-checks.js';
import type { ContentChecks, SurfaceChecks } from './surface-checks.js';
import type { ExpectedError, SurfaceDriver } from './surface-driver.js';
import { onlyRequest } from './upstream-observations.js';

/** The OpenAI SDK pointed at the gateway: only the base URL and the key differ from production. */
function client(url: string, apiKey: string, maxRetries?: number): OpenAI {
  return new OpenAI({
    baseURL: `${url}/v1`,
    apiKey,
    ...(maxRetries === undefined ? {} : { maxRetries }),
  });
}

const user = (content: string): ChatCompletionMessageParam[] => [{ role: 'user', content }];
const tools: ChatCompletionTool[] = [{ type: 'function', function: weatherTool }];

function eventJson(event: SseEvent): unknown {
  try {
    return JSON.parse(event.data) as unknown;
  } catch {
    return undefined;
  }
}

const terminal: TerminalEvents = {
  isTerminator: (event) => event.data === '[DONE]',
  isError: (event) => readPath(eventJson(event), 'error') !== undefined,
};

interface StreamedCall {
  id: string;
  name: string;
  arguments: string;
}

interface StreamedAnswer {
  readonly text: string;
  readonly finishReason: string | null;
  readonly contentChunks: number;
  readonly toolCalls: readonly StreamedCall[];
  readonly usage: readonly CompletionUsage[];
  readonly usageOnLastChunk: boolean;
}

/** Reads a whole stream through the SDK, gathering text, tool-call deltas and usage chunks. */
async function readStream(
  sdk: OpenAI,
  body: Omit<ChatCompletionCreateParamsStreaming, 'stream'>,
): Promise<StreamedAnswer> {
  const stream = await sdk.chat.completions.create({ ...body, stream: true });
  let text = '';
  let finishReason: string | null = null;
  let contentChunks = 0;
  let usageOnLastChunk = false;
  const toolCalls: StreamedCall[] = [];
  const usage: CompletionUsage[] = [];
  for await (const chunk of stream) {
    usageOnLastChunk = false;
    if (chunk.usage !== null && chunk.usage !== undefined) {
      usage.push(chunk.usage);
      usageOnLastChunk = chunk.choices.length === 0;
    }
    const choice = chunk.choices[0];
    if (choice === undefined) continue;
    if (typeof choice.delta.content === 'string' && choice.delta.content !== '') {
      text += choice.delta.content;
      contentChunks += 1;
    }
    for (const delta of choice.delta.tool_calls ?? []) {
      const call = (toolCalls[delta.index] ??= { id: '', name: '', arguments: '' });
      if (delta.id !== undefined) call.id = delta.id;
      if (delta.function?.name !== undefined) call.name += delta.function.name;
      if (delta.function?.arguments !== undefined) call.arguments += delta.function.arguments;
    }
    if (choice.finish_reason !== null) finishReason = choice.finish_reason;
  }
  return { text, finishReason, contentChunks, toolCalls, usage, usageOnLastChunk };
}

function checkWeatherArguments(text: string, what: string): void {
  const args = parseJsonObject(text, `${what} arguments`);
  check(
    typeof args.city === 'string',
    `${what} arguments: expected a string "city", got ${show(args)}`,
  );
}

function checkToolResultAnswer(
  cell: CellTarget,
  text: string | null | undefined,
  what: string,
): void {
  checkIncludes(text, toolResultAcknowledgement, what);
  checkIncludes(text, toolResultMarker, what);
  const second = cell.upstream.journal[1];
  checkIncludes(
    second?.prompt,
    toolResultMarker,
    `${what}: the tool result in the provider's request`,
  );
}

const contentChecks: ContentChecks = {
  async plain(cell, rig) {
    const completion = await client(cell.url, rig.serviceKey).chat.completions.create({
      model: cell.model,
      messages: user(plainPrompt),
    });
    checkEqual(completion.object, 'chat.completion', 'object');
    const choice = completion.choices[0];
    check(choice !== undefined, `no choice in ${show(completion)}`);
    checkEqual(choice.message.role, 'assistant', 'message.role');
    checkIncludes(choice.message.content, servedBy(cell.simDialect), 'message.content');
    checkIncludes(choice.message.content, plainPrompt, 'message.content (echo of the prompt)');
    checkEqual(choice.finish_reason, 'stop', 'finish_reason');
    check(
      !onlyRequest(cell.upstream, 'plain').stream,
      'plain: the provider was asked for a stream',
    );
  },

  async stream(cell, rig) {
    const sdk = client(cell.url, rig.serviceKey);
    const plain = await sdk.chat.completions.create({
      model: cell.model,
      messages: user(plainPrompt),
    });
    const streamed = await readStream(sdk, { model: cell.model, messages: user(plainPrompt) });
    checkIncludes(streamed.text, servedBy(cell.simDialect), 'streamed text');
    checkEqual(
      streamed.text,
      plain.choices[0]?.message.content,
      'streamed text vs the plain answer',
    );
    check(
      streamed.contentChunks > 1,
      `expected the answer in several chunks, got ${streamed.contentChunks}`,
    );
    checkEqual(streamed.finishReason, 'stop', 'finish_reason');
    checkCleanEnd(
      await driver.rawStream(cell.url, rig.serviceKey, cell.model, plainPrompt),
      terminal,
    );
  },

  async tools(cell, rig) {
    const sdk = client(cell.url, rig.serviceKey);
    const messages = user(toolPrompt);
    const first = await sdk.chat.completions.create({ model: cell.model, messages, tools });
    const choice = first.choices[0];
    check(choice !== undefined, `no choice in ${show(first)}`);
    checkEqual(choice.finish_reason, 'tool_calls', 'finish_reason');
    const call = choice.message.tool_calls?.[0];
    check(call?.type === 'function', `expected a function tool call, got ${show(choice.message)}`);
    checkEqual(call.function.name, weatherTool.name, 'tool call name');
    checkWeatherArguments(call.function.arguments, 'tool call');
    // The usual client loop: append the assistant message as returned, then the tool's result.
    messages.push(choice.message, {
      role: 'tool',
      tool_call_id: call.id,
      content: toolResultMarker,
    });
    const second = await sdk.chat.completions.create({ model: cell.model, messages, tools });
    checkToolResultAnswer(cell, second.choices[0]?.message.content, 'answer to the tool result');
    checkEqual(second.choices[0]?.finish_reason, 'stop', 'finish_reason after the tool result');
  },

  async 'tools-stream'(cell, rig) {
    const sdk = client(cell.url, rig.serviceKey);
    const messages = user(toolPrompt);
    const first = await readStream(sdk, { model: cell.model, messages, tools });
    checkEqual(first.finishReason, 'tool_calls', 'finish_reason');
    checkEqual(first.toolCalls.length, 1, 'streamed tool calls');
    const call = first.toolCalls[0];
    check(
      call !== undefined && call.id !== '',
      `expected a tool call with an id, got ${show(first.toolCalls)}`,
    );
    checkEqual(call.name, weatherTool.name, 'tool call name');
    checkWeatherArguments(call.arguments, 'streamed tool call');
    messages.push(
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: call.id,
            type: 'function',
            function: { name: call.name, arguments: call.arguments },
          },
        ],
      },
      { role: 'tool', tool_call_id: call.id, content: toolResultMarker },
    );
    const second = await readStream(sdk, { model: cell.model, messages, tools });
    checkToolResultAnswer(cell, second.text, 'streamed answer to the tool result');
    checkEqual(second.finishReason, 'stop', 'finish_reason after the tool result');
  },

  async json(cell, rig) {
    const completion = await client(cell.url, rig.serviceKey).chat.completions.create({
      model: cell.model,
      messages: user(jsonPrompt),
      response_format: { type: 'json_object' },
    });
    const object = parseJsonObject(completion.choices[0]?.message.content, 'message.content');
    check(Object.keys(object).length > 0, `expected a non-empty JSON object, got ${show(object)}`);
  },

  async usage(cell, rig) {
    const sdk = client(cell.url, rig.serviceKey);
    const plain = await sdk.chat.completions.create({
      model: cell.model,
      messages: user(plainPrompt),
    });
    const usage = plain.usage;
    check(usage !== undefined, `no usage in ${show(plain)}`);
    checkPositiveInteger(usage.prompt_tokens, 'usage.prompt_tokens');
    checkPositiveInteger(usage.completion_tokens, 'usage.completion_tokens');
    checkEqual(
      usage.total_tokens,
      usage.prompt_tokens + usage.completion_tokens,
      'usage.total_tokens',
    );
    const streamed = await readStream(sdk, {
      model: cell.model,
      messages: user(plainPrompt),
      stream_options: { include_usage: true },
    });
    checkEqual(streamed.usage.length, 1, 'chunks carrying usage (stream_options.include_usage)');
    check(streamed.usageOnLastChunk, 'the usage chunk (with no choices) must be the last chunk');
    const reported = streamed.usage[0];
    checkEqual(
      reported && [reported.prompt_tokens, reported.completion_tokens, reported.total_tokens],
      [usage.prompt_tokens, usage.completion_tokens, usage.total_tokens],
      'streamed usage [prompt, completion, total] vs the plain answer',
    );
  },
};

const errorClasses: Readonly<Record<number, abstract new (...args: never[]) => APIError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  429: RateLimitError,
  502: InternalServerError,
};

const driver: SurfaceDriver = {
  surface: 'openai',
  async ask(url, apiKey, model, prompt) {
    const completion = await client(url, apiKey, 0).chat.completions.create({
      model,
      messages: user(prompt),
    });
    return completion.choices[0]?.message.content ?? '';
  },
  async streamText(url, apiKey, model, prompt, onText, signal) {
    const stream = await client(url, apiKey, 0).chat.completions.create(
      { model, messages: user(prompt), stream: true },
      signal === undefined ? {} : { signal },
    );
    for await (const chunk of stream) onText(chunk.choices[0]?.delta.content ?? '');
  },
  checkError(error: unknown, expected: ExpectedError, what: string): Headers {
    const type = errorClasses[expected.status] ?? APIError;
    checkInstance(error, type, what);
    checkEqual(error.status, expected.status, `${what}: status`);
    checkEqual(error.code, expected.code, `${what}: error.code`);
    return error.headers ?? new Headers();
  },
  checkStreamError(error, what) {
    checkInstance(error, APIError, what);
    check(
      !(error instanceof APIUserAbortError),
      `${what}: the SDK reported an abort, not an upstream failure`,
    );
    return error.code;
  },
  isAbortError: (error) => error instanceof APIUserAbortError,
  rawStream: (url, apiKey, model, prompt) =>
    postForSse(
      `${url}/v1/chat/completions`,
      { model, messages: user(prompt), stream: true },
      { authorization: `Bearer ${apiKey}` },
    ),
  terminal,
  isContentEvent: (event) => {
    const content = readPath(eventJson(event), 'choices', 0, 'delta', 'content');
    return typeof content === 'string' && content !== '';
  },
  errorCodeOf: (data) => readPath(JSON.parse(data) as unknown, 'error', 'code'),
};

/** Every column of the matrix for the OpenAI Chat Completions surface and the `openai` SDK. */
export const openaiChecks: SurfaceChecks = { ...contentChecks, ...sharedChecks(driver) };
