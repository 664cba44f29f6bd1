import type { Dialect } from '../dialect.js';
import type { SimDialect } from '../simulator-types.js';
import { anthropicDialect } from './anthropic/anthropic-dialect.js';
import { geminiDialect } from './gemini/gemini-dialect.js';
import { groqDialect } from './groq.js';
import { ollamaDialect } from './ollama.js';
import { openAiDialect } from './openai.js';
import { openRouterDialect } from './openrouter.js';
import { vllmDialect } from './vllm.js';

/** Every dialect the simulator speaks, by name. Provider knowledge stays in each dialect's file. */
export const dialects: Readonly<Record<SimDialect, Dialect>> = {
  openai: openAiDialect,
  groq: groqDialect,
  openrouter: openRouterDialect,
  gemini: geminiDialect,
  anthropic: anthropicDialect,
  ollama: ollamaDialect,
  vllm: vllmDialect,
};
