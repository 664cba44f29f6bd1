import { textOf, type ChatRequest, type Usage } from './chat.js';

/** Prices of one model in US dollars per million tokens. */
export interface ModelPricing {
  readonly inputPerMillionUsd: number;
  readonly outputPerMillionUsd: number;
}

export const zeroUsage: Usage = { promptTokens: 0, completionTokens: 0, totalTokens: 0 };

export function estimateCostUsd(usage: Usage, pricing: ModelPricing): number {
  const cost =
    (usage.promptTokens * pricing.inputPerMillionUsd +
      usage.completionTokens * pricing.outputPerMillionUsd) /
    1_000_000;
  // Twelve decimals keep micro-cent precision without binary noise such as 1.0000000000000002e-7.
  return Math.round(cost * 1e12) / 1e12;
}

/**
 * A rough token count for text whose usage a provider did not report (about four characters per
 * token for English). Used only when the provider is silent, and marked as estimated.
 */
export function estimateTokens(text: string): number {
  return text.length === 0 ? 0 : Math.ceil(text.length / 4);
}

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
