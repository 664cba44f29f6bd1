import type { RequestObserver, RequestTrace } from '../core/index.js';

/**
 * The most recent request traces of this replica, in memory, for the admin API's decision trace
 * and request log. Bounded: the oldest are dropped first.
 */
export class TraceStore implements RequestObserver {
  private readonly traces: RequestTrace[] = [];
  private readonly byId = new Map<string, RequestTrace>();

  constructor(private readonly capacity = 2000) {}

  observe(trace: RequestTrace): void {
    this.traces.push(trace);
    this.byId.set(trace.requestId, trace);
    if (this.traces.length > this.capacity) {
      const dropped = this.traces.shift();
      if (dropped !== undefined && this.byId.get(dropped.requestId) === dropped)
        this.byId.delete(dropped.requestId);
    }
  }

  get(requestId: string): RequestTrace | undefined {
    return this.byId.get(requestId);
  }

  /** Newest first, optionally only some statuses. */
  recent(limit: number, filter?: (trace: RequestTrace) => boolean): RequestTrace[] {
    const found: RequestTrace[] = [];
    for (let index = this.traces.length - 1; index >= 0 && found.length < limit; index -= 1) {
      const trace = this.traces[index];
      if (trace !== undefined && (filter === undefined || filter(trace))) found.push(trace);
    }
    return found;
  }
}
