import { collectFeatures, featureCapacity } from '../../src/guards/injection/collect-features.js';
import { prepareScanText } from '../../src/guards/injection/prepare-scan-text.js';

let buffer = new Int32Array(featureCapacity(8192));

/** The model's distinct features of one raw text, exactly as the guard computes them. */
export interface Featurized {
  /** Character n-grams first, then word features. */
  readonly features: Int32Array;
  readonly characters: number;
}

export function featurize(text: string): Featurized {
  const scan = prepareScanText(text);
  const needed = featureCapacity(scan.text.length);
  if (buffer.length < needed) buffer = new Int32Array(needed);
  const counts = collectFeatures(scan.text, buffer);
  return { features: buffer.slice(0, counts.total), characters: counts.characters };
}
