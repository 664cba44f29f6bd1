export * from './chat.js';
export * from './errors.js';
export * from './pipeline.js';
export * from './stream-part.js';
export * from './usage.js';
export * from './provider.js';
export * from './logger.js';
export * from './settle-outcome.js';
