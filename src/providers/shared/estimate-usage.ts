import { textOf, type ChatRequest, type Usage } from '../../core/index.js';

/** Counts the request's text the way the gateway estimates tokens when a provider is silent. */
export function estimatePromptTokens(request: ChatRequest): number {
  let characters = 0;
  for (const message of request.messages) {
    if (message.role === 'system' || message.role === 'tool') characters += message.content.length;
    else {
      characters += textOf(message.content).length;
      if (message.role === 'assistant') {
        for (const call of message.toolCalls ?? []) characters += call.arguments.length;
      }
    }
  }
  return Math.ceil(characters / 4);
}

/** Usage when the provider reported none: estimated from the request and the generated length. */
export function estimateUsage(request: ChatRequest, completionCharacters: number): Usage {
  const promptTokens = estimatePromptTokens(request);
  const completionTokens = Math.ceil(completionCharacters / 4);
  return {
    promptTokens,
    completionTokens,
    totalTokens: promptTokens + completionTokens,
    estimated: true,
  };
}
