import type { SerializedLinearModel } from './linear-model.js';

/** Metrics of the whole guard (rules and model) on dev.jsonl, as measured by the training script. */
export interface DevMetrics {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly falsePositiveRate: number;
  readonly threshold: number;
}

/** The committed output of `npm run train:guard`. */
export interface InjectionModelWeights {
  /** Default flagging threshold, chosen on dev.jsonl. */
  readonly threshold: number;
  /** What the model was trained on (file digests and augmentation counts). */
  readonly trainedOn: string;
  readonly seed: number;
  readonly devMetrics: DevMetrics;
  readonly model: SerializedLinearModel;
  /** The window model (`window-model.ts`): words and bigrams of windows of long texts. */
  readonly windowModel: SerializedLinearModel;
  /** The shift of the main model's bias for paragraphs read alone (`paragraph-model.ts`). */
  readonly paragraphOffset: number;
}
