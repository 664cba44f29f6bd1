import { randomBytes } from 'node:crypto';

const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

export interface CreateCanaryOptions {
  /** Source of randomness (default: node:crypto); inject a fixed one in tests. */
  readonly randomBytes?: (size: number) => Uint8Array;
  /** Random characters after the prefix (default 16: about 79 bits). */
  readonly length?: number;
}

/**
 * A random canary token to place in a system prompt (e.g. "Internal reference: CANARY-…"). If it
 * ever shows up in a model's output, the system prompt leaked. Letters and digits only, so that
 * {@link findCanary} can still find it when the model spaces or re-cases it.
 */
export function createCanary(options: CreateCanaryOptions = {}): string {
  const length = options.length ?? 16;
  const bytes = (options.randomBytes ?? randomBytes)(length);
  let token = '';
  for (let index = 0; index < length; index++) {
    token += alphabet[(bytes[index] ?? 0) % alphabet.length];
  }
  return `CANARY-${token}`;
}
