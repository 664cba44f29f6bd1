import type { ProviderAdapter } from '../core/index.js';
import { createAnthropicAdapter } from './anthropic/create-anthropic-adapter.js';
import { createGeminiAdapter } from './gemini/create-gemini-adapter.js';
import { createGroqAdapter } from './groq/index.js';
import { createOpenAIAdapter } from './openai/index.js';
import { createGenericOpenAICompatibleAdapter } from './openai-compatible/index.js';
import { createOpenRouterAdapter } from './openrouter/index.js';
import type { AdapterOptions } from './shared/adapter-options.js';

/** The wire dialects the gateway speaks upstream. */
export const providerDialects = [
  'gemini',
  'groq',
  'openrouter',
  'openai',
  'anthropic',
  'openai-compatible',
] as const;

export type ProviderDialect = (typeof providerDialects)[number];

const factories: Readonly<Record<ProviderDialect, (options: AdapterOptions) => ProviderAdapter>> = {
  gemini: createGeminiAdapter,
  groq: createGroqAdapter,
  openrouter: createOpenRouterAdapter,
  openai: createOpenAIAdapter,
  anthropic: createAnthropicAdapter,
  'openai-compatible': createGenericOpenAICompatibleAdapter,
};

/** Maps a dialect id to its adapter; the only place that knows the full list. */
export function createProviderAdapter(
  dialect: ProviderDialect,
  options: AdapterOptions,
): ProviderAdapter {
  return factories[dialect](options);
}

export function isProviderDialect(value: string): value is ProviderDialect {
  return (providerDialects as readonly string[]).includes(value);
}
