import { addressedAiRoleRules } from './addressed-ai-role-rules.js';
import { answerWithoutLimitsRules } from './answer-without-limits-rules.js';
import { cjkRules } from './cjk-rules.js';
import { cjkRussianMovesRules } from './cjk-russian-moves-rules.js';
import { extractionRules } from './extraction-rules.js';
import { forgetWhatISaidRules } from './forget-what-i-said-rules.js';
import { harmfulIntentRules } from './harmful-intent-rules.js';
import { hijackRules } from './hijack-rules.js';
import { indirectRules } from './indirect-rules.js';
import type { InjectionRule } from './injection-rule.js';
import { jailbreakRules } from './jailbreak-rules.js';
import { liftedLimitsRules } from './lifted-limits-rules.js';
import { multilingualPersonaRules } from './multilingual-persona-rules.js';
import { multilingualRules } from './multilingual-rules.js';
import { overrideRules } from './override-rules.js';
import { redirectRules } from './redirect-rules.js';
import { resetRules } from './reset-rules.js';
import { structureRules } from './structure-rules.js';
import { yourSystemPromptRules } from './your-system-prompt-rules.js';

/** Every rule the injection guard runs, in reporting order. */
export const injectionRules: readonly InjectionRule[] = [
  ...overrideRules,
  ...resetRules,
  ...hijackRules,
  ...redirectRules,
  ...extractionRules,
  ...jailbreakRules,
  ...structureRules,
  ...indirectRules,
  ...addressedAiRoleRules,
  ...multilingualRules,
  ...multilingualPersonaRules,
  ...liftedLimitsRules,
  ...answerWithoutLimitsRules,
  ...cjkRules,
  ...cjkRussianMovesRules,
  ...forgetWhatISaidRules,
  ...yourSystemPromptRules,
  ...harmfulIntentRules,
];
