import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';

export interface LoadMonitorOptions {
  /** p99 event-loop delay (ms) over the last second beyond which the process is overloaded. */
  readonly eventLoopDelayMs: number;
  /** Heap in use as a share of the heap limit beyond which the process is overloaded. */
  readonly heapRatio: number;
}

/**
 * Samples the process once a second: event-loop delay (p99 of the last second) and heap use. Reading
 * `overloaded` costs nothing on the request path.
 */
export class LoadMonitor {
  overloaded = false;
  reason: 'event_loop_delay' | 'memory' | undefined;
  eventLoopDelayP99Ms = 0;
  private readonly histogram: IntervalHistogram;
  private timer: NodeJS.Timeout | undefined;
  private readonly heapLimit = getHeapStatistics().heap_size_limit;

  constructor(private readonly options: LoadMonitorOptions) {
    this.histogram = monitorEventLoopDelay({ resolution: 10 });
  }

  start(): void {
    this.histogram.enable();
    this.timer = setInterval(() => this.sample(), 1000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.histogram.disable();
  }

  private sample(): void {
    this.eventLoopDelayP99Ms = this.histogram.percentile(99) / 1e6;
    this.histogram.reset();
    const heapRatio = process.memoryUsage().heapUsed / this.heapLimit;
    if (this.eventLoopDelayP99Ms > this.options.eventLoopDelayMs) this.reason = 'event_loop_delay';
    else if (heapRatio > this.options.heapRatio) this.reason = 'memory';
    else this.reason = undefined;
    this.overloaded = this.reason !== undefined;
  }
}
