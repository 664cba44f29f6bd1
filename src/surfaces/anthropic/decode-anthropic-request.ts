import { TypeCompiler } from '@sinclair/typebox/compiler';
import type {
  ChatMessage,
  ContentPart,
  DecodeResult,
  RequestDecoder,
  ToolCall,
  ToolChoice,
} from '../../core/index.js';
import { describeSchemaErrors } from '../../schema/describe-schema-errors.js';
import {
  MessagesRequestSchema,
  type AnthropicMessage,
  type MessagesRequest,
} from './anthropic-schemas.js';

const check = TypeCompiler.Compile(MessagesRequestSchema);

type Block = Exclude<AnthropicMessage['content'], string>[number];

function blockText(
  content: string | readonly { type: string; text?: string }[] | undefined,
): string {
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  return content.map((block) => (block.type === 'text' ? (block.text ?? '') : '')).join('');
}

function imagePart(block: Extract<Block, { type: 'image' }>): ContentPart {
  const source = block.source;
  return {
    type: 'image',
    url: source.type === 'base64' ? `data:${source.media_type};base64,${source.data}` : source.url,
  };
}

/**
 * One Anthropic message may hold text, images, tool calls and tool results together; the
 * canonical model keeps tool results as their own messages, in order.
 */
function convertMessage(message: AnthropicMessage, out: ChatMessage[]): void {
  if (message.role === 'system') {
    out.push({ role: 'system', content: blockText(message.content) });
    return;
  }
  if (typeof message.content === 'string') {
    const content: ContentPart[] = [{ type: 'text', text: message.content }];
    out.push(message.role === 'user' ? { role: 'user', content } : { role: 'assistant', content });
    return;
  }
  const parts: ContentPart[] = [];
  const calls: ToolCall[] = [];
  for (const block of message.content) {
    if (block.type === 'text') parts.push({ type: 'text', text: block.text });
    else if (block.type === 'image') parts.push(imagePart(block));
    else if (block.type === 'tool_use') {
      calls.push({ id: block.id, name: block.name, arguments: JSON.stringify(block.input) });
    } else {
      out.push({
        role: 'tool',
        toolCallId: block.tool_use_id,
        content: blockText(block.content),
        ...(block.is_error === true ? { isError: true } : {}),
      });
    }
  }
  if (message.role === 'assistant') {
    out.push(
      calls.length > 0
        ? { role: 'assistant', content: parts, toolCalls: calls }
        : { role: 'assistant', content: parts },
    );
  } else if (parts.length > 0) {
    out.push({ role: 'user', content: parts });
  }
}

function convertToolChoice(choice: MessagesRequest['tool_choice']): ToolChoice | undefined {
  if (choice === undefined) return undefined;
  if (choice.type === 'tool') return { name: choice.name };
  return choice.type === 'any' ? 'required' : choice.type;
}

/** Validates an Anthropic Messages body and decodes it into the canonical request. */
export const anthropicDecoder: RequestDecoder = {
  decode(body: unknown): DecodeResult {
    if (!check.Check(body))
      return { ok: false, issues: describeSchemaErrors(check, body, ['body']) };
    const request: MessagesRequest = body;
    const messages: ChatMessage[] = [];
    const system = blockText(request.system);
    if (system !== '') messages.push({ role: 'system', content: system });
    for (const message of request.messages) convertMessage(message, messages);
    const toolChoice = convertToolChoice(request.tool_choice);
    const disableParallel =
      request.tool_choice !== undefined &&
      'disable_parallel_tool_use' in request.tool_choice &&
      request.tool_choice.disable_parallel_tool_use === true;
    const format = request.output_config?.format;
    return {
      ok: true,
      request: {
        model: request.model,
        messages,
        maxTokens: request.max_tokens,
        stream: request.stream === true,
        ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
        ...(request.top_p === undefined ? {} : { topP: request.top_p }),
        ...(request.stop_sequences === undefined || request.stop_sequences.length === 0
          ? {}
          : { stop: request.stop_sequences }),
        ...(request.tools === undefined || request.tools.length === 0
          ? {}
          : {
              tools: request.tools.map((tool) =>
                tool.description === undefined
                  ? { name: tool.name, parameters: tool.input_schema }
                  : {
                      name: tool.name,
                      description: tool.description,
                      parameters: tool.input_schema,
                    },
              ),
            }),
        ...(toolChoice === undefined ? {} : { toolChoice }),
        ...(disableParallel ? { parallelToolCalls: false } : {}),
        ...(format === undefined
          ? {}
          : { responseFormat: { type: 'json_schema', name: 'output', schema: format.schema } }),
        // Anthropic always reports usage at the end of a stream.
        includeUsage: true,
      },
    };
  },
};
