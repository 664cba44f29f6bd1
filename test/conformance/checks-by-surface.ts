import { anthropicChecks } from './anthropic-checks.js';
import type { Surface } from './conformance-matrix.js';
import { geminiChecks } from './gemini-checks.js';
import { openaiChecks } from './openai-checks.js';
import type { SurfaceChecks } from './surface-checks.js';

/** Every surface's checks, one function per matrix column. */
export const checksBySurface: Readonly<Record<Surface, SurfaceChecks>> = {
  openai: openaiChecks,
  anthropic: anthropicChecks,
  gemini: geminiChecks,
};
