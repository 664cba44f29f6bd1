import type { GuardPolicy, GuardPolicyOverride } from '../core/index.js';
import type { ModelPricing } from '../core/index.js';
import type { ProviderDialect } from '../providers/index.js';

export interface ModelConfig {
  /** The provider's own model id. */
  readonly id: string;
  readonly pricing: ModelPricing;
}

export interface ProviderConfig {
  /** The provider's name in routes, logs and the cascade path (`gemini`, `groq`, …). */
  readonly id: string;
  readonly dialect: ProviderDialect;
  /** Base URL including the API version where the provider's SDK includes it. */
  readonly baseUrl: string;
  /**
   * The provider's credentials: one, several (a key pool, rotated; a rejected key is parked), or
   * none for local servers. Never logged.
   */
  readonly apiKeys: readonly string[];
  readonly models: readonly ModelConfig[];
  readonly headers: Readonly<Record<string, string>>;
  /** Name of the variable that holds the key, for error messages. */
  readonly apiKeyVariable: string;
}

export interface RouteTarget {
  readonly provider: string;
  readonly model: string;
  /** Share of traffic under the `weighted` strategy (default 1). */
  readonly weight: number;
}

/** How a route orders its targets. */
export type RoutingStrategyName = 'priority' | 'weighted' | 'least-latency' | 'lowest-cost';

/** Hedged requests: start the next target when the first is slow to its first token. */
export interface HedgeConfig {
  /** Fixed delay in ms, or `p95`: the first target's observed 95th percentile time to first token. */
  readonly delay: number | 'p95';
  /** Hedges are capped at this share of the route's traffic. */
  readonly maxShare: number;
  /** Whether requests that declare tools may be hedged (a tool call may have side effects). */
  readonly allowTools: boolean;
}

export interface RouteConfig {
  readonly strategy: RoutingStrategyName;
  readonly targets: readonly RouteTarget[];
  /** Total time a request may take on this route; a client may only shorten it. */
  readonly deadlineMs: number;
  readonly hedge: HedgeConfig | undefined;
  /** This route's guard policy changes (configuration file `guards:`). */
  readonly guards?: GuardPolicyOverride;
}

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  /** `false`, `true`, a hop count, or trusted proxy addresses/CIDRs. */
  readonly trustProxy: boolean | number | readonly string[];
  /** CORS origins; undefined means CORS is off. */
  readonly allowedOrigins: readonly string[] | undefined;
  readonly bodyLimitBytes: number;
  readonly queryBodyLimitBytes: number;
  readonly maxJsonDepth: number;
  /** Time a client has to send its whole request (slow-client protection). */
  readonly requestTimeoutMs: number;
  /** Time a client has to send its headers. */
  readonly headersTimeoutMs: number;
  readonly keepAliveTimeoutMs: number;
  readonly maxHeaderBytes: number;
  /** How long in-flight requests may take to finish after SIGTERM. */
  readonly shutdownGraceMs: number;
}

export interface RateLimitConfig {
  readonly points: number;
  readonly windowMs: number;
  /** As written, e.g. `10/minute`. */
  readonly text: string;
}

export interface UpstreamConfig {
  /**
   * Time one attempt at one provider may take before the router moves on: the whole answer when
   * not streaming, the time to the first content when streaming.
   */
  readonly attemptTimeoutMs: number;
  /** Longest a committed stream may run in total. */
  readonly streamMaxDurationMs: number;
  readonly headersTimeoutMs: number;
  readonly idleTimeoutMs: number;
  readonly maxResponseBytes: number;
  readonly connectionsPerOrigin: number;
}

