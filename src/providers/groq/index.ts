import type { ProviderAdapter } from '../../core/index.js';
import { createOpenAICompatibleAdapter } from '../openai-compatible/create-openai-compatible-adapter.js';
import type { AdapterOptions } from '../shared/adapter-options.js';

/**
 * Groq (OpenAI-compatible). It rejects `logprobs`, `logit_bias`, `top_logprobs`, `messages[].name`
 * and `n` ≠ 1 with a 400; the canonical model never carries them, so nothing needs stripping.
 */
export function createGroqAdapter(options: AdapterOptions): ProviderAdapter {
  return createOpenAICompatibleAdapter(
    { dialect: 'groq', maxTokensField: 'max_completion_tokens', supportsToolChoice: true },
    options,
  );
}
