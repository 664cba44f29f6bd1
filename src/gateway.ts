import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import type { Logger as PinoLogger } from 'pino';
import { Agent, type Dispatcher } from 'undici';
import type { GatewayConfig } from './config/index.js';
import {
  GatewayError,
  composeStages,
  type GuardPolicy,
  type RequestContext,
  type RequestObserver,
  type Stage,
} from './core/index.js';
import { createInjectionGuard, scanText, type Guard } from './guards/index.js';
import { createApp } from './http/create-app.js';
import type { GatewayState } from './http/gateway-state.js';
import { createLogger } from './observability/create-logger.js';
import { logRequests } from './observability/log-requests.js';
import { RequestStats } from './observability/request-stats.js';
import { TraceStore } from './observability/trace-store.js';
import { GatewayMetrics } from './observability/gateway-metrics.js';
import { startOtlpTracing } from './observability/otlp-tracing.js';
import { timeStages } from './observability/time-stages.js';
import { RequestRegistry } from './http/request-registry.js';
import { createProviderAdapter } from './providers/index.js';
import {
  RouteTable,
  Router,
  defaultBackoff,
  strategyNamed,
  type Credential,
  type Route,
  type Target,
} from './routing/index.js';
import {
  ClientLimiter,
  chainAuthenticators,
  createAdmission,
  createAuthenticateStage,
  createAuthorizeStage,
  createKeyAuthenticator,
  createQuotaStage,
  createRecordUsageStage,
  createSecurityAuditor,
  createGuardInputStage,
  createGuardOutputStage,
  createObserveStage,
  createRateLimitStage,
  createRouteHandler,
  createStaticKeyAuthenticator,
  createValidateStage,
} from './stages/index.js';
import { MemoryRateLimitStore, type RateLimitStore, type Stores } from './stores/index.js';
import { openStores } from './open-stores.js';
import { version } from './version.js';

/** I/O the gateway uses, injectable so tests run many gateways in one process and control time. */
export interface GatewayOverrides {
  readonly logger?: PinoLogger;
  readonly dispatcher?: Dispatcher;
  readonly now?: () => number;
  readonly generateRequestId?: () => string;
  readonly rateLimitStore?: RateLimitStore;
  /** The prompt-injection detector (default: the measured one, `createInjectionGuard()`). */
  readonly injectionGuard?: Guard;
  readonly random?: () => number;
  /** Stores to use instead of the configured ones (tests pass in-memory stores). */
  readonly stores?: Stores;
}

export interface Gateway {
  readonly app: FastifyInstance;
  readonly stores: Stores;
  readonly config: GatewayConfig;
  readonly state: GatewayState;
  readonly logger: PinoLogger;
  /**
   * Graceful shutdown: `/ready` turns 503 and new connections are refused; requests and streams in
   * flight get `graceMs` to finish; whatever is still open then ends with one terminal error;
   * upstream connections close last.
   */
  close(graceMs?: number): Promise<void>;
}

function buildTargets(config: GatewayConfig, dispatcher: Dispatcher): Target[] {
  const limits = {
    maxResponseBytes: config.upstream.maxResponseBytes,
    maxEventBytes: 1024 * 1024,
    headersTimeoutMs: config.upstream.headersTimeoutMs,
    idleTimeoutMs: config.upstream.idleTimeoutMs,
  };
  return config.providers.flatMap((provider) => {
    const adapter = createProviderAdapter(provider.dialect, {
      baseUrl: provider.baseUrl,
      dispatcher,
      limits,
      headers: provider.headers,
    });
    // Each key of a pool is its own credential (and lane); no key at all is one keyless credential.
    const credentials: Credential[] =
      provider.apiKeys.length === 0
        ? [{ id: 'k1', secret: undefined, source: provider.apiKeyVariable }]
        : provider.apiKeys.map((secret, index) => ({
            id: `k${index + 1}`,
            secret,
            source:
              provider.apiKeys.length === 1
                ? provider.apiKeyVariable
                : `${provider.apiKeyVariable} (key ${index + 1})`,
          }));
    return provider.models.map((model) => ({
      provider: provider.id,
      model: model.id,
      adapter,
      credentials,
      pricing: model.pricing,
    }));
  });
}

