import type { ChatMessage, ChatRequest, ContentPart, ToolChoice } from '../../core/index.js';
import type { OpenAICompatibleFlavor } from './openai-compatible-flavor.js';

type OpenAIContent = string | Array<Record<string, unknown>>;

function convertContent(content: readonly ContentPart[]): OpenAIContent {
  const only = content[0];
  if (content.length === 1 && only?.type === 'text') return only.text;
  return content.map((part) =>
    part.type === 'text'
      ? { type: 'text', text: part.text }
      : {
          type: 'image_url',
          image_url:
            part.detail === undefined ? { url: part.url } : { url: part.url, detail: part.detail },
        },
  );
}

function convertMessage(message: ChatMessage): Record<string, unknown> {
  switch (message.role) {
    case 'system':
      return { role: 'system', content: message.content };
    case 'user':
      return { role: 'user', content: convertContent(message.content) };
    case 'assistant': {
      const converted: Record<string, unknown> = {
        role: 'assistant',
        content: message.content.length === 0 ? null : convertContent(message.content),
      };
      if (message.toolCalls !== undefined && message.toolCalls.length > 0) {
        converted.tool_calls = message.toolCalls.map((call) => ({
          id: call.id,
          type: 'function',
          function: { name: call.name, arguments: call.arguments },
        }));
      }
      return converted;
    }
    case 'tool':
      return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
  }
}

function convertToolChoice(choice: ToolChoice): unknown {
  return typeof choice === 'string'
    ? choice
    : { type: 'function', function: { name: choice.name } };
}

/** Translates the canonical request into an OpenAI Chat Completions body for one flavor. */
export function convertToOpenAIBody(
  request: ChatRequest,
  model: string,
  flavor: OpenAICompatibleFlavor,
  stream: boolean,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    model,
    messages: request.messages.map(convertMessage),
  };
  if (request.maxTokens !== undefined) body[flavor.maxTokensField] = request.maxTokens;
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.topP !== undefined) body.top_p = request.topP;
  if (request.stop !== undefined && request.stop.length > 0) body.stop = request.stop;
  if (request.seed !== undefined) body.seed = request.seed;
  const format = request.responseFormat;
  if (format !== undefined) {
    body.response_format =
      format.type === 'json_schema'
        ? {
            type: 'json_schema',
            json_schema: {
              name: format.name,
              schema: format.schema,
              ...(format.strict === undefined ? {} : { strict: format.strict }),
            },
          }
        : { type: format.type };
  }
  if (request.tools !== undefined && request.tools.length > 0) {
    body.tools = request.tools.map((tool) => ({
      type: 'function',
      function: {
        name: tool.name,
        ...(tool.description === undefined ? {} : { description: tool.description }),
        parameters: tool.parameters,
      },
    }));
    if (request.toolChoice !== undefined && flavor.supportsToolChoice) {
      body.tool_choice = convertToolChoice(request.toolChoice);
    }
    if (request.parallelToolCalls !== undefined)
      body.parallel_tool_calls = request.parallelToolCalls;
  }
  if (stream) {
    body.stream = true;
    // Always ask for usage: the gateway meters every stream, whether or not the client asked.
    body.stream_options = { include_usage: true };
  }
  return body;
}
