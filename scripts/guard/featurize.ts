import { collectWordFeatures } from '../../src/guards/injection/collect-features.js';
import { defaultDecodeLimits } from '../../src/guards/injection/decode-embedded-payloads.js';
import { prepareScan } from '../../src/guards/injection/prepare-scan-text.js';

/** The model's distinct features of one raw text, exactly as the guard computes them. */
export interface Featurized {
  /** Character n-grams first, then word features. */
  readonly features: Int32Array;
  readonly characters: number;
}

export function featurize(text: string): Featurized {
  const { words, features } = prepareScan(text, defaultDecodeLimits, true);
  if (features === null) throw new Error('no feature buffer');
  const counts = collectWordFeatures(words, features);
  return { features: features.slice(0, counts.total), characters: counts.characters };
}