function buildRouteTable(config: GatewayConfig, targets: readonly Target[]): RouteTable {
  const routes: Route[] = Object.entries(config.routes).map(([name, route]) => ({
    name,
    strategy: strategyNamed(route.strategy),
    entries: route.targets.flatMap((entry) => {
      const target = targets.find(
        (candidate) => candidate.provider === entry.provider && candidate.model === entry.model,
      );
      return target === undefined ? [] : [{ target, weight: entry.weight }];
    }),
    deadlineMs: route.deadlineMs,
    hedge: route.hedge,
  }));
  return new RouteTable(routes, targets, config.resilience.deadlineMs);
}

/** Waits until no request is in flight, up to a time; true when drained. */
async function drained(requests: RequestRegistry, milliseconds: number): Promise<boolean> {
  const until = Date.now() + milliseconds;
  while (requests.size > 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return requests.size === 0;
}

/** True when the promise settled within the time, false when the time ran out first. */
async function settlesWithin(promise: Promise<unknown>, milliseconds: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), milliseconds);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The composition root: the only place that builds concrete stores, adapters and guards and wires
 * them into the pipeline, in the order of the security layers.
 */
export async function createGateway(
  config: GatewayConfig,
  overrides: GatewayOverrides = {},
): Promise<Gateway> {
  if (config.serviceApiKey === undefined) {
    throw new Error('SERVICE_API_KEY must be set before the gateway is built');
  }
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const now = overrides.now ?? (() => performance.now());
  const ownsDispatcher = overrides.dispatcher === undefined;
  const dispatcher =
    overrides.dispatcher ??
    new Agent({
      connections: config.upstream.connectionsPerOrigin,
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 600_000,
    });

  const targets = buildTargets(config, dispatcher);
  const resilience = config.resilience;
  const router = new Router({
    attemptTimeoutMs: config.upstream.attemptTimeoutMs,
    streamMaxDurationMs: config.upstream.streamMaxDurationMs,
    maxAttempts: resilience.maxAttempts,
    retryBudgetRatio: resilience.retryBudgetRatio,
    retryAfterMaxWaitMs: resilience.retryAfterMaxWaitMs,
    credentialParkMs: resilience.credentialParkMs,
    outageQueueSize: resilience.outageQueueSize,
    breaker: resilience.breaker,
    backoff: defaultBackoff,
    now,
    random: overrides.random ?? Math.random,
    logger,
  });
  const stores = overrides.stores ?? (await openStores(config.storage));
  const ownsStores = overrides.stores === undefined;
  // Requests a crashed run of this replica left `started` are finished as `interrupted`.
  await stores.usage.reconcile({ instanceId: config.storage.instanceId, nowMs: Date.now() });
  const auditor = createSecurityAuditor(stores.audit, logger);
  const traces = new TraceStore();
  const stats = new RequestStats();
  const requests = new RequestRegistry();

  // The seed's per-client-IP limit stays process-local unless a shared store is given.
  const limiter = new ClientLimiter(overrides.rateLimitStore ?? new MemoryRateLimitStore(), {
    points: config.rateLimit.points,
    windowMs: config.rateLimit.windowMs,
  });
  const authenticator = chainAuthenticators([
    createStaticKeyAuthenticator([
      {
        key: config.serviceApiKey,
        principal: { keyId: 'service', name: 'SERVICE_API_KEY', kind: 'static' },
      },
    ]),
    await createKeyAuthenticator({
      store: stores.keys,
      manager: stores.apiKeys,
      hmacSecret: stores.hmacSecret,
      cacheMs: config.storage.keyCacheMs,
      revocations: stores.revocations,
      now: Date.now,
    }),
  ]);
  const injectionGuard = overrides.injectionGuard ?? createInjectionGuard();
  const guardDefaults: GuardPolicy = {
    ...config.guards,
    injection: {
      ...config.guards.injection,
      threshold:
        config.guards.injection.threshold ??
        ('threshold' in injectionGuard && typeof injectionGuard.threshold === 'number'
          ? injectionGuard.threshold
          : 0.5),
    },
  };
  const routeGuards = new Map(
    Object.entries(config.routes).flatMap(([name, route]) =>
      route.guards === undefined ? [] : [[name, route.guards] as const],
    ),
  );
  const routeTable = buildRouteTable(config, targets);
  const metrics = config.observability.metricsEnabled
    ? new GatewayMetrics({
        lanes: () => router.health.snapshot(),
        inFlight: () => requests.size,
        openStreams: () => requests.openStreams,
        routeNames: new Set(routeTable.names().map((entry) => entry.name)),
      })
    : undefined;
  const onRejected = (context: RequestContext, error: GatewayError): void =>
    auditor.rejected(context, 'limit.rejected', error);

  // The security layers, in order. One list, one place.
  const authenticate = createAuthenticateStage(authenticator, limiter, auditor);
  const rateLimit = createRateLimitStage({
    clients: limiter,
    rates: stores.rateLimits,
    concurrency: stores.concurrency,
    tenants: config.tenants,
    leaseMs: config.upstream.streamMaxDurationMs + config.resilience.deadlineMs,
    onRejected,
  });
  const tracing =
    config.observability.otlpEndpoint === undefined
      ? undefined
      : await startOtlpTracing(
          config.observability.otlpEndpoint,
          config.observability.serviceName,
          version,
        );
  const observers: RequestObserver[] = [logRequests(logger), traces, stats];
  if (metrics !== undefined) observers.push(metrics);
  if (tracing !== undefined) observers.push(tracing);
  const layers: Stage[] = [
    authenticate,
    rateLimit,
    createValidateStage(config.server.maxJsonDepth),
    createAuthorizeStage(),
    createGuardInputStage({
      injection: injectionGuard,
      defaults: guardDefaults,
      routePolicy: (model) => routeGuards.get(model),
      auditor,
    }),
    createQuotaStage({
      tokens: stores.tokenLimits,
      budgets: stores.budgets,
      routes: routeTable,
      tenants: config.tenants,
      defaultMaxTokens: 4096,
      onRejected,
    }),
    // Outside the usage record: a withheld answer was still billed, and its tokens are recorded.
    createGuardOutputStage(auditor),
    createRecordUsageStage(stores.usageRecorder, now),
  ];
  const stages: Stage[] = [
    createObserveStage(observers, now),
    // Stage spans are recorded only for tracing; otherwise the layers run as they are.
    ...(tracing === undefined ? layers : timeStages(layers, now)),
  ];
  const pipeline = composeStages(stages, createRouteHandler(routeTable, router, now));
  // Model listings call no provider: they pass authentication and the rate limit only.
  const admission = createAdmission([authenticate, rateLimit]);

  const state: GatewayState = { demo: config.demo, version, ready: true };
  const { app } = await createApp({
    config,
    pipeline,
    admission,
    models: routeTable.names(),
    lanes: () => router.health.snapshot(),
    admin: {
      adminKey: config.adminApiKey,
      stores,
      traces,
      stats,
      lanes: () => router.health.snapshot(),
      limiter,
      maxJsonDepth: config.server.maxJsonDepth,
    },
    logger,
    now,
    generateRequestId: overrides.generateRequestId ?? randomUUID,
    state,
    requests,
    scan: (text) => scanText(injectionGuard, guardDefaults.injection.threshold, text),
    ...(metrics === undefined
      ? {}
      : { metrics: { registry: metrics, token: config.observability.metricsToken } }),
  });

  return {
    app,
    stores,
    config,
    state,
    logger,
    async close(graceMs = config.server.shutdownGraceMs) {
      state.ready = false;
      // Stop accepting connections; requests and streams in flight may finish within the grace.
      const closed = app.close();
      if (!(await drained(requests, graceMs))) {
        logger.warn({ in_flight: requests.size }, 'drain window over: ending what is still open');
        // Each gets one terminal answer: a 503, or one error event for a stream.
        requests.abortAll(new GatewayError('service_unavailable', { detail: 'shutting down' }));
        await drained(requests, 2000);
      }
      // What is left are idle keep-alive connections.
      app.server.closeIdleConnections();
      if (!(await settlesWithin(closed, 1000))) app.server.closeAllConnections();
      await closed;
      if (ownsDispatcher) await dispatcher.close();
      // Buffered usage rows and key uses are written before the stores close.
      if (ownsStores) await stores.close();
      else await stores.usageRecorder.flush();
      await tracing?.shutdown();
    },
  };
}
