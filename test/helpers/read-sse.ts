import { request } from 'undici';

export interface SseEvent {
  readonly event: string;
  readonly data: string;
}

export interface SseResult {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly events: SseEvent[];
  /** The body as text when the answer was not an event stream. */
  readonly text: string;
}

/** POSTs and reads a whole server-sent-event answer, splitting events on blank lines. */
export async function readSse(
  url: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<SseResult> {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.body.text();
  const events: SseEvent[] = [];
  if (String(response.headers['content-type']).startsWith('text/event-stream')) {
    for (const block of text.split(/\r?\n\r?\n/)) {
      if (block.trim() === '') continue;
      let event = '';
      const data: string[] = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      events.push({ event, data: data.join('\n') });
    }
  }
  return { status: response.statusCode, headers: response.headers, events, text };
}
