import type { SimChatRequest, SimTool, SimToolChoice } from '../../chat-request.js';
import { countTokens } from '../../count-tokens.js';
import type { ParseOutcome, RequestContext } from '../../dialect.js';
import { isRecord } from '../../is-record.js';
import type { OpenAiErrorFields, OpenAiFlavor } from './openai-flavor.js';

const roles = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function']);

class OpenAiRequestError extends Error {
  constructor(readonly fields: OpenAiErrorFields) {
    super(fields.message);
  }
}

function fail(message: string, param: string | null, code: string | null): never {
  throw new OpenAiRequestError({ message, param, code });
}

function contentText(content: unknown, param: string): string {
  if (content === undefined || content === null) return '';
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) {
    return fail(
      `Invalid type for '${param}': expected a string or an array.`,
      param,
      'invalid_type',
    );
  }
  const texts: string[] = [];
  content.forEach((part: unknown, index) => {
    if (!isRecord(part) || typeof part.type !== 'string') {
      fail(
        `Missing required parameter: '${param}[${index}].type'.`,
        `${param}[${index}].type`,
        'missing_required_parameter',
      );
    }
    if (part.type === 'text' && typeof part.text === 'string') texts.push(part.text);
  });
  return texts.join('\n');
}

/** Characters of the arguments of an assistant turn's tool calls (they count as prompt). */
function toolCallCharacters(toolCalls: unknown): number {
  if (!Array.isArray(toolCalls)) return 0;
  let characters = 0;
  for (const call of toolCalls) {
    if (isRecord(call) && isRecord(call.function) && typeof call.function.arguments === 'string') {
      characters += call.function.arguments.length;
    }
  }
  return characters;
}

function parseTools(body: Readonly<Record<string, unknown>>): SimTool[] {
  const tools = body.tools;
  if (tools === undefined || tools === null) return [];
  if (!Array.isArray(tools))
    return fail("Invalid type for 'tools': expected an array.", 'tools', 'invalid_type');
  return tools.map((tool: unknown, index) => {
    const fn = isRecord(tool) ? tool.function : undefined;
    if (!isRecord(fn) || typeof fn.name !== 'string' || fn.name === '') {
      return fail(
        `Missing required parameter: 'tools[${index}].function.name'.`,
        `tools[${index}].function.name`,
        'missing_required_parameter',
      );
    }
    return { name: fn.name, schema: fn.parameters };
  });
}

function parseToolChoice(value: unknown, honored: boolean): SimToolChoice {
  if (!honored || value === undefined || value === null || value === 'auto')
    return { type: 'auto' };
  if (value === 'none') return { type: 'none' };
  if (value === 'required') return { type: 'required' };
  if (isRecord(value) && isRecord(value.function) && typeof value.function.name === 'string') {
    return { type: 'tool', name: value.function.name };
  }
  if (isRecord(value) && typeof value.type === 'string') return { type: 'auto' };
  return fail("Invalid value for 'tool_choice'.", 'tool_choice', 'invalid_value');
}

function parseJsonMode(value: unknown): { readonly schema: unknown } | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value) || typeof value.type !== 'string') {
    return fail(
      "Invalid type for 'response_format': expected an object.",
      'response_format',
      'invalid_type',
    );
  }
  if (value.type === 'text') return undefined;
  if (value.type === 'json_object') return { schema: undefined };
  if (value.type === 'json_schema') {
    return { schema: isRecord(value.json_schema) ? value.json_schema.schema : undefined };
  }
  return fail(
    `Invalid value: '${value.type}'. Supported values are: 'json_object', 'json_schema', and 'text'.`,
    'response_format.type',
    'invalid_value',
  );
}

function parseStop(value: unknown, max: number | undefined): string[] {
  if (value === undefined || value === null) return [];
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((entry) => typeof entry === 'string')) {
    return fail(
      "Invalid type for 'stop': expected a string or an array of strings.",
      'stop',
      'invalid_type',
    );
  }
  if (max !== undefined && list.length > max) {
    return fail(
      `Invalid 'stop': array too long. Expected an array with maximum length ${max}, but got an array with length ${list.length} instead.`,
      'stop',
      'array_above_max_length',
    );
  }
  return list;
}

