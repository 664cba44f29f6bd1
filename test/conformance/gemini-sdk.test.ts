import { defineSurfaceSuite } from './define-surface-suite.js';
import { geminiChecks } from './gemini-checks.js';

defineSurfaceSuite('gemini', geminiChecks);
