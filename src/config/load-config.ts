import { injectionModes, outputModes, piiModes, scannedRoles } from '../core/index.js';
import { hostname } from 'node:os';
import { ConfigError } from './config-error.js';
import { priceOf } from './default-prices.js';
import { demoProviderIds, envProviders } from './env-providers.js';
import { EnvReader } from './env-reader.js';
import { loadConfigFile } from './load-config-file.js';
import type {
  GatewayConfig,
  GuardDefaults,
  ProviderConfig,
  ResilienceConfig,
  RouteConfig,
  RouteTarget,
} from './gateway-config.js';
import { parseRateLimit } from './parse-rate-limit.js';
import { parseTrustProxy } from './parse-trust-proxy.js';

export type Environment = Readonly<Record<string, string | undefined>>;

function providersFromEnv(reader: EnvReader, demo: boolean): ProviderConfig[] {
  const providers: ProviderConfig[] = [];
  for (const spec of envProviders) {
    // Several keys, comma-separated, form a key pool.
    const apiKeys = reader.list(`${spec.prefix}_API_KEY`) ?? [];
    const simulated = demo && (demoProviderIds as readonly string[]).includes(spec.id);
    if (apiKeys.length === 0 && !simulated) continue;
    const model = reader.string(`${spec.prefix}_MODEL`) ?? spec.defaultModel;
    providers.push({
      id: spec.id,
      dialect: spec.dialect,
      baseUrl: reader.url(`${spec.prefix}_BASE_URL`, spec.defaultBaseUrl),
      apiKeys,
      apiKeyVariable: `${spec.prefix}_API_KEY`,
      models: [{ id: model, pricing: priceOf(model) }],
      headers: {},
    });
  }
  return providers;
}

function defaultRoute(
  reader: EnvReader,
  providers: readonly ProviderConfig[],
  deadlineMs: number,
): RouteConfig {
  const known = envProviders.map((spec) => spec.id);
  const order = reader.list('PROVIDER_ORDER') ?? known;
  const unknown = order.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    reader.problems.push(
      `PROVIDER_ORDER names unknown providers: ${unknown.join(', ')} (known: ${known.join(', ')})`,
    );
  }
  const targets: RouteTarget[] = [];
  for (const id of order) {
    const provider = providers.find((candidate) => candidate.id === id);
    const model = provider?.models[0];
    if (provider !== undefined && model !== undefined) {
      targets.push({ provider: id, model: model.id, weight: 1 });
    }
  }
  return { strategy: 'priority', targets, deadlineMs, hedge: undefined };
}

function readResilience(reader: EnvReader): ResilienceConfig {
  return {
    deadlineMs: reader.integer('REQUEST_DEADLINE_MS', 120_000, 100, 3_600_000),
    maxAttempts: reader.integer('MAX_ATTEMPTS', 3, 1, 10),
    retryBudgetRatio: reader.number('RETRY_BUDGET_RATIO', 0.2, 0, 1),
    retryAfterMaxWaitMs: reader.integer('RETRY_AFTER_MAX_WAIT_MS', 5000, 0, 600_000),
    breaker: {
      consecutiveFailures: reader.integer('BREAKER_CONSECUTIVE_FAILURES', 5, 1, 1000),
      failureRatio: reader.number('BREAKER_FAILURE_RATIO', 0.25, 0.01, 1),
      minimumVolume: reader.integer('BREAKER_MIN_VOLUME', 12, 1, 10_000),
      windowSize: reader.integer('BREAKER_WINDOW', 40, 2, 10_000),
      baseEjectionMs: reader.integer('BREAKER_BASE_EJECTION_MS', 1000, 10, 600_000),
      maxEjectionMs: reader.integer('BREAKER_MAX_EJECTION_MS', 60_000, 10, 3_600_000),
      jitter: reader.number('BREAKER_JITTER', 0.2, 0, 0.9),
    },
    credentialParkMs: reader.integer('CREDENTIAL_PARK_MS', 300_000, 0, 86_400_000),
    outageQueueSize: reader.integer('OUTAGE_QUEUE_SIZE', 256, 0, 100_000),
    maxInFlight: reader.integer('MAX_IN_FLIGHT', 2048, 1, 1_000_000),
    shedEventLoopDelayMs: reader.integer('SHED_EVENT_LOOP_DELAY_MS', 500, 10, 60_000),
    shedHeapRatio: reader.number('SHED_HEAP_RATIO', 0.92, 0.1, 1),
  };
}

