import { TypeCompiler } from '@sinclair/typebox/compiler';
import type {
  ChatMessage,
  ContentPart,
  DecodeResult,
  RequestDecoder,
  ResponseFormat,
  ToolChoice,
} from '../../core/index.js';
import { describeSchemaErrors } from '../../schema/describe-schema-errors.js';
import {
  ChatCompletionRequestSchema,
  type ChatCompletionRequest,
  type OpenAIMessage,
} from './openai-schemas.js';

const check = TypeCompiler.Compile(ChatCompletionRequestSchema);

type TextContent = string | readonly { readonly type: 'text'; readonly text: string }[];

function joinText(content: TextContent | null | undefined): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  return content.map((part) => part.text).join('');
}

function convertMessage(message: OpenAIMessage): ChatMessage {
  switch (message.role) {
    case 'system':
    case 'developer':
      return { role: 'system', content: joinText(message.content) };
    case 'user': {
      const content: ContentPart[] =
        typeof message.content === 'string'
          ? [{ type: 'text', text: message.content }]
          : message.content.map((part) =>
              part.type === 'text'
                ? { type: 'text', text: part.text }
                : part.image_url.detail === undefined
                  ? { type: 'image', url: part.image_url.url }
                  : { type: 'image', url: part.image_url.url, detail: part.image_url.detail },
            );
      return { role: 'user', content };
    }
    case 'assistant': {
      const text = joinText(message.content);
      const content: ContentPart[] = text === '' ? [] : [{ type: 'text', text }];
      const calls = message.tool_calls ?? [];
      if (calls.length === 0) return { role: 'assistant', content };
      return {
        role: 'assistant',
        content,
        toolCalls: calls.map((call) => ({
          id: call.id,
          name: call.function.name,
          arguments: call.function.arguments,
        })),
      };
    }
    case 'tool':
      return { role: 'tool', toolCallId: message.tool_call_id, content: joinText(message.content) };
  }
}

function convertResponseFormat(
  format: ChatCompletionRequest['response_format'],
): ResponseFormat | undefined {
  if (format === undefined) return undefined;
  if (format.type !== 'json_schema') return { type: format.type };
  const schema = format.json_schema.schema ?? { type: 'object' };
  return typeof format.json_schema.strict === 'boolean'
    ? {
        type: 'json_schema',
        name: format.json_schema.name,
        schema,
        strict: format.json_schema.strict,
      }
    : { type: 'json_schema', name: format.json_schema.name, schema };
}

function convertToolChoice(choice: ChatCompletionRequest['tool_choice']): ToolChoice | undefined {
  if (choice === undefined || typeof choice === 'string') return choice;
  return { name: choice.function.name };
}

/** Validates an OpenAI Chat Completions body and decodes it into the canonical request. */
export const openaiDecoder: RequestDecoder = {
  decode(body: unknown): DecodeResult {
    if (!check.Check(body))
      return { ok: false, issues: describeSchemaErrors(check, body, ['body']) };
    const request: ChatCompletionRequest = body;
    const maxTokens = request.max_completion_tokens ?? request.max_tokens ?? undefined;
    const stop = typeof request.stop === 'string' ? [request.stop] : (request.stop ?? undefined);
    const responseFormat = convertResponseFormat(request.response_format);
    const toolChoice = convertToolChoice(request.tool_choice);
    const tools = request.tools?.map((tool) =>
      tool.function.description === undefined
        ? {
            name: tool.function.name,
            parameters: tool.function.parameters ?? { type: 'object', properties: {} },
          }
        : {
            name: tool.function.name,
            description: tool.function.description,
            parameters: tool.function.parameters ?? { type: 'object', properties: {} },
          },
    );
    const stream = request.stream === true;
    return {
      ok: true,
      request: {
        model: request.model,
        messages: request.messages.map(convertMessage),
        stream,
        ...(maxTokens === undefined ? {} : { maxTokens }),
        ...(request.temperature === undefined || request.temperature === null
          ? {}
          : { temperature: request.temperature }),
        ...(request.top_p === undefined || request.top_p === null ? {} : { topP: request.top_p }),
        ...(stop === undefined ? {} : { stop }),
        ...(request.seed === undefined || request.seed === null ? {} : { seed: request.seed }),
        ...(responseFormat === undefined ? {} : { responseFormat }),
        ...(tools === undefined || tools.length === 0 ? {} : { tools }),
        ...(toolChoice === undefined ? {} : { toolChoice }),
        ...(request.parallel_tool_calls === undefined
          ? {}
          : { parallelToolCalls: request.parallel_tool_calls }),
        ...(stream && request.stream_options?.include_usage === true ? { includeUsage: true } : {}),
      },
    };
  },
};
