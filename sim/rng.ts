/** A function returning uniformly distributed numbers in [0, 1). */
export type Rng = () => number;

/** Mulberry32: tiny, fast and good enough for simulated text, ids and fault sampling. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over UTF-16 code units, mixed with a seed: stable per (seed, text). */
export function hashString(text: string, seed = 0): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A base62 string of `length` characters drawn from `rng`. */
export function randomId(rng: Rng, length: number): string {
  let id = '';
  for (let index = 0; index < length; index += 1) {
    id += alphabet[Math.floor(rng() * alphabet.length)] ?? 'x';
  }
  return id;
}
