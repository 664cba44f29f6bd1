import type { IncomingMessage } from 'node:http';

export type BodyOutcome =
  | { readonly kind: 'ok'; readonly text: string }
  | { readonly kind: 'too_large' }
  | { readonly kind: 'aborted' };

/** Reads a request body as UTF-8 up to `limit` bytes; past it the rest is drained and dropped. */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyOutcome> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: BodyOutcome): void => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        settle({ kind: 'too_large' });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      settle({
        kind: 'ok',
        text:
          chunks.length === 1
            ? (chunks[0]?.toString('utf8') ?? '')
            : Buffer.concat(chunks).toString('utf8'),
      });
    });
    request.on('error', () => settle({ kind: 'aborted' }));
    request.on('close', () => {
      if (!request.complete) settle({ kind: 'aborted' });
    });
  });
}
