import {
  Anthropic,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  RateLimitError,
} from '@anthropic-ai/sdk';
import type {
  ContentBlock,
  MessageCreateParamsBase,
  MessageParam,
  Tool,
  ToolUseBlock,
} from '@anthropic-ai/sdk/resources/messages';
import {
  answerSchema,
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
import { checkCleanEnd, postForSse, type TerminalEvents } from './sse-transcript.js';
import { sharedChecks } from './shared-checks.js';
import type { ContentChecks, SurfaceChecks } from './surface-checks.js';
import type { ExpectedError, SurfaceDriver } from './surface-driver.js';
import { onlyRequest } from './upstream-observations.js';

/** The Anthropic SDK pointed at the gateway: only the base URL and the key differ from production. */
function client(url: string, apiKey: string, maxRetries?: number): Anthropic {
  return new Anthropic({
    baseURL: url,
    apiKey,
    ...(maxRetries === undefined ? {} : { maxRetries }),
  });
}

const maxTokens = 1024;
const user = (content: string): MessageParam[] => [{ role: 'user', content }];
const tools: Tool[] = [
  {
    name: weatherTool.name,
    description: weatherTool.description,
    input_schema: weatherTool.parameters,
  },
];

function textOf(content: readonly ContentBlock[]): string {
  return content.map((block) => (block.type === 'text' ? block.text : '')).join('');
}

function toolUseOf(content: readonly ContentBlock[], what: string): ToolUseBlock {
  const call = content.find((block): block is ToolUseBlock => block.type === 'tool_use');
  check(call !== undefined, `${what}: expected a tool_use block, got ${show(content)}`);
  checkEqual(call.name, weatherTool.name, `${what}: tool_use name`);
  check(
    typeof readPath(call.input, 'city') === 'string',
    `${what}: expected a string "city" in the tool input, got ${show(call.input)}`,
  );
  return call;
}

function withToolResult(
  messages: MessageParam[],
  content: ContentBlock[],
  call: ToolUseBlock,
): void {
  messages.push(
    { role: 'assistant', content },
    {
      role: 'user',
      content: [{ type: 'tool_result', tool_use_id: call.id, content: toolResultMarker }],
    },
  );
}

function checkToolResultAnswer(cell: CellTarget, text: string, what: string): void {
  checkIncludes(text, toolResultAcknowledgement, what);
  checkIncludes(text, toolResultMarker, what);
  checkIncludes(
    cell.upstream.journal[1]?.prompt,
    toolResultMarker,
    `${what}: the tool result in the provider's request`,
  );
}

/** Streams through the SDK's `messages.stream` helper, returning the event types and the final message. */
async function streamMessage(sdk: Anthropic, body: MessageCreateParamsBase) {
  const stream = sdk.messages.stream(body);
  const types: string[] = [];
  let text = '';
  const deltaUsage: unknown[] = [];
  for await (const event of stream) {
    types.push(event.type);
    if (event.type === 'content_block_delta' && event.delta.type === 'text_delta')
      text += event.delta.text;
    if (event.type === 'message_delta') deltaUsage.push(event.usage);
  }
  const final = await stream.finalMessage();
  checkEqual(types[0], 'message_start', 'first stream event');
  checkEqual(types.at(-1), 'message_stop', 'last stream event');
  checkEqual(types.filter((type) => type === 'message_stop').length, 1, 'message_stop events');
  return { types, text, final, deltaUsage };
}

const terminal: TerminalEvents = {
  isTerminator: (event) => event.event === 'message_stop',
  isError: (event) => event.event === 'error',
};

const contentChecks: ContentChecks = {
  async plain(cell, rig) {
    const message = await client(cell.url, rig.serviceKey).messages.create({
      model: cell.model,
      max_tokens: maxTokens,
      messages: user(plainPrompt),
    });
    checkEqual(message.type, 'message', 'type');
    checkEqual(message.role, 'assistant', 'role');
    const text = textOf(message.content);
    checkIncludes(text, servedBy(cell.simDialect), 'text');
    checkIncludes(text, plainPrompt, 'text (echo of the prompt)');
    checkEqual(message.stop_reason, 'end_turn', 'stop_reason');
    check(
      !onlyRequest(cell.upstream, 'plain').stream,
      'plain: the provider was asked for a stream',
    );
  },

  async stream(cell, rig) {
    const sdk = client(cell.url, rig.serviceKey);
    const body = { model: cell.model, max_tokens: maxTokens, messages: user(plainPrompt) };
    const plain = await sdk.messages.create(body);
    const streamed = await streamMessage(sdk, body);
    checkIncludes(streamed.text, servedBy(cell.simDialect), 'streamed text');
    checkEqual(streamed.text, textOf(plain.content), 'streamed text vs the plain answer');
    checkEqual(textOf(streamed.final.content), streamed.text, 'finalMessage() text vs the deltas');
    check(
      streamed.types.filter((type) => type === 'content_block_delta').length > 1,
      `expected several content_block_delta events, got ${show(streamed.types)}`,
    );
    checkEqual(streamed.final.stop_reason, 'end_turn', 'stop_reason');
    checkCleanEnd(
      await driver.rawStream(cell.url, rig.serviceKey, cell.model, plainPrompt),
      terminal,
    );
  },

  async tools(cell, rig) {
    const sdk = client(cell.url, rig.serviceKey);
    const messages = user(toolPrompt);
    const first = await sdk.messages.create({
      model: cell.model,
      max_tokens: maxTokens,
      messages,
      tools,
    });
    checkEqual(first.stop_reason, 'tool_use', 'stop_reason');
    const call = toolUseOf(first.content, 'first answer');
    // The usual client loop: the assistant content as returned, then a tool_result block.
    withToolResult(messages, first.content, call);
    const second = await sdk.messages.create({
      model: cell.model,
      max_tokens: maxTokens,
      messages,
      tools,
    });
    checkToolResultAnswer(cell, textOf(second.content), 'answer to the tool result');
    checkEqual(second.stop_reason, 'end_turn', 'stop_reason after the tool result');
  },

  async 'tools-stream'(cell, rig) {
    const sdk = client(cell.url, rig.serviceKey);
    const messages = user(toolPrompt);
    const first = await streamMessage(sdk, {
      model: cell.model,
      max_tokens: maxTokens,
      messages,
      tools,
    });
    checkEqual(first.final.stop_reason, 'tool_use', 'stop_reason');
    check(
      first.types.includes('content_block_delta'),
      `expected input_json_delta events, got ${show(first.types)}`,
    );
    const call = toolUseOf(first.final.content, 'streamed answer');
    withToolResult(messages, first.final.content, call);
    const second = await streamMessage(sdk, {
      model: cell.model,
      max_tokens: maxTokens,
      messages,
      tools,
    });
    checkToolResultAnswer(cell, second.text, 'streamed answer to the tool result');
    checkEqual(second.final.stop_reason, 'end_turn', 'stop_reason after the tool result');
  },

  async json(cell, rig) {
    const message = await client(cell.url, rig.serviceKey).messages.create({
      model: cell.model,
      max_tokens: maxTokens,
      messages: user(jsonPrompt),
      output_config: { format: { type: 'json_schema', schema: answerSchema } },
    });
    const object = parseJsonObject(textOf(message.content), 'text');
    check(
      typeof object.answer === 'string',
      `expected the schema's required "answer" string, got ${show(object)}`,
    );
  },

  async usage(cell, rig) {
    const sdk = client(cell.url, rig.serviceKey);
    const body = { model: cell.model, max_tokens: maxTokens, messages: user(plainPrompt) };
    const plain = await sdk.messages.create(body);
    checkPositiveInteger(plain.usage.input_tokens, 'usage.input_tokens');
    checkPositiveInteger(plain.usage.output_tokens, 'usage.output_tokens');
    const streamed = await streamMessage(sdk, body);
    checkEqual(streamed.deltaUsage.length, 1, 'message_delta events carrying usage');
    checkEqual(
      readPath(streamed.deltaUsage[0], 'output_tokens'),
      plain.usage.output_tokens,
      'message_delta usage.output_tokens vs the plain answer',
    );
    checkEqual(
      [streamed.final.usage.input_tokens, streamed.final.usage.output_tokens],
      [plain.usage.input_tokens, plain.usage.output_tokens],
      'finalMessage() usage [input, output] vs the plain answer',
    );
  },
};

const errorClasses: Readonly<Record<number, abstract new (...args: never[]) => APIError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  429: RateLimitError,
  502: InternalServerError,
};

