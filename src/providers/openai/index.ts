import type { ProviderAdapter } from '../../core/index.js';
import { createOpenAICompatibleAdapter } from '../openai-compatible/create-openai-compatible-adapter.js';
import type { AdapterOptions } from '../shared/adapter-options.js';

/** OpenAI itself: `max_completion_tokens` is the current name of the output cap. */
export function createOpenAIAdapter(options: AdapterOptions): ProviderAdapter {
  return createOpenAICompatibleAdapter(
    { dialect: 'openai', maxTokensField: 'max_completion_tokens', supportsToolChoice: true },
    options,
  );
}
