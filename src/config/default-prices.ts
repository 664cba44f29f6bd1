import type { ModelPricing } from '../core/index.js';

/**
 * List prices in USD per million tokens for the default models (public price pages, late 2026).
 * Estimates only: a configuration file can override them per model.
 */
export const defaultPrices: Readonly<Record<string, ModelPricing>> = {
  'gemini-2.5-flash': { inputPerMillionUsd: 0.3, outputPerMillionUsd: 2.5 },
  'gemini-2.5-pro': { inputPerMillionUsd: 1.25, outputPerMillionUsd: 10 },
  'llama-3.3-70b-versatile': { inputPerMillionUsd: 0.59, outputPerMillionUsd: 0.79 },
  'llama-3.1-8b-instant': { inputPerMillionUsd: 0.05, outputPerMillionUsd: 0.08 },
  'openai/gpt-4o-mini': { inputPerMillionUsd: 0.15, outputPerMillionUsd: 0.6 },
  'gpt-4.1-mini': { inputPerMillionUsd: 0.4, outputPerMillionUsd: 1.6 },
  'gpt-4o-mini': { inputPerMillionUsd: 0.15, outputPerMillionUsd: 0.6 },
  'claude-sonnet-4-5': { inputPerMillionUsd: 3, outputPerMillionUsd: 15 },
  'claude-haiku-4-5': { inputPerMillionUsd: 1, outputPerMillionUsd: 5 },
};

export const unknownPrice: ModelPricing = { inputPerMillionUsd: 0, outputPerMillionUsd: 0 };

export function priceOf(model: string): ModelPricing {
  return defaultPrices[model] ?? unknownPrice;
}
