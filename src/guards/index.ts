export type { Guard, GuardFinding, GuardVerdict } from './guard.js';
export { normalizeForMatching } from './normalize-for-matching.js';
export { createSeedPatternGuard } from './seed-pattern-guard.js';
export { scanText, type ScanResult } from './scan-text.js';
export * from './injection/index.js';
export * from './pii/index.js';
export * from './output/index.js';
