import { apiKeyPattern } from './api-key-format.js';

export interface ParsedApiKey {
  readonly prefix: string;
  readonly id: string;
  readonly secret: string;
}

const maxKeyTextLength = 160;

/** Splits presented key text into its parts; undefined when it is not a well-formed key. */
export function parseApiKey(text: string): ParsedApiKey | undefined {
  if (text.length > maxKeyTextLength) return undefined;
  const match = apiKeyPattern.exec(text);
  if (match === null) return undefined;
  const [, prefix, id, secret] = match;
  if (prefix === undefined || id === undefined || secret === undefined) return undefined;
  return { prefix, id, secret };
}
