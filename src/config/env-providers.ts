import type { ProviderDialect } from '../providers/index.js';

/** A provider the seed's environment variables can configure, with its defaults. */
export interface EnvProvider {
  readonly id: string;
  readonly dialect: ProviderDialect;
  readonly prefix: string;
  readonly defaultBaseUrl: string;
  readonly defaultModel: string;
}

/** In the default `PROVIDER_ORDER`. */
export const envProviders: readonly EnvProvider[] = [
  {
    id: 'gemini',
    dialect: 'gemini',
    prefix: 'GEMINI',
    defaultBaseUrl: 'https://generativelanguage.googleapis.com/v1beta',
    defaultModel: 'gemini-2.5-flash',
  },
  {
    id: 'groq',
    dialect: 'groq',
    prefix: 'GROQ',
    defaultBaseUrl: 'https://api.groq.com/openai/v1',
    defaultModel: 'llama-3.3-70b-versatile',
  },
  {
    id: 'openrouter',
    dialect: 'openrouter',
    prefix: 'OPENROUTER',
    defaultBaseUrl: 'https://openrouter.ai/api/v1',
    defaultModel: 'openai/gpt-4o-mini',
  },
  {
    id: 'openai',
    dialect: 'openai',
    prefix: 'OPENAI',
    defaultBaseUrl: 'https://api.openai.com/v1',
    defaultModel: 'gpt-4.1-mini',
  },
  {
    id: 'anthropic',
    dialect: 'anthropic',
    prefix: 'ANTHROPIC',
    defaultBaseUrl: 'https://api.anthropic.com',
    defaultModel: 'claude-sonnet-4-5',
  },
];

/** The providers demo mode simulates, and the seed's default order. */
export const demoProviderIds = ['gemini', 'groq', 'openrouter'] as const;
