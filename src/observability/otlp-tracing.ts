import {
  context as otelContext,
  SpanKind,
  SpanStatusCode,
  trace as otelTrace,
} from '@opentelemetry/api';
import type { Attributes, Tracer } from '@opentelemetry/api';
import type { RequestObserver, RequestTrace } from '../core/index.js';

/** The tracing observer and how to flush it at shutdown. */
export interface OtlpTracing extends RequestObserver {
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry traces over OTLP/HTTP: per request one server span, a span per stage (nested as
 * the stages are) and one per upstream attempt, built from the request's trace once it is over,
 * with the times recorded while it ran. The SDK is loaded only here, and this is called only when
 * `OTEL_EXPORTER_OTLP_ENDPOINT` is set; without it tracing costs nothing.
 */
export async function startOtlpTracing(
  endpoint: string,
  serviceName: string,
  version: string,
): Promise<OtlpTracing> {
  const [
    { BasicTracerProvider, BatchSpanProcessor },
    { OTLPTraceExporter },
    { resourceFromAttributes },
  ] = await Promise.all([
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
  ]);
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      'service.name': serviceName,
      'service.version': version,
    }),
    spanProcessors: [
      new BatchSpanProcessor(
        new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` }),
        { scheduledDelayMillis: 1000 },
      ),
    ],
  });
  const tracer = provider.getTracer('llm-secure-gateway', version);
  return {
    observe: (trace) => exportTrace(tracer, trace),
    shutdown: () => provider.shutdown(),
  };
}

function exportTrace(tracer: Tracer, trace: RequestTrace): void {
  const at = (offsetMs: number): number => trace.startedAtMs + offsetMs;
  const attributes: Attributes = {
    'gen_ai.operation.name': 'chat',
    'llm_gateway.request_id': trace.requestId,
    'llm_gateway.surface': trace.surface,
    'llm_gateway.status': trace.status,
    'http.response.status_code': trace.httpStatus,
  };
  if (trace.route !== undefined) attributes['gen_ai.request.model'] = trace.route;
  if (trace.provider !== undefined) attributes['gen_ai.provider.name'] = trace.provider;
  if (trace.model !== undefined) attributes['gen_ai.response.model'] = trace.model;
  if (trace.keyId !== undefined) attributes['llm_gateway.key_id'] = trace.keyId;
  if (trace.tenant !== undefined) attributes['llm_gateway.tenant'] = trace.tenant;
  if (trace.code !== undefined) attributes['error.type'] = trace.code;
  if (trace.usage !== undefined) {
    attributes['gen_ai.usage.input_tokens'] = trace.usage.promptTokens;
    attributes['gen_ai.usage.output_tokens'] = trace.usage.completionTokens;
  }
  if (trace.costUsd !== undefined) attributes['llm_gateway.cost_usd'] = trace.costUsd;
  const root = tracer.startSpan(
    `chat ${trace.surface}`,
    { kind: SpanKind.SERVER, startTime: trace.startedAtMs, attributes },
    otelContext.active(),
  );
  if (trace.status === 'failed' || trace.httpStatus >= 500) {
    root.setStatus({ code: SpanStatusCode.ERROR, message: trace.code ?? 'failed' });
  }
  const parent = otelTrace.setSpan(otelContext.active(), root);
  for (const stage of trace.stages ?? []) {
    tracer
      .startSpan(`stage ${stage.name}`, { startTime: at(stage.startedAfterMs) }, parent)
      .end(at(stage.startedAfterMs + stage.durationMs));
  }
  for (const attempt of trace.attempts) {
    if (attempt.status === 'skipped') continue;
    const started = at(attempt.startedAfterMs ?? 0);
    const span = tracer.startSpan(
      `chat ${attempt.provider}/${attempt.model}`,
      {
        kind: SpanKind.CLIENT,
        startTime: started,
        attributes: {
          'gen_ai.operation.name': 'chat',
          'gen_ai.provider.name': attempt.provider,
          'gen_ai.request.model': attempt.model,
          'llm_gateway.attempt.status': attempt.status,
          ...(attempt.reason === null ? {} : { 'error.type': attempt.reason }),
          ...(attempt.upstreamStatus === undefined
            ? {}
            : { 'http.response.status_code': attempt.upstreamStatus }),
        },
      },
      parent,
    );
    if (attempt.status === 'failed') {
      span.setStatus({ code: SpanStatusCode.ERROR, message: attempt.reason ?? 'failed' });
    }
    span.end(started + attempt.latencyMs);
  }
  root.end(at(trace.latencyMs));
}