function parseMaxTokens(
  body: Readonly<Record<string, unknown>>,
  fields: readonly string[],
): number | undefined {
  for (const field of fields) {
    const value = body[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      return fail(
        `Invalid '${field}': expected an integer >= 1, but got ${JSON.stringify(value)} instead.`,
        field,
        'invalid_value',
      );
    }
    return value;
  }
  return undefined;
}

function parseBody(body: Readonly<Record<string, unknown>>, flavor: OpenAiFlavor): SimChatRequest {
  if (typeof body.model !== 'string' || body.model === '') {
    return fail('you must provide a model parameter', null, null);
  }
  const messages = body.messages;
  if (messages === undefined)
    return fail(
      "Missing required parameter: 'messages'.",
      'messages',
      'missing_required_parameter',
    );
  if (!Array.isArray(messages))
    return fail("Invalid type for 'messages': expected an array.", 'messages', 'invalid_type');
  if (messages.length === 0) {
    return fail(
      "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      'messages',
      'empty_array',
    );
  }
  const temperature = body.temperature;
  if (
    temperature !== undefined &&
    temperature !== null &&
    (typeof temperature !== 'number' || temperature < 0 || temperature > 2)
  ) {
    return fail(
      `Invalid 'temperature': expected a number between 0 and 2, but got ${JSON.stringify(temperature)} instead.`,
      'temperature',
      'invalid_value',
    );
  }
  let characters = 0;
  const promptParts: string[] = [];
  let lastUserText = '';
  let toolResultText: string | undefined;
  messages.forEach((message: unknown, index) => {
    if (!isRecord(message))
      return fail(
        `Invalid type for 'messages[${index}]': expected an object.`,
        `messages[${index}]`,
        'invalid_type',
      );
    const role = message.role;
    if (typeof role !== 'string' || !roles.has(role)) {
      return fail(
        `Invalid value: '${String(role)}'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.`,
        `messages[${index}].role`,
        'invalid_value',
      );
    }
    const text = contentText(message.content, `messages[${index}].content`);
    characters += text.length + toolCallCharacters(message.tool_calls);
    toolResultText = undefined;
    if (role === 'user') {
      lastUserText = text;
      promptParts.push(text);
    } else if (role === 'tool' || role === 'function') {
      toolResultText = text;
      promptParts.push(text);
    }
    return undefined;
  });
  const streamOptions = isRecord(body.stream_options) ? body.stream_options : undefined;
  return {
    model: body.model,
    stream: body.stream === true,
    streamFormat: 'sse',
    includeUsage: body.stream === true && streamOptions?.include_usage === true,
    prompt: promptParts.join('\n'),
    promptTokens: countTokens(characters),
    lastUserText,
    toolResultText,
    tools: parseTools(body),
    toolChoice: parseToolChoice(body.tool_choice, flavor.honorsToolChoice),
    json: parseJsonMode(body.response_format),
    maxTokens: parseMaxTokens(body, flavor.maxTokensFields),
    stopSequences: parseStop(body.stop, flavor.maxStopSequences),
  };
}

/** Validates an OpenAI-dialect chat body with the flavor's own extra rules and error envelope. */
export function parseOpenAiRequest(
  context: RequestContext,
  body: unknown,
  flavor: OpenAiFlavor,
): ParseOutcome {
  if (!isRecord(body)) {
    return {
      ok: false,
      response: flavor.badRequest(context, {
        message: 'Invalid type for body: expected an object.',
        param: null,
        code: 'invalid_type',
      }),
    };
  }
  const rejected = flavor.validate?.(context, body);
  if (rejected !== undefined) return { ok: false, response: rejected };
  try {
    return { ok: true, request: parseBody(body, flavor) };
  } catch (error) {
    if (error instanceof OpenAiRequestError)
      return { ok: false, response: flavor.badRequest(context, error.fields) };
    throw error;
  }
}
