import type { LaneSnapshot } from '../../routing/index.js';
import type { ClientLimiter } from '../../stages/index.js';
import type { Stores } from '../../stores/index.js';
import type { RequestStats } from '../../observability/request-stats.js';
import type { TraceStore } from '../../observability/trace-store.js';

/** What the admin API works with. */
export interface AdminServices {
  /** Undefined: the admin API is off (404). */
  readonly adminKey: string | undefined;
  readonly stores: Stores;
  readonly traces: TraceStore;
  readonly stats: RequestStats;
  readonly lanes: () => readonly LaneSnapshot[];
  /** Failed admin authentications are charged to the client's rate limit. */
  readonly limiter: ClientLimiter;
  readonly maxJsonDepth: number;
}
