export { estimatePromptTokens, estimateUsage } from '../../core/index.js';
