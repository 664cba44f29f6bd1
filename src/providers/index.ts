export {
  createProviderAdapter,
  isProviderDialect,
  providerDialects,
  type ProviderDialect,
} from './registry.js';
export type { AdapterOptions } from './shared/adapter-options.js';
export { defaultUpstreamLimits, type UpstreamLimits } from './shared/upstream-limits.js';
