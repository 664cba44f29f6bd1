export { createCanary, type CreateCanaryOptions } from './create-canary.js';
export { findCanary, type CanaryMatch } from './find-canary.js';
export {
  OutputWindow,
  type OutputViolation,
  type OutputWindowOptions,
  type OutputWindowStep,
} from './output-window.js';
