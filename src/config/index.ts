export { ConfigError } from './config-error.js';
export { demoProviderIds, envProviders } from './env-providers.js';
export type * from './gateway-config.js';
export {
  loadConfig,
  loadStorageConfig,
  withDemoUpstreams,
  type Environment,
} from './load-config.js';
export { parseRateLimit } from './parse-rate-limit.js';
