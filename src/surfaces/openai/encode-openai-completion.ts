import type { ChatResult, RequestContext } from '../../core/index.js';

/** The OpenAI `finish_reason` for a canonical one. */
export function openaiFinishReason(reason: ChatResult['finishReason']): string {
  return reason;
}

/** A canonical answer as an OpenAI `chat.completion` object. */
export function encodeOpenAICompletion(result: ChatResult, context: RequestContext): unknown {
  const message: Record<string, unknown> = {
    role: 'assistant',
    content: result.text === '' && result.toolCalls.length > 0 ? null : result.text,
    refusal: null,
  };
  if (result.toolCalls.length > 0) {
    message.tool_calls = result.toolCalls.map((call) => ({
      id: call.id,
      type: 'function',
      function: { name: call.name, arguments: call.arguments },
    }));
  }
  return {
    id: `chatcmpl-${context.requestId}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: result.model,
    choices: [
      { index: 0, message, finish_reason: openaiFinishReason(result.finishReason), logprobs: null },
    ],
    usage: {
      prompt_tokens: result.usage.promptTokens,
      completion_tokens: result.usage.completionTokens,
      total_tokens: result.usage.totalTokens,
    },
  };
}
