import type { ChatRequest, FinishReason, StreamPart, Usage } from '../../core/index.js';
import { GatewayError } from '../../core/index.js';
import { estimateUsage } from './estimate-usage.js';

/**
 * What a dialect's stream decoder has seen so far: enough to report usage at the end (estimated
 * when the provider never sent it) and to tell a complete stream from a truncated one.
 */
export class StreamState {
  finishReason: FinishReason | undefined;
  usage: Usage | undefined;
  model: string;
  private generatedCharacters = 0;

  constructor(
    private readonly request: ChatRequest,
    model: string,
  ) {
    this.model = model;
  }

  countGenerated(text: string): void {
    this.generatedCharacters += text.length;
  }

  /** The `finish` part, or a truncation error if the provider never said it finished. */
  finish(): StreamPart {
    if (this.finishReason === undefined) {
      return {
        type: 'error',
        error: new GatewayError('stream_truncated', {
          detail: 'upstream stream ended without a finish reason',
        }),
      };
    }
    return {
      type: 'finish',
      finishReason: this.finishReason,
      usage: this.usage ?? estimateUsage(this.request, this.generatedCharacters),
      model: this.model,
    };
  }
}
