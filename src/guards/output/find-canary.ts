/** Where a canary appeared in a text (offsets end-exclusive). */
export interface CanaryMatch {
  readonly canary: string;
  readonly start: number;
  readonly end: number;
}

function isAlphanumeric(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  );
}

function compact(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isAlphanumeric(code)) out += text[index]?.toLowerCase() ?? '';
  }
  return out;
}

/**
 * Finds any of `canaries` in `text`, also when split by spaces, punctuation or line breaks or
 * re-cased (`c a n a r y - 7 k …`): both sides are compared on their letters and digits only.
 */
export function findCanary(text: string, canaries: readonly string[]): CanaryMatch | undefined {
  const wanted = canaries
    .map((canary) => ({ canary, key: compact(canary) }))
    .filter((entry) => entry.key.length >= 8);
  if (wanted.length === 0) return undefined;
  let letters = '';
  const positions: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!isAlphanumeric(code)) continue;
    letters += String.fromCharCode(code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
    positions.push(index);
  }
  let best: CanaryMatch | undefined;
  for (const { canary, key } of wanted) {
    const at = letters.indexOf(key);
    if (at < 0) continue;
    const start = positions[at] ?? 0;
    const end = (positions[at + key.length - 1] ?? start) + 1;
    if (best === undefined || start < best.start) best = { canary, start, end };
  }
  return best;
}
