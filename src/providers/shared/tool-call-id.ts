import { randomBytes } from 'node:crypto';

/** A fresh tool-call id for providers that do not send one (Gemini). */
export function createToolCallId(): string {
  return `call_${randomBytes(12).toString('hex')}`;
}