/**
 * Builds the validated configuration from environment variables (the seed's names, extended for
 * OpenAI and Anthropic). Throws a {@link ConfigError} naming every bad variable.
 */
export function loadConfig(env: Environment): GatewayConfig {
  const reader = new EnvReader(env);
  const production = reader.string('NODE_ENV') === 'production';
  const resilience = readResilience(reader);
  const configPath = reader.string('GATEWAY_CONFIG');
  const fromFile =
    configPath === undefined
      ? undefined
      : loadConfigFile(configPath, env, resilience.deadlineMs, reader.problems);
  const anyProviderKey =
    configPath !== undefined ||
    envProviders.some((spec) => reader.string(`${spec.prefix}_API_KEY`) !== undefined);
  const demo = !production && !anyProviderKey;
  const serviceApiKey = reader.string('SERVICE_API_KEY');

  const storage = readStorage(reader);
  const secret = storage.secret;
  const adminApiKey = reader.string('ADMIN_API_KEY');
  if (adminApiKey !== undefined && adminApiKey.length < 16) {
    reader.problems.push('ADMIN_API_KEY must be at least 16 characters');
  }
  if (adminApiKey !== undefined && adminApiKey === serviceApiKey) {
    reader.problems.push(
      'ADMIN_API_KEY must differ from SERVICE_API_KEY (admin and client keys never overlap)',
    );
  }
  if (production) {
    const missing: string[] = [];
    if (serviceApiKey === undefined) missing.push('SERVICE_API_KEY');
    if (secret === undefined) missing.push('GATEWAY_SECRET');
    if (!anyProviderKey) {
      missing.push(`one of ${envProviders.map((spec) => `${spec.prefix}_API_KEY`).join(', ')}`);
    }
    if (missing.length > 0) {
      reader.problems.push(
        `NODE_ENV=production requires real provider keys and a client key; missing: ${missing.join('; ')}`,
      );
    }
  }

  const rateLimitText = reader.string('RATE_LIMIT') ?? '10/minute';
  const rateLimit = parseRateLimit(rateLimitText);
  if (rateLimit === undefined) {
    reader.problems.push(
      `RATE_LIMIT must look like "10/minute" or "100 per hour" (got "${rateLimitText}")`,
    );
  }

  const providers =
    fromFile?.providers ?? (configPath === undefined ? providersFromEnv(reader, demo) : []);
  const routes = fromFile?.routes ?? {
    default: defaultRoute(reader, providers, resilience.deadlineMs),
  };
  const allowedOrigins = reader.list('ALLOWED_ORIGINS');

  const config: GatewayConfig = {
    production,
    demo,
    server: {
      host: reader.string('HOST') ?? '0.0.0.0',
      port: reader.integer('PORT', 8000, 0, 65535),
      trustProxy: parseTrustProxy(reader.string('TRUST_PROXY')),
      allowedOrigins:
        allowedOrigins !== undefined && allowedOrigins.length > 0 ? allowedOrigins : undefined,
      bodyLimitBytes: reader.integer('MAX_BODY_BYTES', 4 * 1024 * 1024, 1024, 64 * 1024 * 1024),
      queryBodyLimitBytes: 64 * 1024,
      maxJsonDepth: reader.integer('MAX_JSON_DEPTH', 64, 2, 1000),
      requestTimeoutMs: reader.integer('REQUEST_TIMEOUT_MS', 30_000, 1000, 600_000),
      headersTimeoutMs: reader.integer('HEADERS_TIMEOUT_MS', 10_000, 1000, 120_000),
      keepAliveTimeoutMs: reader.integer('KEEP_ALIVE_TIMEOUT_MS', 72_000, 1000, 600_000),
      maxHeaderBytes: reader.integer('MAX_HEADER_BYTES', 16 * 1024, 1024, 64 * 1024),
      shutdownGraceMs: reader.integer('SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    },
    serviceApiKey,
    rateLimit: rateLimit ?? { points: 10, windowMs: 60_000, text: '10/minute' },
    providers,
    routes,
    resilience,
    adminApiKey: reader.string('ADMIN_API_KEY'),
    tenants: fromFile?.tenants ?? {},
    storage,
    upstream: {
      attemptTimeoutMs: reader.integer('UPSTREAM_TIMEOUT_MS', 30_000, 100, 600_000),
      streamMaxDurationMs: reader.integer('STREAM_MAX_DURATION_MS', 600_000, 1000, 3_600_000),
      headersTimeoutMs: reader.integer('UPSTREAM_HEADERS_TIMEOUT_MS', 30_000, 100, 600_000),
      idleTimeoutMs: reader.integer('UPSTREAM_IDLE_TIMEOUT_MS', 30_000, 100, 600_000),
      maxResponseBytes: 16 * 1024 * 1024,
      connectionsPerOrigin: reader.integer('UPSTREAM_CONNECTIONS', 128, 1, 4096),
    },
    logLevel: reader.string('LOG_LEVEL') ?? 'info',
    guards: readGuardDefaults(reader),
    observability: {
      metricsEnabled: reader.boolean('METRICS_ENABLED', true),
      metricsToken: reader.string('METRICS_TOKEN'),
      otlpEndpoint: reader.string('OTEL_EXPORTER_OTLP_ENDPOINT'),
      serviceName: reader.string('OTEL_SERVICE_NAME') ?? 'llm-secure-gateway',
    },
  };
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(config.logLevel)) {
    reader.problems.push(
      `LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${config.logLevel}")`,
    );
  }
  if (reader.problems.length > 0) throw new ConfigError(reader.problems);
  return config;
}

/**
 * Points the simulated providers of a demo configuration at the running simulator. Returns a new
 * configuration; the input is not changed.
 */
export function withDemoUpstreams(
  config: GatewayConfig,
  baseUrls: Readonly<Record<string, string>>,
  serviceApiKey: string,
): GatewayConfig {
  return {
    ...config,
    serviceApiKey,
    providers: config.providers.map((provider) => {
      const baseUrl = baseUrls[provider.id];
      return baseUrl === undefined ? provider : { ...provider, baseUrl, apiKeys: ['demo-key'] };
    }),
  };
}

/**
 * Only the storage settings (`SQLITE_PATH`, `DATABASE_URL`, `REDIS_URL`, `GATEWAY_SECRET`,
 * `INSTANCE_ID`): what the key, usage and audit commands of the CLI need.
 */
export function loadStorageConfig(env: Environment): GatewayConfig['storage'] {
  const reader = new EnvReader(env);
  const storage = readStorage(reader);
  if (reader.problems.length > 0) throw new ConfigError(reader.problems);
  return storage;
}

function readStorage(reader: EnvReader): GatewayConfig['storage'] {
  const storage = {
    sqlitePath: reader.string('SQLITE_PATH') ?? 'data/gateway.sqlite',
    databaseUrl: reader.databaseUrl('DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: reader.databaseUrl('REDIS_URL', ['redis:', 'rediss:']),
    databaseSchema: reader.string('DATABASE_SCHEMA') ?? 'public',
    redisKeyPrefix: reader.string('REDIS_KEY_PREFIX') ?? 'lsg:',
    secret: reader.string('GATEWAY_SECRET'),
    instanceId: reader.string('INSTANCE_ID') ?? hostname(),
    keyCacheMs: reader.integer('KEY_CACHE_MS', 1000, 0, 60_000),
  };
  if (storage.secret !== undefined && storage.secret.length < 32) {
    reader.problems.push('GATEWAY_SECRET must be at least 32 characters');
  }
  if (storage.databaseUrl !== undefined && storage.secret === undefined) {
    reader.problems.push(
      'GATEWAY_SECRET is required with DATABASE_URL (every replica must hash keys alike)',
    );
  }
  return storage;
}

/** `GUARD_*`, `PII_*`, `OUTPUT_*` and the seed's `ENABLE_PROMPT_INJECTION_CHECK`. */
function readGuardDefaults(reader: EnvReader): GuardDefaults {
  const injectionOn = reader.boolean('ENABLE_PROMPT_INJECTION_CHECK', true);
  const mode = reader.choice('GUARD_MODE', injectionModes, 'block');
  const threshold = reader.string('GUARD_THRESHOLD');
  return {
    injection: {
      mode: injectionOn ? mode : 'off',
      threshold: threshold === undefined ? undefined : reader.number('GUARD_THRESHOLD', 0.5, 0, 1),
      roles: reader.choices('GUARD_ROLES', scannedRoles) ?? ['user', 'tool'],
    },
    pii: {
      mode: reader.choice('PII_MODE', piiModes, 'off'),
      types: reader.list('PII_TYPES') ?? null,
    },
    output: {
      mode: reader.choice('OUTPUT_GUARD', outputModes, 'off'),
      canary: reader.boolean('OUTPUT_CANARY', false),
      types: reader.list('OUTPUT_TYPES') ?? null,
    },
  };
}
