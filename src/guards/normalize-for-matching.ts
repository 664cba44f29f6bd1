// Zero-width and invisible formatting characters that split words without showing.
const invisible = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/**
 * The seed's basic normalisation: Unicode compatibility forms (NFKC folds full-width letters),
 * invisible characters removed, case folded and whitespace runs collapsed, so that
 * `IGNORE\u200b  previous` matches like `ignore previous`.
 */
export function normalizeForMatching(text: string): string {
  return text.normalize('NFKC').replace(invisible, '').toLowerCase().replace(/\s+/g, ' ');
}
