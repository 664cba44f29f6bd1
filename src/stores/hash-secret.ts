import { createHmac, timingSafeEqual } from 'node:crypto';
import { StoreError } from './store-error.js';

/** The shortest server secret accepted: 32 characters (for example 24 random bytes in base64). */
export const minimumServerSecretLength = 32;

/** HMAC-SHA-256 of a key secret under the server secret, as lowercase hex. */
export function hashSecret(secret: string, serverSecret: string): string {
  return createHmac('sha256', serverSecret).update(secret, 'utf8').digest('hex');
}

/** Compares in constant time; false for a hash of the wrong length or alphabet. */
export function verifySecret(secret: string, expectedHash: string, serverSecret: string): boolean {
  const actual = createHmac('sha256', serverSecret).update(secret, 'utf8').digest();
  const expected = Buffer.from(expectedHash, 'hex');
  if (expected.length !== actual.length) {
    timingSafeEqual(actual, actual);
    return false;
  }
  return timingSafeEqual(actual, expected);
}

export function checkServerSecret(serverSecret: string): void {
  if (serverSecret.length < minimumServerSecretLength) {
    throw new StoreError(
      'store_misconfigured',
      `The HMAC server secret must have at least ${minimumServerSecretLength} characters.`,
    );
  }
}
