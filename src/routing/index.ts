export { createAttemptSignal, type AttemptSignal } from './attempt-signal.js';
export { RouteTable, type ModelName } from './route-table.js';
export { Router, type RouterOptions } from './router.js';
export type { Target } from './target.js';
