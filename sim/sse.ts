/**
 * Server-sent event encoding. Payloads are single-line JSON (JSON.stringify never emits raw
 * newlines), so one `data:` line per event is exact.
 */
export function encodeSseData(data: string, event?: string): string {
  return event === undefined ? `data: ${data}\n\n` : `event: ${event}\ndata: ${data}\n\n`;
}

/** A comment line (keep-alive), e.g. OpenRouter's `: OPENROUTER PROCESSING`. */
export function encodeSseComment(comment: string): string {
  return `: ${comment}\n\n`;
}

export const sseDone = 'data: [DONE]\n\n';
