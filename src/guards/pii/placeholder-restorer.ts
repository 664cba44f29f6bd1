import { restorePii } from './redact-pii.js';

/** Longest placeholder kept back while it may still be completing (`[PRIVATE_KEY_12]` is 16). */
const maxPlaceholder = 32;

/**
 * Restores redaction placeholders (`[EMAIL_1]`) in a streamed answer, whose deltas may split a
 * placeholder anywhere: a trailing `[…` that could still become one is held until the next delta.
 */
export class PlaceholderRestorer {
  private pending = '';

  constructor(private readonly restore: ReadonlyMap<string, string>) {}

  push(delta: string): string {
    const text = this.pending + delta;
    const open = text.lastIndexOf('[');
    if (open >= 0 && text.length - open < maxPlaceholder && !text.includes(']', open)) {
      this.pending = text.slice(open);
      return restorePii(text.slice(0, open), this.restore);
    }
    this.pending = '';
    return restorePii(text, this.restore);
  }

  /** The stream ended: whatever was held back. */
  end(): string {
    const rest = this.pending;
    this.pending = '';
    return restorePii(rest, this.restore);
  }
}
