/**
 * The cancellation handles of the requests in flight (streams included, until their last byte), so
 * a shutdown can end whatever outlives its drain window with one terminal answer.
 */
export class RequestRegistry {
  private readonly controllers = new Set<AbortController>();
  /** Streams being written to clients (for the metrics). */
  openStreams = 0;

  add(controller: AbortController): void {
    this.controllers.add(controller);
  }

  delete(controller: AbortController): void {
    this.controllers.delete(controller);
  }

  get size(): number {
    return this.controllers.size;
  }

  /** Aborts every request in flight with `reason` (a GatewayError the surfaces encode). */
  abortAll(reason: unknown): void {
    for (const controller of this.controllers) controller.abort(reason);
  }
}
