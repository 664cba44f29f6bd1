import type { SimChatRequest, SimTool, SimToolChoice } from '../../chat-request.js';
import { countTokens } from '../../count-tokens.js';
import type { ParseOutcome, RequestContext } from '../../dialect.js';
import { isRecord } from '../../is-record.js';
import { anthropicError } from './anthropic-errors.js';

const imageTypes = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

class AnthropicRequestError extends Error {}

function fail(message: string): never {
  throw new AnthropicRequestError(message);
}

interface MessageSummary {
  readonly role: string;
  readonly text: string;
  readonly characters: number;
  readonly toolUseIds: readonly string[];
  /** tool_use_ids answered, in order, and whether all of them precede any other block. */
  readonly toolResultIds: readonly string[];
  readonly toolResultsFirst: boolean;
  readonly toolResultText: string;
}

function blockText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const texts: string[] = [];
  for (const block of content) {
    if (isRecord(block) && block.type === 'text' && typeof block.text === 'string')
      texts.push(block.text);
  }
  return texts.join('\n');
}

function readMessage(message: unknown, index: number): MessageSummary {
  if (!isRecord(message)) return fail(`messages.${index}: Input should be a valid dictionary`);
  const role = message.role;
  if (role !== 'user' && role !== 'assistant' && role !== 'system') {
    return fail(`messages.${index}.role: Input should be 'user' or 'assistant'`);
  }
  const content = message.content;
  if (typeof content === 'string') {
    return {
      role,
      text: content,
      characters: content.length,
      toolUseIds: [],
      toolResultIds: [],
      toolResultsFirst: true,
      toolResultText: '',
    };
  }
  if (!Array.isArray(content))
    return fail(`messages.${index}.content: Input should be a valid list`);
  const texts: string[] = [];
  const toolUseIds: string[] = [];
  const toolResultIds: string[] = [];
  const toolResultTexts: string[] = [];
  let characters = 0;
  let toolResultsFirst = true;
  let seenOther = false;
  content.forEach((block: unknown, blockIndex) => {
    const where = `messages.${index}.content.${blockIndex}`;
    if (!isRecord(block) || typeof block.type !== 'string')
      return fail(`${where}: Input tag does not match any of the expected tags`);
    if (block.type === 'text') {
      if (typeof block.text !== 'string') return fail(`${where}.text: Field required`);
      texts.push(block.text);
      characters += block.text.length;
      seenOther = true;
    } else if (block.type === 'tool_use') {
      if (role !== 'assistant')
        return fail(`${where}: tool_use blocks can only be in assistant messages`);
      if (typeof block.id !== 'string' || typeof block.name !== 'string')
        return fail(`${where}: tool_use requires id and name`);
      toolUseIds.push(block.id);
      characters += JSON.stringify(block.input ?? {}).length;
    } else if (block.type === 'tool_result') {
      if (role !== 'user') return fail(`${where}: tool_result blocks can only be in user messages`);
      if (typeof block.tool_use_id !== 'string')
        return fail(`${where}.tool_use_id: Field required`);
      if (seenOther) toolResultsFirst = false;
      toolResultIds.push(block.tool_use_id);
      const text = blockText(block.content);
      toolResultTexts.push(text);
      characters += text.length;
    } else if (block.type === 'image') {
      const source = isRecord(block.source) ? block.source : {};
      if (
        source.type === 'base64' &&
        (typeof source.media_type !== 'string' || !imageTypes.has(source.media_type))
      ) {
        return fail(
          `${where}.source.base64.media_type: Input should be 'image/jpeg', 'image/png', 'image/gif' or 'image/webp'`,
        );
      }
      seenOther = true;
    } else {
      seenOther = true;
    }
    return undefined;
  });
  return {
    role,
    text: texts.join('\n'),
    characters,
    toolUseIds,
    toolResultIds,
    toolResultsFirst,
    toolResultText: toolResultTexts.join('\n'),
  };
}

/** Every tool_use must be answered by tool_result blocks at the start of the very next user message. */
function checkToolPairing(summaries: readonly MessageSummary[]): void {
  summaries.forEach((summary, index) => {
    if (summary.toolUseIds.length === 0 || index === summaries.length - 1) return;
    const next = summaries[index + 1];
    const answered = new Set(next?.role === 'user' ? next.toolResultIds : []);
    const missing = summary.toolUseIds.filter((id) => !answered.has(id));
    if (missing.length > 0) {
      fail(
        `messages.${index + 1}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(', ')}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`,
      );
    }
    if (next !== undefined && !next.toolResultsFirst) {
      fail(
        `messages.${index + 1}: \`tool_result\` blocks must come before any other content in the message.`,
      );
    }
  });
}

