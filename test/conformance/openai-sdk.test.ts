import { defineSurfaceSuite } from './define-surface-suite.js';
import { openaiChecks } from './openai-checks.js';

defineSurfaceSuite('openai', openaiChecks);
