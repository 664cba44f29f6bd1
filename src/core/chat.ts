/**
 * The canonical chat model. Every inbound surface decodes into a {@link ChatRequest} and every
 * provider adapter translates it to its own wire format, so N surfaces and M providers need
 * N + M translations, never N × M. Guards, usage accounting and metrics are written once,
 * against these types.
 */

/** A part of a message's content. Images are carried as a URL or as base64 data. */
export type ContentPart =
  | { readonly type: 'text'; readonly text: string }
  | {
      readonly type: 'image';
      /** `https://…` or a `data:` URL; adapters split data URLs themselves. */
      readonly url: string;
      readonly detail?: 'auto' | 'low' | 'high';
    };

/** A call of a tool by the model. `arguments` is JSON text, exactly as the model produced it. */
export interface ToolCall {
  readonly id: string;
  readonly name: string;
  readonly arguments: string;
  /**
   * Opaque provider data that must be replayed on the next turn (Gemini's `thoughtSignature`).
   * Keys are namespaced by provider dialect; the gateway never interprets them.
   */
  readonly providerMetadata?: Readonly<Record<string, string>>;
}

export interface SystemMessage {
  readonly role: 'system';
  readonly content: string;
}

export interface UserMessage {
  readonly role: 'user';
  readonly content: readonly ContentPart[];
}

export interface AssistantMessage {
  readonly role: 'assistant';
  readonly content: readonly ContentPart[];
  readonly toolCalls?: readonly ToolCall[];
}

export interface ToolMessage {
  readonly role: 'tool';
  readonly toolCallId: string;
  /** The tool's name, when the surface knows it (Gemini needs it; OpenAI does not send it). */
  readonly toolName?: string;
  readonly content: string;
  readonly isError?: boolean;
}

export type ChatMessage = SystemMessage | UserMessage | AssistantMessage | ToolMessage;

export type ChatRole = ChatMessage['role'];

export interface ToolDefinition {
  readonly name: string;
  readonly description?: string;
  /** A JSON Schema object describing the arguments. */
  readonly parameters: Readonly<Record<string, unknown>>;
}

export type ToolChoice = 'auto' | 'none' | 'required' | { readonly name: string };

export type ResponseFormat =
  | { readonly type: 'text' }
  | { readonly type: 'json_object' }
  | {
      readonly type: 'json_schema';
      readonly name: string;
      readonly schema: Readonly<Record<string, unknown>>;
      readonly strict?: boolean;
    };

export interface ChatRequest {
  /** What the client asked for: a route alias (`default`, `fast`) or `provider/model`. */
  readonly model: string;
  readonly messages: readonly ChatMessage[];
  readonly maxTokens?: number;
  readonly temperature?: number;
  readonly topP?: number;
  readonly stop?: readonly string[];
  readonly seed?: number;
  readonly responseFormat?: ResponseFormat;
  readonly tools?: readonly ToolDefinition[];
  readonly toolChoice?: ToolChoice;
  readonly parallelToolCalls?: boolean;
  readonly stream: boolean;
  /** Streaming only: the client wants usage reported at the end of the stream. */
  readonly includeUsage?: boolean;
}

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter';

export interface Usage {
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly totalTokens: number;
  readonly cachedTokens?: number;
  readonly reasoningTokens?: number;
  /** True when the provider did not report usage and the gateway estimated it. */
  readonly estimated?: boolean;
}

/** A complete (non-streamed) answer, as a provider adapter returns it. */
export interface ChatResult {
  /** The provider's own response id, when it sent one. */
  readonly id?: string;
  /** The model that answered, as the provider reported it. */
  readonly model: string;
  readonly text: string;
  readonly toolCalls: readonly ToolCall[];
  readonly finishReason: FinishReason;
  readonly usage: Usage;
}

/** Concatenates the text parts of a message's content. */
export function textOf(content: readonly ContentPart[]): string {
  if (content.length === 1) {
    const only = content[0];
    return only !== undefined && only.type === 'text' ? only.text : '';
  }
  let text = '';
  for (const part of content) if (part.type === 'text') text += part.text;
  return text;
}
