import type { ChatRequest, ChatResult } from './chat.js';
import type { ErrorCode, GatewayError, ValidationIssue } from './errors.js';
import type { StreamPart } from './stream-part.js';
import type { ModelPricing } from './usage.js';
import type { GuardPolicyOverride } from './guard-policy.js';

/** The inbound APIs the gateway speaks. */
export type SurfaceId = 'query' | 'openai' | 'anthropic' | 'gemini';

/** Per-key limits; null means not limited on that axis. */
export interface PrincipalLimits {
  readonly requestsPerMinute: number | null;
  readonly tokensPerMinute: number | null;
  readonly maxConcurrency: number | null;
  readonly budgetUsdPerDay: number | null;
  readonly budgetUsdPerMonth: number | null;
}

/** What a key may reach; null means unrestricted. */
export interface PrincipalScopes {
  readonly surfaces: readonly string[] | null;
  readonly models: readonly string[] | null;
  readonly maxTokensPerRequest: number | null;
}

/** Who is calling, once authenticated. */
export interface Principal {
  /** Stable, non-secret identifier of the key (never the key itself). */
  readonly keyId: string;
  readonly name: string;
  readonly tenant?: string;
  /** `static`: the seed's SERVICE_API_KEY (limited per client IP); `key`: an issued key. */
  readonly kind: 'static' | 'key';
  readonly limits?: PrincipalLimits;
  readonly scopes?: PrincipalScopes;
  /** This key's guard policy changes, on top of the gateway's and the route's. */
  readonly guard?: GuardPolicyOverride;
}

/** One line of the cascade path: what happened to one candidate target. */
export interface AttemptRecord {
  readonly provider: string;
  readonly model: string;
  readonly status: 'success' | 'failed' | 'skipped' | 'cancelled';
  readonly reason: ErrorCode | null;
  readonly latencyMs: number;
  /** When the attempt started, in milliseconds after the request arrived. */
  readonly startedAfterMs?: number;
  readonly upstreamStatus?: number;
  /** Which of the provider's keys was used (`k1`, `k2`…), never the key. */
  readonly credential?: string;
  /** Estimated cost of an attempt that was billed but not used (a hedge's loser). */
  readonly costUsd?: number;
}

/** One stage's span within a request: stages nest, so a span includes the stages inside it. */
export interface StageTiming {
  readonly name: string;
  /** Milliseconds after the request arrived. */
  readonly startedAfterMs: number;
  readonly durationMs: number;
}

/** The target that served a request. */
export interface ServedTarget {
  readonly provider: string;
  readonly model: string;
  readonly pricing: ModelPricing;
}

export interface GuardRecord {
  readonly guard: string;
  readonly action: 'pass' | 'block' | 'monitor' | 'redact';
  readonly score: number;
  readonly categories: readonly string[];
}

export type DecodeResult =
  | { readonly ok: true; readonly request: ChatRequest }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Request data a surface takes from outside the body (for example the model in Gemini's path). */
export interface SurfaceInput {
  readonly pathModel?: string;
  readonly stream?: boolean;
}

/** Validates a parsed body against a surface's schema and decodes it into the canonical model. */
export interface RequestDecoder {
  decode(body: unknown, input: SurfaceInput): DecodeResult;
}

export type IncomingHeaders = Readonly<Record<string, string | string[] | undefined>>;

/**
 * Everything the stages know about one request. Stages fill in `principal`, `request` and the
 * records as the request moves through; nothing here refers to the HTTP framework.
 */
export interface RequestContext {
  readonly requestId: string;
  readonly surface: SurfaceId;
  readonly clientIp: string;
  readonly headers: IncomingHeaders;
  /** The raw body, parsed only by the validate stage, after authentication and rate limiting. */
  readonly body: Buffer | undefined;
  readonly input: SurfaceInput;
  readonly decoder: RequestDecoder;
  /** Aborted when the client goes away. */
  readonly signal: AbortSignal;
  /** `performance.now()` when the request arrived. */
  readonly startedAt: number;
  principal: Principal | undefined;
  request: ChatRequest | undefined;
  readonly attempts: AttemptRecord[];
  readonly guards: GuardRecord[];
  /** Each stage's span, recorded only while tracing is on (see `timeStages`). */
  stageTimings?: StageTiming[];
  /** Time the router took to produce the answer or a stream's first content (set by the router stage). */
  upstreamMs: number | undefined;
  /** Headers every response to this request carries (rate-limit state, guard verdicts). */
  readonly responseHeaders: Record<string, string>;
}

export type Outcome =
  | { readonly type: 'completion'; readonly result: ChatResult; readonly target: ServedTarget }
  | {
      readonly type: 'stream';
      readonly parts: AsyncIterable<StreamPart>;
      readonly target: ServedTarget;
    }
  | { readonly type: 'rejection'; readonly error: GatewayError };

export type Handler = (context: RequestContext) => Promise<Outcome>;

/**
 * A step of the pipeline. Stages compose like an onion: a stage acts before `next()` (admission),
 * after it (on the outcome, or by wrapping a stream), or returns without calling it (rejection).
 */
export interface Stage {
  readonly name: string;
  handle(context: RequestContext, next: () => Promise<Outcome>): Promise<Outcome>;
}

/** Composes stages, outermost first, around the terminal handler. Built once, at start. */
export function composeStages(stages: readonly Stage[], terminal: Handler): Handler {
  let handler = terminal;
  for (let index = stages.length - 1; index >= 0; index -= 1) {
    const stage = stages[index];
    if (stage === undefined) continue;
    const inner = handler;
    handler = (context) => stage.handle(context, () => inner(context));
  }
  return handler;
}

export function reject(error: GatewayError): Outcome {
  return { type: 'rejection', error };
}
