import type { Readable } from 'node:stream';
import { GatewayError } from '../../core/index.js';
import { classifyNetworkError } from './classify-network-error.js';

/**
 * Reads an upstream body as text, refusing more than `maxBytes` (a misbehaving upstream must not
 * exhaust the gateway's memory). Socket failures become catalog errors.
 */
export async function readBody(
  body: Readable & AsyncIterable<Buffer>,
  maxBytes: number,
  signal: AbortSignal,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      size += chunk.length;
      if (size > maxBytes) {
        body.destroy();
        throw new GatewayError('provider_invalid_response', {
          detail: `upstream body larger than ${maxBytes} bytes`,
        });
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw classifyNetworkError(error, signal);
  }
  return chunks.length === 1
    ? (chunks[0] as Buffer).toString('utf8')
    : Buffer.concat(chunks).toString('utf8');
}

/** Discards a body we do not need, so the connection can return to the pool. */
export function discardBody(body: Readable): void {
  body.resume();
  body.on('error', () => undefined);
}