/** The gateway code inside Anthropic's `{type: "error", error: {type, message, code}}`. */
const codeOf = (body: unknown): unknown => readPath(body, 'error', 'code');

const driver: SurfaceDriver = {
  surface: 'anthropic',
  async ask(url, apiKey, model, prompt) {
    const message = await client(url, apiKey, 0).messages.create({
      model,
      max_tokens: maxTokens,
      messages: user(prompt),
    });
    return textOf(message.content);
  },
  async streamText(url, apiKey, model, prompt, onText, signal) {
    const stream = await client(url, apiKey, 0).messages.create(
      { model, max_tokens: maxTokens, messages: user(prompt), stream: true },
      signal === undefined ? {} : { signal },
    );
    for await (const event of stream) {
      if (event.type === 'content_block_delta' && event.delta.type === 'text_delta')
        onText(event.delta.text);
    }
  },
  checkError(error: unknown, expected: ExpectedError, what: string): Headers {
    checkInstance(error, errorClasses[expected.status] ?? APIError, what);
    checkEqual(error.status, expected.status, `${what}: status`);
    checkEqual(codeOf(error.error), expected.code, `${what}: error.error.code`);
    return error.headers ?? new Headers();
  },
  checkStreamError(error, what) {
    checkInstance(error, APIError, what);
    check(
      !(error instanceof APIUserAbortError),
      `${what}: the SDK reported an abort, not an upstream failure`,
    );
    return codeOf(error.error);
  },
  isAbortError: (error) => error instanceof APIUserAbortError,
  rawStream: (url, apiKey, model, prompt) =>
    postForSse(
      `${url}/v1/messages`,
      { model, max_tokens: maxTokens, messages: user(prompt), stream: true },
      { 'x-api-key': apiKey, 'anthropic-version': '2023-06-01' },
    ),
  terminal,
  isContentEvent: (event) => event.event === 'content_block_delta',
  errorCodeOf: (data) => codeOf(JSON.parse(data) as unknown),
};

/** Every column of the matrix for the Anthropic Messages surface and the `@anthropic-ai/sdk` SDK. */
export const anthropicChecks: SurfaceChecks = { ...contentChecks, ...sharedChecks(driver) };
