export { detectPii, type DetectPiiOptions } from './detect-pii.js';
export { PiiRedactor, redactPii, restorePii, type Redaction } from './redact-pii.js';
export { PlaceholderRestorer } from './placeholder-restorer.js';
export { createPiiGuard } from './create-pii-guard.js';
export { isIbanValid, isLuhnValid } from './checksums.js';
export { secretTypes, type PiiFinding, type PiiType } from './pii-finding.js';
