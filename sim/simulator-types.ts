/** The provider wire formats the simulator speaks. */
export type SimDialect =
  'openai' | 'groq' | 'openrouter' | 'gemini' | 'anthropic' | 'ollama' | 'vllm';

export const simDialects: readonly SimDialect[] = [
  'openai',
  'groq',
  'openrouter',
  'gemini',
  'anthropic',
  'ollama',
  'vllm',
];

export interface SimLatency {
  readonly firstTokenMs: number;
  readonly chunkIntervalMs: number;
  /**
   * Up to this much more time to the first token, drawn uniformly per request (seeded), as real
   * providers vary; default 0.
   */
  readonly firstTokenJitterMs?: number;
}

export interface SimulatorOptions {
  /** Interface to bind. Default `127.0.0.1`: the simulator is a loopback-only fake. */
  readonly host?: string;
  /** Seed for the RNG behind reply text, ids and probabilistic faults; same seed, same text. */
  readonly seed?: number;
  /** Key each dialect accepts. Unset: any non-empty key is accepted (ollama: no key needed). */
  readonly apiKeys?: Partial<Record<SimDialect, string>>;
  /** Models each dialect serves. Unset: any model is served, except names starting with 'unknown'. */
  readonly models?: Partial<Record<SimDialect, readonly string[]>>;
  /** Latency model. Default zero delay everywhere (tests and benchmarks want zero). */
  readonly latency?: SimLatency;
  /** Ports to bind, per dialect; default 0 (ephemeral). */
  readonly ports?: Partial<Record<SimDialect, number>>;
  /**
   * Most journal entries kept per provider (oldest dropped first), so long benchmarks do not grow
   * memory without bound. `requestCount` still counts every request. Default 10 000.
   */
  readonly journalLimit?: number;
}

export type SimFaultKind =
  | 'error'
  | 'rate_limit'
  | 'quota'
  | 'auth'
  | 'bad_request'
  | 'model_not_found'
  | 'hang'
  | 'reset'
  | 'close'
  | 'slow_first_byte'
  | 'malformed'
  | 'html'
  | 'empty'
  | 'truncate'
  | 'disconnect'
  | 'stall'
  | 'in_band_error'
  | 'safety';

/**
 * One scripted misbehaviour. Faults are consumed in order, `count` requests each, or applied with
 * `probability` to every request (never consumed).
 */
export interface SimFault {
  readonly kind: SimFaultKind;
  /** Status for `error` (default 500) and `html` (default 502). */
  readonly status?: number;
  /** For `rate_limit` (default 2). */
  readonly retryAfterSeconds?: number;
  /** For `slow_first_byte` (default 1000). */
  readonly delayMs?: number;
  /** For stream faults: content chunks sent before the fault strikes (default 2). */
  readonly afterChunks?: number;
  /** How many following requests this fault applies to (default 1). Infinity (or -1 over HTTP) = until cleared. */
  readonly count?: number;
  /** Alternatively apply with this probability to every request (0..1), using the seeded RNG; not consumed. */
  readonly probability?: number;
}

export interface JournalEntry {
  readonly at: number;
  readonly method: string;
  /** Without the query string. */
  readonly path: string;
  /** Query parameters; a Gemini `key` is redacted. */
  readonly query: Readonly<Record<string, string>>;
  /** Lower-cased; `authorization`, `x-api-key` and `x-goog-api-key` values are `[redacted]`. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body, or undefined when there was none or it did not parse. */
  readonly body: unknown;
  /** The prompt text the simulator saw (all user/tool text concatenated), for "which prompts" asserts. */
  readonly prompt: string;
  readonly stream: boolean;
  /** Set when the client went away before the response finished (cancellation propagation tests). */
  clientAbortedAt?: number;
  fault?: SimFaultKind;
}

export interface SimProvider {
  readonly dialect: SimDialect;
  readonly port: number;
  /**
   * Base URL with the API version, as each provider's SDK uses it (anthropic has none: its SDK
   * appends `/v1/messages` itself).
   */
  readonly baseUrl: string;
  /** Replace the fault queue. Faults apply in order; each is consumed after `count` requests. */
  setFaults(faults: readonly SimFault[]): void;
  clearFaults(): void;
  /** Chat/messages/generate requests only (not `/__sim` or models). */
  readonly journal: readonly JournalEntry[];
  clearJournal(): void;
  /** Number of chat requests received since the last `clearJournal()`. */
  readonly requestCount: number;
  /** Close the listener and all its sockets: connections are refused until start(). */
  stop(): Promise<void>;
  /** Listen again on the same port. */
  start(): Promise<void>;
}

export interface Simulator {
  readonly providers: ReadonlyMap<SimDialect, SimProvider>;
  /** Throws if that dialect was not started. */
  provider(dialect: SimDialect): SimProvider;
  /** Closes every listener and destroys hung sockets. */
  close(): Promise<void>;
}
