/**
 * A logistic-regression model over hashed features ({@link collectFeatures}), with weights stored
 * as 8-bit integers and one scale. The logit of a text is
 * `bias + scale · (Σ_char weights[f] / sqrt(n_char) + Σ_word weights[f] / sqrt(n_word))`: presence
 * features normalised by their count in each block (character n-grams, words), so that a long text
 * does not score higher just for being long and the few word features are not drowned.
 */
export interface LinearModel {
  readonly featureBits: number;
  readonly bias: number;
  readonly scale: number;
  readonly weights: Int8Array;
}

/** The serialised form, as committed in `model-weights.ts`. */
export interface SerializedLinearModel {
  readonly featureBits: number;
  readonly bias: number;
  readonly scale: number;
  /** Base64 of the int8 weights. */
  readonly weights: string;
}

export function decodeLinearModel(serialized: SerializedLinearModel): LinearModel {
  const bytes = Buffer.from(serialized.weights, 'base64');
  const weights = new Int8Array(bytes.length);
  weights.set(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  if (weights.length !== 1 << serialized.featureBits) {
    throw new Error(
      `model weights hold ${weights.length} values, expected 2^${serialized.featureBits}`,
    );
  }
  return {
    featureBits: serialized.featureBits,
    bias: serialized.bias,
    scale: serialized.scale,
    weights,
  };
}

export function encodeLinearModel(model: LinearModel): SerializedLinearModel {
  return {
    featureBits: model.featureBits,
    bias: model.bias,
    scale: model.scale,
    weights: Buffer.from(
      model.weights.buffer,
      model.weights.byteOffset,
      model.weights.length,
    ).toString('base64'),
  };
}

/** The factor of each feature of a block of `count` features: 1/sqrt(count), 0 when empty. */
export function blockNorm(count: number): number {
  return count === 0 ? 0 : 1 / Math.sqrt(count);
}

/** Per-feature factors for a text with `total` features of which `characters` are n-grams. */
export function blockNorms(
  total: number,
  characters: number,
): { characters: number; words: number } {
  return { characters: blockNorm(characters), words: blockNorm(total - characters) };
}

/** The model's logit for `features[0..total)`, of which the first `characters` are n-grams. */
export function linearLogit(
  model: LinearModel,
  features: Int32Array,
  total: number,
  characters: number,
): number {
  const weights = model.weights;
  let characterSum = 0;
  for (let index = 0; index < characters; index++)
    characterSum += weights[features[index] ?? 0] ?? 0;
  let wordSum = 0;
  for (let index = characters; index < total; index++)
    wordSum += weights[features[index] ?? 0] ?? 0;
  // The factors of `blockNorms`, without its object (this runs on every request).
  return (
    model.bias +
    model.scale * (characterSum * blockNorm(characters) + wordSum * blockNorm(total - characters))
  );
}

export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}
