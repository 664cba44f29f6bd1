import type { ChatRequest, ContentPart, ToolChoice } from '../../core/index.js';
import { parseDataUrl } from '../shared/parse-data-url.js';
import { parseToolArguments } from '../shared/parse-tool-arguments.js';

type Block = Record<string, unknown>;
interface AnthropicMessage {
  role: 'user' | 'assistant';
  content: Block[];
}

function convertPart(part: ContentPart): Block {
  if (part.type === 'text') return { type: 'text', text: part.text };
  const inline = parseDataUrl(part.url);
  if (inline !== undefined) {
    return {
      type: 'image',
      source: { type: 'base64', media_type: inline.mediaType, data: inline.data },
    };
  }
  return { type: 'image', source: { type: 'url', url: part.url } };
}

function convertToolChoice(choice: ToolChoice, parallel: boolean | undefined): Block {
  const disable = parallel === false ? { disable_parallel_tool_use: true } : {};
  if (typeof choice !== 'string') return { type: 'tool', name: choice.name, ...disable };
  if (choice === 'none') return { type: 'none' };
  return { type: choice === 'required' ? 'any' : 'auto', ...disable };
}

/**
 * Translates the canonical request into an Anthropic Messages body: system text at the top level,
 * tool results as `tool_result` blocks placed first in the next user message, consecutive
 * same-role messages merged, `max_tokens` always present and temperature clamped to 0–1.
 */
export function convertToAnthropicBody(
  request: ChatRequest,
  model: string,
  defaultMaxTokens: number,
  stream: boolean,
): Record<string, unknown> {
  const system: string[] = [];
  const messages: AnthropicMessage[] = [];

  function append(role: AnthropicMessage['role'], blocks: Block[], first = false): void {
    if (blocks.length === 0) return;
    const last = messages[messages.length - 1];
    if (last !== undefined && last.role === role) {
      if (first) {
        // Tool results must come before any text of the same user message.
        const results = last.content.filter((block) => block.type === 'tool_result');
        const rest = last.content.filter((block) => block.type !== 'tool_result');
        last.content = [...results, ...blocks, ...rest];
      } else last.content.push(...blocks);
    } else messages.push({ role, content: blocks });
  }

  for (const message of request.messages) {
    switch (message.role) {
      case 'system':
        system.push(message.content);
        break;
      case 'user':
        append('user', message.content.map(convertPart));
        break;
      case 'assistant': {
        const blocks = message.content.map(convertPart);
        for (const call of message.toolCalls ?? []) {
          blocks.push({
            type: 'tool_use',
            id: call.id,
            name: call.name,
            input: parseToolArguments(call.arguments),
          });
        }
        append('assistant', blocks);
        break;
      }
      case 'tool':
        append(
          'user',
          [
            {
              type: 'tool_result',
              tool_use_id: message.toolCallId,
              content: message.content,
              ...(message.isError === true ? { is_error: true } : {}),
            },
          ],
          true,
        );
        break;
    }
  }

  const body: Record<string, unknown> = {
    model,
    max_tokens: request.maxTokens ?? defaultMaxTokens,
    messages,
  };
  const format = request.responseFormat;
  if (format?.type === 'json_object')
    system.push('Respond with a single valid JSON object and nothing else.');
  if (system.length > 0) body.system = system.join('\n\n');
  if (request.temperature !== undefined)
    body.temperature = Math.min(1, Math.max(0, request.temperature));
  if (request.topP !== undefined) body.top_p = request.topP;
  if (request.stop !== undefined && request.stop.length > 0) body.stop_sequences = request.stop;
  if (format !== undefined && format.type !== 'text') {
    // Anthropic has no plain JSON mode: structured output with a generic object schema enforces it.
    const schema = format.type === 'json_schema' ? format.schema : { type: 'object' };
    body.output_config = { format: { type: 'json_schema', schema } };
  }
  if (request.tools !== undefined && request.tools.length > 0) {
    body.tools = request.tools.map((tool) => ({
      name: tool.name,
      ...(tool.description === undefined ? {} : { description: tool.description }),
      input_schema: tool.parameters,
    }));
    if (request.toolChoice !== undefined) {
      body.tool_choice = convertToolChoice(request.toolChoice, request.parallelToolCalls);
    }
  }
  if (stream) body.stream = true;
  return body;
}
