import type { ProviderAdapter } from '../../core/index.js';
import type { AdapterOptions } from '../shared/adapter-options.js';
import { createOpenAICompatibleAdapter } from './create-openai-compatible-adapter.js';

export { createOpenAICompatibleAdapter } from './create-openai-compatible-adapter.js';
export type { OpenAICompatibleFlavor } from './openai-compatible-flavor.js';

/**
 * Any other OpenAI-compatible server (Ollama, vLLM, LM Studio, llama.cpp): `max_tokens`, which
 * they all honour (Ollama silently ignores `max_completion_tokens`).
 */
export function createGenericOpenAICompatibleAdapter(options: AdapterOptions): ProviderAdapter {
  return createOpenAICompatibleAdapter(
    { dialect: 'openai-compatible', maxTokensField: 'max_tokens', supportsToolChoice: true },
    options,
  );
}
