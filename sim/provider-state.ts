import type { Dialect, RequestContext } from './dialect.js';
import type { FaultQueue } from './fault-queue.js';
import type { Journal } from './journal.js';
import { randomId, type Rng } from './rng.js';
import type { SimulatorOptions } from './simulator-types.js';

/** Everything one provider's request handlers share. */
export interface ProviderState {
  readonly dialect: Dialect;
  readonly seed: number;
  /** The key this provider accepts, when configured. */
  readonly apiKey: string | undefined;
  /** The models it serves, when configured. */
  readonly models: readonly string[] | undefined;
  readonly latency: SimulatorOptions['latency'];
  readonly journal: Journal;
  readonly faults: FaultQueue;
  /** Samples probabilistic faults. */
  readonly faultRng: Rng;
  /** Draws ids. Separate from `faultRng` so fault sampling does not depend on reply shapes. */
  readonly idRng: Rng;
  /** Draws latency jitter, apart from the others for the same reason. */
  readonly latencyRng: Rng;
  isStopping(): boolean;
}

export function createRequestContext(state: ProviderState): RequestContext {
  const { idRng } = state;
  return {
    dialect: state.dialect.name,
    requestId: `req_${randomId(idRng, 24)}`,
    created: Math.floor(Date.now() / 1000),
    seed: state.seed,
    randomId: (length) => randomId(idRng, length),
  };
}

/** Unset model lists serve everything except names starting with `unknown`. */
export function servesModel(state: ProviderState, model: string): boolean {
  return state.models === undefined ? !model.startsWith('unknown') : state.models.includes(model);
}
