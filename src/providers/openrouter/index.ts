import type { ProviderAdapter } from '../../core/index.js';
import { createOpenAICompatibleAdapter } from '../openai-compatible/create-openai-compatible-adapter.js';
import type { AdapterOptions } from '../shared/adapter-options.js';

/**
 * OpenRouter (OpenAI-compatible aggregator). It normalises `max_tokens` per upstream, sends
 * keep-alive comments (ignored by the SSE parser) and may report errors inside a 200, which the
 * shared OpenAI-dialect parsers already check for. Attribution headers identify the app.
 */
export function createOpenRouterAdapter(options: AdapterOptions): ProviderAdapter {
  return createOpenAICompatibleAdapter(
    {
      dialect: 'openrouter',
      maxTokensField: 'max_tokens',
      supportsToolChoice: true,
      extraHeaders: { 'X-Title': 'LLM Secure Gateway', 'X-OpenRouter-Title': 'LLM Secure Gateway' },
    },
    options,
  );
}
