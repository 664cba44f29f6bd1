import { createServer } from 'node:http';
import cors from '@fastify/cors';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { GatewayConfig } from '../config/index.js';
import type { Handler } from '../core/index.js';
import type { LaneSnapshot, ModelName } from '../routing/index.js';
import type { Admission } from '../stages/index.js';
import type { GatewayState } from './gateway-state.js';
import { LoadMonitor } from '../observability/load-monitor.js';
import { handleEdgeErrors } from './handle-edge-errors.js';
import { LoadShedder } from './load-shedder.js';
import { RequestRegistry } from './request-registry.js';
import { registerDocsRoutes } from './routes/docs-routes.js';
import { registerGuardRoutes } from './routes/guard-routes.js';
import { registerHealthRoutes } from './routes/health-routes.js';
import type { ScanResult } from '../guards/index.js';
import { registerMetricsRoutes } from './routes/metrics-routes.js';
import type { GatewayMetrics } from '../observability/gateway-metrics.js';
import type { AdminServices } from './admin/admin-services.js';
import { registerAdminRoutes } from './routes/admin-routes.js';
import { registerAnthropicRoutes } from './routes/anthropic-routes.js';
import { registerDashboardRoutes } from './routes/dashboard-routes.js';
import { registerGeminiRoutes } from './routes/gemini-routes.js';
import { registerModelsRoutes } from './routes/models-routes.js';
import { registerOpenAIRoutes } from './routes/openai-routes.js';
import { registerQueryRoute } from './routes/query-route.js';

export interface AppDependencies {
  readonly config: GatewayConfig;
  readonly pipeline: Handler;
  /** Authentication and rate limiting for routes that call no provider. */
  readonly admission: Admission;
  readonly models: readonly ModelName[];
  /** Circuit-breaker state per lane, for `/ready`. */
  readonly lanes: () => readonly LaneSnapshot[];
  readonly admin: AdminServices;
  /** The pino logger (Fastify's base logger type). */
  readonly logger: FastifyBaseLogger;
  readonly now: () => number;
  readonly generateRequestId: () => string;
  readonly state: GatewayState;
  /** Prometheus metrics at `/metrics` (off when undefined), and the token it requires, if any. */
  readonly metrics?: { readonly registry: GatewayMetrics; readonly token: string | undefined };
  /** The registry of requests in flight; created here when not given. */
  readonly requests?: RequestRegistry;
  /** The input guards over one text, for `POST /v1/guard/scan`. */
  readonly scan: (text: string) => ScanResult;
}

/** Fastify wants a hop count as a function of the hop index. */
function trustProxyOption(
  trust: GatewayConfig['server']['trustProxy'],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return typeof trust === 'boolean' ? trust : [...trust];
}

/** The application and the edge state a shutdown needs. */
export interface GatewayApp {
  readonly app: FastifyInstance;
  readonly requests: RequestRegistry;
  readonly shedder: LoadShedder;
}

const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The Fastify application: a hardened edge (body, header and slow-client limits, bodies kept raw
 * until the pipeline has authenticated and rate-limited the caller), the routes, and errors in
 * each surface's envelope. Schemas document the API; the pipeline's decoders validate.
 */
export async function createApp(dependencies: AppDependencies): Promise<GatewayApp> {
  const { config, logger } = dependencies;
  const server = config.server;
  const shedder = new LoadShedder(
    config.resilience.maxInFlight,
    new LoadMonitor({
      eventLoopDelayMs: config.resilience.shedEventLoopDelayMs,
      heapRatio: config.resilience.shedHeapRatio,
    }),
    logger,
  );
  const requests = dependencies.requests ?? new RequestRegistry();
  const app = Fastify({
    serverFactory: (handler) => {
      const http = createServer(
        {
          maxHeaderSize: server.maxHeaderBytes,
          headersTimeout: server.headersTimeoutMs,
          requestTimeout: server.requestTimeoutMs,
          keepAliveTimeout: server.keepAliveTimeoutMs,
          // Node enforces the header and request timeouts only when it checks connections, every
          // 30 s by default: a slow client would get up to 30 s more than configured.
          connectionsCheckingInterval: Math.min(1000, server.headersTimeoutMs),
        },
        shedder.wrap(handler),
      );
      http.setTimeout(0);
      return http;
    },
    loggerInstance: logger,
    // One line per request comes from the observe stage; Fastify's own request lines stay off.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: server.bodyLimitBytes,
    requestTimeout: server.requestTimeoutMs,
    keepAliveTimeout: server.keepAliveTimeoutMs,
    connectionTimeout: 0,
    trustProxy: trustProxyOption(server.trustProxy),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    genReqId(request) {
      const supplied = request.headers['x-request-id'];
      return typeof supplied === 'string' && requestIdPattern.test(supplied)
        ? supplied
        : dependencies.generateRequestId();
    },
  });

  // Bodies stay raw bytes here; the validate stage parses them once, after auth and rate limiting.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body);
  });
  // Schemas are for documentation; decoders in the pipeline validate, serialisation is JSON.
  app.setValidatorCompiler(() => () => true);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  if (server.allowedOrigins !== undefined) {
    await app.register(cors, {
      origin: server.allowedOrigins.includes('*') ? '*' : [...server.allowedOrigins],
      methods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      allowedHeaders: [
        'content-type',
        'authorization',
        'x-api-key',
        'x-goog-api-key',
        'anthropic-version',
        'x-request-id',
      ],
      exposedHeaders: ['x-request-id', 'ratelimit', 'ratelimit-policy', 'retry-after'],
      maxAge: 600,
    });
  }

  handleEdgeErrors(app, logger);
  await registerDocsRoutes(app, dependencies.state.version);
  const surfaceOptions = {
    pipeline: dependencies.pipeline,
    now: dependencies.now,
    logger,
    requests,
  };
  registerQueryRoute(app, surfaceOptions, server.queryBodyLimitBytes);
  registerOpenAIRoutes(app, surfaceOptions);
  registerAnthropicRoutes(app, surfaceOptions);
  registerGeminiRoutes(app, surfaceOptions);
  registerModelsRoutes(app, {
    admission: dependencies.admission,
    models: dependencies.models,
    now: dependencies.now,
    requests,
  });
  registerGuardRoutes(app, {
    admission: dependencies.admission,
    scan: dependencies.scan,
    maxJsonDepth: server.maxJsonDepth,
    now: dependencies.now,
    requests,
  });
  registerHealthRoutes(app, config, dependencies.state, dependencies.lanes);
  registerAdminRoutes(app, dependencies.admin, requests);
  if (dependencies.metrics !== undefined) {
    registerMetricsRoutes(app, dependencies.metrics.registry, dependencies.metrics.token);
  }
  await registerDashboardRoutes(app, dependencies.admin.adminKey !== undefined);
  shedder.start();
  app.addHook('onClose', () => shedder.stop());
  return { app, requests, shedder };
}
