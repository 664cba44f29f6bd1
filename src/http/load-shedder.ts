import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GatewayError, type Logger } from '../core/index.js';
import type { LoadMonitor } from '../observability/load-monitor.js';
import { codecForPath } from './codec-for-path.js';

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** One error for every shed request: building an Error (its stack) per shed costs the most. */
const overloaded = new GatewayError('gateway_overloaded', { retryAfterMs: 1000 });

/** Paths that must answer even under overload (probes), never shed. */
const exempt = new Set(['/health', '/ready']);

/**
 * Sheds new work before the framework sees it when the gateway itself is overloaded (too many
 * requests in flight, event-loop delay, memory): a 503 with `Retry-After` in the surface's
 * envelope, costing only Node's HTTP parsing, so goodput stays near peak under several times the
 * capacity. Counts requests in flight for the cap and for graceful shutdown.
 */
export class LoadShedder {
  inFlight = 0;
  shed = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly maxInFlight: number,
    private readonly monitor: LoadMonitor,
    private readonly logger: Logger,
  ) {}

  /** Wraps the framework's request listener. */
  wrap(listener: RequestListener): RequestListener {
    return (request, response) => {
      const path = request.url ?? '/';
      if (this.shouldShed() && !exempt.has(path)) {
        this.reject(request, response, path);
        return;
      }
      this.inFlight += 1;
      response.once('close', () => {
        this.inFlight -= 1;
      });
      listener(request, response);
    };
  }

  start(): void {
    this.monitor.start();
    this.timer = setInterval(() => this.report(), 1000);
    this.timer.unref();
  }

  stop(): void {
    this.monitor.stop();
    clearInterval(this.timer);
  }

  private shouldShed(): boolean {
    return this.inFlight >= this.maxInFlight || this.monitor.overloaded;
  }

  private reject(request: IncomingMessage, response: ServerResponse, path: string): void {
    this.shed += 1;
    const requestId = randomUUID();
    const encoded = codecForPath(path).encodeError(overloaded, requestId, []);
    const body = JSON.stringify(encoded.body);
    // The body of a refused request is discarded unparsed (drained, so the keep-alive connection
    // can carry the client's next request).
    request.resume();
    response.writeHead(encoded.status, {
      ...encoded.headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'retry-after': '1',
      'x-request-id': requestId,
      'cache-control': 'no-store',
    });
    response.end(body);
  }

  private report(): void {
    if (this.shed === 0) return;
    this.logger.warn(
      {
        shed: this.shed,
        in_flight: this.inFlight,
        event_loop_delay_p99_ms: Math.round(this.monitor.eventLoopDelayP99Ms),
        reason: this.monitor.reason ?? 'in_flight_cap',
      },
      'shedding load',
    );
    this.shed = 0;
  }
}
