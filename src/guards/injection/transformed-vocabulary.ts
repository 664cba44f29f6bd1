import { hashPrime } from './feature-hashing.js';
import { wordSalt, type WordScan } from './scan-words.js';

/*
 * Override vocabulary as it reads after ROT13 and reversed: when two such words occur, the whole
 * text is decoded that way and scanned again. And the words that ask for pieces to be put together
 * ("combine", "concatenate", "glue", …): when one occurs, quoted pieces may be joined
 * (`assembleFragments`, round nine). Checked on the word scan (a table lookup per word) rather than by a regex over the
 * text.
 */
const rot13Words = [
  'vtaber',
  'qvfertneq',
  'sbetrg',
  'cerivbhf',
  'vafgehpgvba',
  'vafgehpgvbaf',
  'flfgrz',
  'cebzcg',
  'wnvyoernx',
  'olcnff',
  'erirny',
  'cnffjbeq',
  'ehyrf',
  'ebg13',
];
const reversedWords = [
  'erongi',
  'dragersid',
  'tegrof',
  'suoiverp',
  'noitcurtsni',
  'snoitcurtsni',
  'tpmorp',
  'metsys',
  'kaerbliaj',
  'ssapyb',
  'laever',
  'drowssap',
];
/** Words that ask for pieces to be joined (English, and the imperatives of eight languages). */
const assemblyWords = [
  'combine',
  'combined',
  'concatenate',
  'concatenated',
  'concat',
  'join',
  'joined',
  'glue',
  'merge',
  'merged',
  'assemble',
  'reassemble',
  'reassembled',
  'stitch',
  'put',
  'une',
  'junta',
  'combina',
  'unisci',
  'verbinde',
  'fuge',
];

function wordHash(word: string): number {
  let hash = wordSalt;
  for (let index = 0; index < word.length; index++) {
    hash = Math.imul(hash ^ word.charCodeAt(index), hashPrime);
  }
  return hash;
}

const tableBits = 7;
if (32 - tableBits !== 25) throw new Error('transformed-vocabulary: literals out of step');
const keys = new Int32Array(1 << tableBits);
/** 0: empty, 1: ROT13 word, 2: reversed word, 3: assembly word. */
const kinds = new Uint8Array(1 << tableBits);

function slotOf(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - tableBits);
}

for (const [words, kind] of [
  [rot13Words, 1],
  [reversedWords, 2],
  [assemblyWords, 3],
] as const) {
  for (const word of words) {
    const hash = wordHash(word);
    let slot = slotOf(hash);
    if (kinds[slot] !== 0 && keys[slot] === hash) continue;
    while (kinds[slot] !== 0) slot = (slot + 1) & ((1 << tableBits) - 1);
    keys[slot] = hash;
    kinds[slot] = kind;
  }
}

/** How many words of the scan are ROT13 and reversed override vocabulary, and assembly words. */
export interface TransformedWordCounts {
  readonly rot13: number;
  readonly reversed: number;
  readonly assembly: number;
  /**
   * Where the first {@link maxAssemblyStarts} assembly words start in the scanned text, in order
   * (all of them when `assembly` is no more).
   */
  readonly assemblyStarts: readonly number[];
}

/** Assembly-word starts kept per text: a text of "put put put …" keeps a bounded list. */
export const maxAssemblyStarts = 64;

const noStarts: readonly number[] = [];

export function countTransformedWords(words: WordScan): TransformedWordCounts {
  let rot13 = 0;
  let reversed = 0;
  let assembly = 0;
  let assemblyStarts: number[] | undefined;
  const hashes = words.hashes;
  // Locals and literals (tableBits = 7): module bindings are loads in the loop.
  const slotKinds = kinds;
  const slotKeys = keys;
  for (let word = 0; word < words.count; word++) {
    const hash = hashes[word] ?? 0;
    let slot = Math.imul(hash, 0x9e3779b1) >>> 25;
    for (;;) {
      const kind = slotKinds[slot] ?? 0;
      if (kind === 0) break;
      if (slotKeys[slot] === hash) {
        if (kind === 1) rot13++;
        else if (kind === 2) reversed++;
        else if (assembly++ < maxAssemblyStarts) {
          (assemblyStarts ??= []).push(words.starts[word] ?? 0);
        }
        break;
      }
      slot = (slot + 1) & 0x7f;
    }
  }
  return { rot13, reversed, assembly, assemblyStarts: assemblyStarts ?? noStarts };
}