export interface ResilienceConfig {
  /** Default total deadline of a request (routes may set their own). */
  readonly deadlineMs: number;
  /** Upstream attempts per request, failovers and retries included. */
  readonly maxAttempts: number;
  /** Retries of the same target may be at most this share of traffic. */
  readonly retryBudgetRatio: number;
  /** A `Retry-After` longer than this makes the router fail over instead of waiting. */
  readonly retryAfterMaxWaitMs: number;
  readonly breaker: {
    readonly consecutiveFailures: number;
    readonly failureRatio: number;
    readonly minimumVolume: number;
    readonly windowSize: number;
    readonly baseEjectionMs: number;
    readonly maxEjectionMs: number;
    readonly jitter: number;
  };
  /** How long a credential that the provider rejected (401/402/403) stays parked. */
  readonly credentialParkMs: number;
  /** Requests that may wait for a recovering provider when every target is open. */
  readonly outageQueueSize: number;
  /** Requests in flight beyond which new work is shed with 503. */
  readonly maxInFlight: number;
  /** Event-loop delay (p99 over the last second, ms) beyond which new work is shed. */
  readonly shedEventLoopDelayMs: number;
  /** Heap use (share of the heap limit) beyond which new work is shed. */
  readonly shedHeapRatio: number;
}

/** Limits that apply to all keys of a tenant together; null means not limited on that axis. */
export interface TenantLimits {
  readonly requestsPerMinute: number | null;
  readonly tokensPerMinute: number | null;
  readonly maxConcurrency: number | null;
  readonly budgetUsdPerDay: number | null;
  readonly budgetUsdPerMonth: number | null;
}

export interface StorageConfig {
  /** The SQLite file (the embedded default) when no `databaseUrl` is set. */
  readonly sqlitePath: string;
  /** PostgreSQL for keys, usage and audit (`DATABASE_URL`). */
  readonly databaseUrl: string | undefined;
  /** Redis for limits, budgets and the revocation broadcast (`REDIS_URL`). */
  readonly redisUrl: string | undefined;
  /** The PostgreSQL schema of the gateway's tables (`DATABASE_SCHEMA`, default `public`). */
  readonly databaseSchema: string;
  /** Prefix of the gateway's Redis keys and channel (`REDIS_KEY_PREFIX`, default `lsg:`). */
  readonly redisKeyPrefix: string;
  /**
   * The server secret that keys the API-key hashes and the audit chain (`GATEWAY_SECRET`).
   * Undefined: generated once and kept in a file next to the SQLite database.
   */
  readonly secret: string | undefined;
  /** This replica's stable name, for usage reconciliation after a crash (`INSTANCE_ID`). */
  readonly instanceId: string;
  /** How long a key lookup is trusted before the store is asked again. */
  readonly keyCacheMs: number;
}

/** The whole, validated, immutable configuration. Hot reload (later) swaps the object. */
export interface GatewayConfig {
  readonly production: boolean;
  /** Demo mode: no provider key was given, so the built-in simulator serves as the upstreams. */
  readonly demo: boolean;
  readonly server: ServerConfig;
  /** The seed's static client key; undefined until the CLI generates one in demo mode. */
  readonly serviceApiKey: string | undefined;
  readonly rateLimit: RateLimitConfig;
  readonly providers: readonly ProviderConfig[];
  readonly routes: Readonly<Record<string, RouteConfig>>;
  readonly resilience: ResilienceConfig;
  /** The admin key (`Authorization: Bearer` on `/admin`); admin routes are off without it. */
  readonly adminApiKey: string | undefined;
  readonly tenants: Readonly<Record<string, TenantLimits>>;
  readonly storage: StorageConfig;
  readonly upstream: UpstreamConfig;
  readonly logLevel: string;
  readonly observability: ObservabilityConfig;
  readonly guards: GuardDefaults;
}

/** The gateway-wide guard policy (environment); the injection threshold defaults to the model's. */
export interface GuardDefaults {
  readonly injection: Omit<GuardPolicy['injection'], 'threshold'> & {
    readonly threshold: number | undefined;
  };
  readonly pii: GuardPolicy['pii'];
  readonly output: GuardPolicy['output'];
}

export interface ObservabilityConfig {
  /** `GET /metrics` (Prometheus text). */
  readonly metricsEnabled: boolean;
  /** When set, `/metrics` requires `Authorization: Bearer <token>`. */
  readonly metricsToken: string | undefined;
  /** OTLP/HTTP endpoint for traces (`OTEL_EXPORTER_OTLP_ENDPOINT`); tracing is off without it. */
  readonly otlpEndpoint: string | undefined;
  /** `OTEL_SERVICE_NAME`, default `llm-secure-gateway`. */
  readonly serviceName: string;
}
