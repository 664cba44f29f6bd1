/** The inbound API surfaces whose official SDKs the suite drives. */
export const surfaces = ['openai', 'anthropic', 'gemini'] as const;
export type Surface = (typeof surfaces)[number];

/** The upstream wire dialects, one matrix row per surface each. */
export const providerRows = [
  'openai',
  'anthropic',
  'gemini',
  'groq',
  'openrouter',
  'openai-compatible',
] as const;
export type ProviderRow = (typeof providerRows)[number];

/** The matrix columns, in print order. */
export const checkColumns = [
  { id: 'plain', label: 'plain' },
  { id: 'stream', label: 'stream' },
  { id: 'tools', label: 'tools' },
  { id: 'tools-stream', label: 'tools (stream)' },
  { id: 'json', label: 'JSON' },
  { id: 'usage', label: 'usage' },
  { id: 'unauthorized', label: '401' },
  { id: 'rate-limited', label: '429' },
  { id: 'blocked', label: 'blocked' },
  { id: 'upstream-failure', label: 'upstream failure' },
  { id: 'mid-stream-disconnect', label: 'mid-stream disconnect' },
  { id: 'client-abort', label: 'client abort' },
] as const;
export type CheckId = (typeof checkColumns)[number]['id'];

/** How a row's dialect is shown in the printed matrix. */
export const rowLabels: Readonly<Record<ProviderRow, string>> = {
  openai: 'openai',
  anthropic: 'anthropic',
  gemini: 'gemini',
  groq: 'groq',
  openrouter: 'openrouter',
  'openai-compatible': 'openai-compatible (ollama)',
};
