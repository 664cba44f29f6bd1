/** A function the client declared, in dialect-neutral form. */
export interface SimTool {
  readonly name: string;
  /** The JSON schema of its arguments (OpenAPI-subset schemas from Gemini included). */
  readonly schema: unknown;
}

export type SimToolChoice =
  | { readonly type: 'auto' }
  | { readonly type: 'none' }
  | { readonly type: 'required' }
  | { readonly type: 'tool'; readonly name: string };

/**
 * What the simulator needs from a chat request, whatever dialect it arrived in. Each dialect's
 * parser validates its own wire format and produces this.
 */
export interface SimChatRequest {
  readonly model: string;
  readonly stream: boolean;
  /** Gemini streams a JSON array unless the URL says `alt=sse`; everything else streams SSE. */
  readonly streamFormat: 'sse' | 'json-array';
  /** OpenAI dialect `stream_options.include_usage`. */
  readonly includeUsage: boolean;
  /** User and tool-result text, joined by newlines (the journal's `prompt`). */
  readonly prompt: string;
  /** Prompt tokens: ceil(chars / 4) over every message's text, system included. */
  readonly promptTokens: number;
  /** Text of the last user turn (empty when it had none). */
  readonly lastUserText: string;
  /** Set when the last turn is a tool result: its text. */
  readonly toolResultText: string | undefined;
  readonly tools: readonly SimTool[];
  readonly toolChoice: SimToolChoice;
  /** Set in JSON mode; `schema` when the client gave one. */
  readonly json: { readonly schema: unknown } | undefined;
  readonly maxTokens: number | undefined;
  readonly stopSequences: readonly string[];
}
