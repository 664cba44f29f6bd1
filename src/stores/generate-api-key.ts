import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import {
  apiKeyAlphabet,
  apiKeyIdLength,
  apiKeyPrefixPattern,
  apiKeySecretLength,
  defaultApiKeyPrefix,
} from './api-key-format.js';
import { StoreError } from './store-error.js';

export interface GeneratedApiKey {
  /** The full key text, shown to its owner once. */
  readonly key: string;
  readonly prefix: string;
  readonly id: string;
  readonly secret: string;
}

export type RandomBytes = (size: number) => Uint8Array;

/**
 * A new key: a 12-character id (71 bits, public) and a 32-character secret (190 bits), drawn
 * uniformly from base62 by rejection sampling (bytes of 248 and above are redrawn).
 */
export function generateApiKey(
  prefix: string = defaultApiKeyPrefix,
  randomBytes: RandomBytes = cryptoRandomBytes,
): GeneratedApiKey {
  if (!apiKeyPrefixPattern.test(prefix)) {
    throw new StoreError(
      'store_invalid_request',
      'A key prefix is 1 to 16 lowercase letters or digits, starting with a letter.',
    );
  }
  const id = randomBase62(apiKeyIdLength, randomBytes);
  const secret = randomBase62(apiKeySecretLength, randomBytes);
  return { key: `${prefix}_${id}_${secret}`, prefix, id, secret };
}

function randomBase62(length: number, randomBytes: RandomBytes): string {
  const limit = 248; // 4 × 62: the largest multiple of 62 that fits in a byte.
  let text = '';
  while (text.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= limit) continue;
      text += apiKeyAlphabet[byte % 62] ?? '';
      if (text.length === length) break;
    }
  }
  return text;
}
