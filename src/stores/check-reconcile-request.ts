import { StoreError } from './store-error.js';
import type { UsageReconcileRequest } from './usage-store.js';

/** A reconcile without a scope would end every request in flight on every replica. */
export function checkReconcileRequest(request: UsageReconcileRequest): void {
  if (request.instanceId === undefined && request.startedBeforeMs === undefined) {
    throw new StoreError(
      'store_invalid_request',
      'reconcile() needs an instanceId or startedBeforeMs.',
    );
  }
}
