/**
 * What distinguishes one OpenAI-compatible server from another. Provider folders (groq,
 * openrouter, …) describe themselves with a flavor instead of branching on their id in shared code.
 */
export interface OpenAICompatibleFlavor {
  readonly dialect: string;
  /** The field that caps output: OpenAI and Groq want `max_completion_tokens`; Ollama ignores it. */
  readonly maxTokensField: 'max_tokens' | 'max_completion_tokens';
  /** Headers sent on every request (OpenRouter's attribution headers). */
  readonly extraHeaders?: Readonly<Record<string, string>>;
  /** Whether `tool_choice` is understood (Ollama ignores it; sending it is harmless). */
  readonly supportsToolChoice: boolean;
}
