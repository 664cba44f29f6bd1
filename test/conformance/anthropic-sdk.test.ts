import { anthropicChecks } from './anthropic-checks.js';
import { defineSurfaceSuite } from './define-surface-suite.js';

defineSurfaceSuite('anthropic', anthropicChecks);
