export {
  createInjectionGuard,
  type InjectionGuard,
  type InjectionGuardOptions,
} from './create-injection-guard.js';
export type { InjectionAnalysis } from './injection-analysis.js';
export type { InjectionCategory, InjectionRule } from './injection-rule.js';
export { injectionRules, matchInjectionRules, type RuleHit } from './match-injection-rules.js';
export { normalizeForDetection } from './normalize-for-detection.js';
export type { NormalizedText, ObfuscationKind, ObfuscationSignal } from './normalized-text.js';
export {
  decodeEmbeddedPayloads,
  defaultDecodeLimits,
  type DecodeLimits,
} from './decode-embedded-payloads.js';
export type { DecodedPayload, PayloadEncoding } from './decoded-payload.js';
export { prepareScanText, type ScanText } from './prepare-scan-text.js';
export { loadInjectionModel, loadWindowModel } from './load-injection-model.js';
export { injectionModelWeights } from './model-weights.js';
export type { InjectionModelWeights, DevMetrics } from './injection-model-weights.js';
export type { LinearModel, SerializedLinearModel } from './linear-model.js';
