/**
 * Retries may be at most a share of traffic (Envoy's retry budget, the SRE book's rule): each
 * request earns `ratio` of a retry, each retry spends one, and a small reserve lets a quiet
 * gateway retry at all. A bad day therefore never turns into a retry storm.
 */
export class RetryBudget {
  private balance: number;

  constructor(
    private readonly ratio: number,
    private readonly reserve = 10,
  ) {
    this.balance = reserve;
  }

  /** Counts one incoming request. */
  deposit(): void {
    this.balance = Math.min(this.balance + this.ratio, this.reserve + 1000 * this.ratio);
  }

  /** Whether one retry could be taken now. */
  available(): boolean {
    return this.balance >= 1;
  }

  /** Takes one retry if the budget allows it. */
  tryWithdraw(): boolean {
    if (this.balance < 1) return false;
    this.balance -= 1;
    return true;
  }
}
