import type {
  ChatRequest,
  GatewayError,
  RequestContext,
  ServedTarget,
  StreamPart,
} from '../../core/index.js';
import { dataEvent, type StreamEncoder } from '../surface-codec.js';
import { openaiErrorBody } from './encode-openai-error.js';

/**
 * OpenAI `chat.completion.chunk` events: a first chunk with the role, content and tool-call deltas
 * by index, a finish chunk with an empty delta, the usage chunk (`choices: []`) when the client
 * asked with `stream_options.include_usage`, then `data: [DONE]`. A failure after the first chunk
 * is one `data: {"error": …}` event and no `[DONE]`, which the SDKs raise as an error.
 */
export function createOpenAIStreamEncoder(
  context: RequestContext,
  request: ChatRequest,
  target: ServedTarget,
): StreamEncoder {
  const base = {
    id: `chatcmpl-${context.requestId}`,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: target.model,
  };
  const includeUsage = request.includeUsage === true;

  function chunk(delta: Record<string, unknown>, finishReason: string | null): string {
    const choices = [{ index: 0, delta, logprobs: null, finish_reason: finishReason }];
    return dataEvent(includeUsage ? { ...base, choices, usage: null } : { ...base, choices });
  }

  return {
    start: () => chunk({ role: 'assistant', content: '' }, null),
    part(part: StreamPart): string {
      switch (part.type) {
        case 'text-delta':
          return chunk({ content: part.text }, null);
        case 'tool-call-start':
          return chunk(
            {
              tool_calls: [
                {
                  index: part.index,
                  id: part.id,
                  type: 'function',
                  function: { name: part.name, arguments: '' },
                },
              ],
            },
            null,
          );
        case 'tool-call-delta':
          return chunk(
            { tool_calls: [{ index: part.index, function: { arguments: part.argumentsDelta } }] },
            null,
          );
        case 'finish': {
          let text = chunk({}, part.finishReason);
          if (includeUsage) {
            text += dataEvent({
              ...base,
              model: part.model,
              choices: [],
              usage: {
                prompt_tokens: part.usage.promptTokens,
                completion_tokens: part.usage.completionTokens,
                total_tokens: part.usage.totalTokens,
              },
            });
          }
          return `${text}data: [DONE]\n\n`;
        }
        case 'error':
          return '';
      }
    },
    error: (error: GatewayError) => [dataEvent(openaiErrorBody(error, context.requestId))],
  };
}
