import secureJson from 'secure-json-parse';

export type JsonBodyResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: 'empty' | 'invalid' | 'too_deep' | 'forbidden_key' };

/**
 * Measures the nesting depth of JSON text without parsing it (strings skipped), so a hostile
 * body is refused before the parser builds it.
 */
export function exceedsDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92)
        index += 1; // backslash: skip the escaped character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (code === 125 || code === 93) depth -= 1;
  }
  return false;
}

/**
 * Parses a request body once: bounded depth, and `__proto__` / `constructor.prototype` keys refused
 * (no prototype pollution through a body).
 */
export function parseJsonBody(body: Buffer | undefined, maxDepth: number): JsonBodyResult {
  if (body === undefined || body.length === 0) return { ok: false, reason: 'empty' };
  const text = body.toString('utf8');
  if (exceedsDepth(text, maxDepth)) return { ok: false, reason: 'too_deep' };
  try {
    return {
      ok: true,
      value: secureJson.parse(text, undefined, {
        protoAction: 'error',
        constructorAction: 'error',
      }),
    };
  } catch (error) {
    return { ok: false, reason: error instanceof SyntaxError ? 'invalid' : 'forbidden_key' };
  }
}
