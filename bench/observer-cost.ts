import { performance } from 'node:perf_hooks';
import type { RequestTrace } from '../src/core/index.js';
import { GatewayMetrics } from '../src/observability/gateway-metrics.js';

/**
 * `npm run bench:observers`: what the Prometheus metrics cost per request, in isolation (the
 * end-to-end benchmark's run-to-run spread, ±15 % of CPU per request on this machine, is larger
 * than the effect). One `observe` of a typical answered request with one failover, timed over
 * many calls after a warm-up.
 */
const metrics = new GatewayMetrics({
  lanes: () => [],
  inFlight: () => 0,
  openStreams: () => 0,
  routeNames: new Set(['default']),
});
const trace: RequestTrace = {
  requestId: 'bench',
  startedAtMs: Date.now(),
  surface: 'openai',
  clientIp: '127.0.0.1',
  keyId: 'k1',
  tenant: 'acme',
  route: 'default',
  stream: false,
  status: 'success',
  code: undefined,
  httpStatus: 200,
  latencyMs: 12.5,
  firstTokenMs: 12.1,
  upstreamMs: 11.4,
  provider: 'openai',
  model: 'gpt-4.1-mini',
  attempts: [
    {
      provider: 'groq',
      model: 'llama-3.3-70b-versatile',
      status: 'failed',
      reason: 'provider_overloaded',
      latencyMs: 3.1,
    },
    { provider: 'openai', model: 'gpt-4.1-mini', status: 'success', reason: null, latencyMs: 8.2 },
  ],
  stages: undefined,
  guards: [{ guard: 'injection', action: 'pass', score: 0.1, categories: [] }],
  usage: { promptTokens: 13, completionTokens: 24, totalTokens: 37 },
  costUsd: 0.0000639,
};

const warmUp = 50_000;
const calls = 500_000;
for (let index = 0; index < warmUp; index += 1) metrics.observe(trace);
const started = performance.now();
for (let index = 0; index < calls; index += 1) metrics.observe(trace);
const microseconds = ((performance.now() - started) * 1000) / calls;
process.stdout.write(
  `GatewayMetrics.observe: ${microseconds.toFixed(2)} µs per request (${calls} calls)\n`,
);
