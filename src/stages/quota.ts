import {
  GatewayError,
  estimateCostUsd,
  estimatePromptTokens,
  reject,
  settleOutcome,
  type Outcome,
  type RequestContext,
  type Stage,
} from '../core/index.js';
import type { RouteTable } from '../routing/index.js';
import type {
  BudgetLimit,
  BudgetReservation,
  BudgetStore,
  TokenLimitStore,
  TokenReservation,
} from '../stores/index.js';

export interface TenantQuotaLimits {
  readonly tokensPerMinute: number | null;
  readonly budgetUsdPerDay: number | null;
  readonly budgetUsdPerMonth: number | null;
}

export interface QuotaStageOptions {
  readonly tokens: TokenLimitStore;
  readonly budgets: BudgetStore;
  readonly routes: RouteTable;
  readonly tenants: Readonly<Record<string, TenantQuotaLimits>>;
  /** The output cap given to budget-limited requests that set none, so their worst case is bounded. */
  readonly defaultMaxTokens: number;
  readonly onRejected: (context: RequestContext, error: GatewayError) => void;
}

const minute = 60_000;

function budgetLimits(
  context: RequestContext,
  tenant: TenantQuotaLimits | undefined,
): BudgetLimit[] {
  const principal = context.principal;
  const limits: BudgetLimit[] = [];
  const add = (
    scope: string,
    period: BudgetLimit['period'],
    limitUsd: number | null | undefined,
  ): void => {
    if (limitUsd !== null && limitUsd !== undefined) limits.push({ scope, period, limitUsd });
  };
  add(`key:${principal?.keyId ?? ''}`, 'day', principal?.limits?.budgetUsdPerDay);
  add(`key:${principal?.keyId ?? ''}`, 'month', principal?.limits?.budgetUsdPerMonth);
  add(`tenant:${principal?.tenant ?? ''}`, 'day', tenant?.budgetUsdPerDay);
  add(`tenant:${principal?.tenant ?? ''}`, 'month', tenant?.budgetUsdPerMonth);
  return limits;
}

/**
 * Tokens per minute and money budgets, for issued keys and their tenants. At admission it reserves
 * the request's tokens (input estimate + output cap) and its worst-case cost (the dearest target of
 * its route, the input counted generously); after the answer it settles both to what was really
 * used. Reservations are atomic in the shared store, so across any number of replicas spend never
 * passes a cap. When the budget store cannot be reached, requests with a budget are refused.
 */
export function createQuotaStage(options: QuotaStageOptions): Stage {
  return {
    name: 'quota',
    async handle(context, next) {
      const principal = context.principal;
      let request = context.request;
      if (principal?.kind !== 'key' || request === undefined) return next();
      const tenant = principal.tenant === undefined ? undefined : options.tenants[principal.tenant];
      const budgets = budgetLimits(context, tenant);
      if (budgets.length > 0 && request.maxTokens === undefined) {
        request = { ...request, maxTokens: options.defaultMaxTokens };
        context.request = request;
      }
      const promptTokens = estimatePromptTokens(request);
      const outputTokens = request.maxTokens ?? 1024;

      const tokenReservations: TokenReservation[] = [];
      const giveBackTokens = (): void => {
        for (const reservation of tokenReservations)
          void options.tokens.settle(reservation, 0).catch(() => undefined);
      };
      for (const [scope, limit] of [
        [`tenant:${principal.tenant ?? ''}`, tenant?.tokensPerMinute],
        [`key:${principal.keyId}`, principal.limits?.tokensPerMinute],
      ] as const) {
        if (limit === null || limit === undefined) continue;
        const decision = await options.tokens.reserve({
          key: `${scope}:tpm`,
          tokens: Math.min(limit, promptTokens + outputTokens),
          limit,
          windowMs: minute,
        });
        if (!decision.allowed) {
          giveBackTokens();
          const refused = new GatewayError('token_limit_exceeded', {
            retryAfterMs: decision.resetMs,
          });
          options.onRejected(context, refused);
          return reject(refused);
        }
        tokenReservations.push(decision.reservation);
      }

      let budget: BudgetReservation | undefined;
      if (budgets.length > 0) {
        const route = options.routes.resolve(request.model);
        let input = 0;
        let output = 0;
        for (const entry of route?.entries ?? []) {
          input = Math.max(input, entry.target.pricing.inputPerMillionUsd);
          output = Math.max(output, entry.target.pricing.outputPerMillionUsd);
        }
        // The input estimate doubled: an answer must never cost more than was reserved.
        const worstUsd = (input * promptTokens * 2 + output * outputTokens) / 1_000_000;
        const decision = await options.budgets.reserve({ limits: budgets, amountUsd: worstUsd });
        if (decision.status !== 'reserved') {
          giveBackTokens();
          const refused =
            decision.status === 'exceeded'
              ? new GatewayError('budget_exceeded', {
                  retryAfterMs: decision.resetMs,
                  detail: decision.limit.scope,
                })
              : new GatewayError('service_unavailable', { detail: 'budget store unavailable' });
          options.onRejected(context, refused);
          return reject(refused);
        }
        budget = decision.reservation;
      }

      let outcome: Outcome;
      try {
        outcome = await next();
      } catch (error) {
        giveBackTokens();
        if (budget !== undefined) void options.budgets.settle(budget, 0).catch(() => undefined);
        throw error;
      }
      return settleOutcome(outcome, async (settlement) => {
        const usage = settlement.usage;
        const used = usage === undefined ? 0 : usage.promptTokens + usage.completionTokens;
        for (const reservation of tokenReservations)
          await options.tokens.settle(reservation, used).catch(() => undefined);
        if (budget !== undefined) {
          const cost =
            usage === undefined || settlement.target === undefined
              ? 0
              : estimateCostUsd(usage, settlement.target.pricing);
          await options.budgets.settle(budget, cost).catch(() => undefined);
        }
      });
    },
  };
}
