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
  /** Never logged; absent for local servers that need none. */
  readonly apiKey: string | undefined;
  readonly models: readonly ModelConfig[];
  readonly headers: Readonly<Record<string, string>>;
  /** Name of the variable that holds the key, for error messages. */
  readonly apiKeyVariable: string;
}

export interface RouteTarget {
  readonly provider: string;
  readonly model: string;
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

/** The whole, validated, immutable configuration. Hot reload (later) swaps the object. */
export interface GatewayConfig {
  readonly production: boolean;
  /** Demo mode: no provider key was given, so the built-in simulator serves as the upstreams. */
  readonly demo: boolean;
  readonly server: ServerConfig;
  /** The seed's static client key; undefined until the CLI generates one in demo mode. */
  readonly serviceApiKey: string | undefined;
  readonly rateLimit: RateLimitConfig;
  readonly promptInjectionCheck: boolean;
  readonly providers: readonly ProviderConfig[];
  readonly routes: Readonly<Record<string, readonly RouteTarget[]>>;
  readonly upstream: UpstreamConfig;
  readonly logLevel: string;
}
