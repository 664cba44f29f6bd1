import type { FinishReason, Usage } from './chat.js';
import type { GatewayError } from './errors.js';

/**
 * One part of a streamed answer. Provider adapters produce them from their wire format; surface
 * encoders turn them into the client's wire format. Mid-stream failures are `error` parts, not
 * exceptions, so every stage that wraps a stream sees them in order.
 */
export type StreamPart =
  | { readonly type: 'text-delta'; readonly text: string }
  | {
      readonly type: 'tool-call-start';
      /** Position of the call among the answer's tool calls, from 0. */
      readonly index: number;
      readonly id: string;
      readonly name: string;
      readonly providerMetadata?: Readonly<Record<string, string>>;
    }
  | { readonly type: 'tool-call-delta'; readonly index: number; readonly argumentsDelta: string }
  | {
      readonly type: 'finish';
      readonly finishReason: FinishReason;
      readonly usage: Usage;
      /** The model that answered, as the provider reported it. */
      readonly model: string;
    }
  | { readonly type: 'error'; readonly error: GatewayError };

/** True for parts that carry content a client sees (the commit point of a stream). */
export function isContentPart(part: StreamPart): boolean {
  return part.type === 'text-delta' || part.type === 'tool-call-start';
}
