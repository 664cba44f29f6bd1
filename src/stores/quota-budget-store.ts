import { budgetPeriodWindow } from './budget-period-window.js';
import type {
  BudgetDecision,
  BudgetLimit,
  BudgetReservation,
  BudgetReserveRequest,
  BudgetSettlement,
  BudgetStore,
} from './budget-store.js';
import { checkLimitKey, sortCounters } from './check-quota-arguments.js';
import { unitsToUsd, usdToUnitsDown, usdToUnitsUp } from './nano-usd.js';
import type { QuotaCounter, QuotaStore } from './quota-store.js';
import { StoreError } from './store-error.js';

export interface QuotaBudgetStoreOptions {
  readonly quotas: QuotaStore;
  readonly now?: () => number;
  readonly namespace?: string;
}

interface PlannedCounter {
  readonly counter: QuotaCounter;
  readonly limit: BudgetLimit;
}

/**
 * {@link BudgetStore} over any {@link QuotaStore}: one counter per scope and period, in
 * nano-dollars, reserved all-or-nothing in one atomic round trip.
 */
export class QuotaBudgetStore implements BudgetStore {
  private readonly quotas: QuotaStore;
  private readonly now: () => number;
  private readonly namespace: string;

  constructor(options: QuotaBudgetStoreOptions) {
    this.quotas = options.quotas;
    this.now = options.now ?? Date.now;
    this.namespace = options.namespace ?? 'budget:';
  }

  async reserve(request: BudgetReserveRequest): Promise<BudgetDecision> {
    const units = usdToUnitsUp(request.amountUsd, 'amountUsd');
    const nowMs = this.now();
    const planned = this.plan(request.limits, nowMs);
    const counters = sortCounters(planned.map((item) => item.counter));
    const byId = new Map(planned.map((item) => [item.counter.id, item.limit]));
    if (counters.length === 0) {
      const reservation = { amountUsd: request.amountUsd, units, windows: [] };
      return { status: 'reserved', reservation, remainingUsd: Number.POSITIVE_INFINITY };
    }
    const result = await this.quotas.reserve(counters, units, nowMs);
    if (result.allowed) {
      let remainingUnits = Number.POSITIVE_INFINITY;
      counters.forEach((counter, index) => {
        const used = result.counters[index]?.used ?? 0;
        remainingUnits = Math.min(remainingUnits, counter.limit - used);
      });
      const reservation: BudgetReservation = {
        amountUsd: request.amountUsd,
        units,
        windows: counters.map((counter, index) => ({
          id: counter.id,
          windowEndMs: result.counters[index]?.windowEndMs ?? counter.windowEndMs,
        })),
      };
      const remainingUsd = Number.isFinite(remainingUnits)
        ? unitsToUsd(Math.max(0, remainingUnits))
        : Number.POSITIVE_INFINITY;
      return { status: 'reserved', reservation, remainingUsd };
    }
    const index = counters.findIndex(
      (counter, position) => (result.counters[position]?.used ?? 0) + units > counter.limit,
    );
    const counter = counters[Math.max(0, index)];
    const state = result.counters[Math.max(0, index)];
    const limit = counter === undefined ? undefined : byId.get(counter.id);
    if (counter === undefined || state === undefined || limit === undefined) {
      throw new StoreError('store_corrupt', 'A refused budget reservation names no counter.');
    }
    return {
      status: 'exceeded',
      limit,
      remainingUsd: unitsToUsd(Math.max(0, counter.limit - state.used)),
      resetMs: Math.max(0, state.windowEndMs - nowMs),
    };
  }

  async settle(reservation: BudgetReservation, actualUsd: number): Promise<BudgetSettlement> {
    const delta = usdToUnitsUp(actualUsd, 'actualUsd') - reservation.units;
    if (delta !== 0 && reservation.windows.length > 0) {
      await this.quotas.adjust(reservation.windows, delta);
    }
    return {
      settled: true,
      chargedUsd: actualUsd,
      overrunUsd: Math.max(0, actualUsd - reservation.amountUsd),
    };
  }

  private plan(limits: readonly BudgetLimit[], nowMs: number): PlannedCounter[] {
    return limits.map((limit) => {
      checkLimitKey(limit.scope);
      const window = budgetPeriodWindow(limit.period, nowMs);
      return {
        limit,
        counter: {
          id: `${this.namespace}${limit.period}:${limit.scope}`,
          limit: usdToUnitsDown(limit.limitUsd, 'limitUsd'),
          windowStartMs: window.startMs,
          windowEndMs: window.endMs,
        },
      };
    });
  }
}