function readTools(tools: unknown): SimTool[] {
  if (tools === undefined) return [];
  if (!Array.isArray(tools)) return fail('tools: Input should be a valid list');
  const declared: SimTool[] = [];
  tools.forEach((tool: unknown, index) => {
    if (!isRecord(tool) || typeof tool.name !== 'string' || tool.name === '')
      return fail(`tools.${index}.name: Field required`);
    if (tool.type === undefined || tool.type === 'custom')
      declared.push({ name: tool.name, schema: tool.input_schema });
    return undefined;
  });
  return declared;
}

function readToolChoice(value: unknown): SimToolChoice {
  if (!isRecord(value)) return { type: 'auto' };
  if (value.type === 'none') return { type: 'none' };
  if (value.type === 'any') return { type: 'required' };
  if (value.type === 'tool' && typeof value.name === 'string')
    return { type: 'tool', name: value.name };
  return { type: 'auto' };
}

function readRequest(body: Readonly<Record<string, unknown>>): SimChatRequest {
  if (typeof body.model !== 'string' || body.model === '') return fail('model: Field required');
  const maxTokens = body.max_tokens;
  if (maxTokens === undefined) return fail('max_tokens: Field required');
  if (typeof maxTokens !== 'number' || !Number.isInteger(maxTokens) || maxTokens < 1) {
    return fail('max_tokens: Input should be a valid integer greater than or equal to 1');
  }
  const temperature = body.temperature;
  if (
    temperature !== undefined &&
    (typeof temperature !== 'number' || temperature < 0 || temperature > 1)
  ) {
    return fail('temperature: range: 0..1');
  }
  if (!Array.isArray(body.messages)) return fail('messages: Field required');
  if (body.messages.length === 0) return fail('messages: at least one message is required');
  const summaries = body.messages.map((message: unknown, index) => readMessage(message, index));
  checkToolPairing(summaries);
  const stops = body.stop_sequences ?? [];
  if (!Array.isArray(stops) || !stops.every((stop) => typeof stop === 'string')) {
    return fail('stop_sequences: Input should be a valid list of strings');
  }
  const systemText = blockText(body.system);
  let characters = systemText.length;
  const prompt: string[] = [];
  let lastUserText = '';
  for (const summary of summaries) {
    characters += summary.characters;
    if (summary.role !== 'user') continue;
    if (summary.toolResultIds.length > 0) prompt.push(summary.toolResultText);
    if (summary.text !== '') {
      prompt.push(summary.text);
      lastUserText = summary.text;
    }
  }
  const last = summaries[summaries.length - 1];
  const toolResultText =
    last?.role === 'user' && last.toolResultIds.length > 0 ? last.toolResultText : undefined;
  const outputConfig = isRecord(body.output_config) ? body.output_config : undefined;
  const format = isRecord(outputConfig?.format) ? outputConfig.format : undefined;
  return {
    model: body.model,
    stream: body.stream === true,
    streamFormat: 'sse',
    includeUsage: true,
    prompt: prompt.join('\n'),
    promptTokens: countTokens(characters),
    lastUserText,
    toolResultText,
    tools: readTools(body.tools),
    toolChoice: readToolChoice(body.tool_choice),
    json: format?.type === 'json_schema' ? { schema: format.schema } : undefined,
    maxTokens,
    stopSequences: stops,
  };
}

/** Validates a Messages API body like Anthropic does (`max_tokens`, tool pairing, 0..1 temperature). */
export function parseAnthropicRequest(context: RequestContext, body: unknown): ParseOutcome {
  if (!isRecord(body)) {
    return {
      ok: false,
      response: anthropicError(
        context,
        400,
        'invalid_request_error',
        'Input should be a valid dictionary',
      ),
    };
  }
  try {
    return { ok: true, request: readRequest(body) };
  } catch (error) {
    if (error instanceof AnthropicRequestError) {
      return {
        ok: false,
        response: anthropicError(context, 400, 'invalid_request_error', error.message),
      };
    }
    throw error;
  }
}
