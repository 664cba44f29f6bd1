/** A clock tests move by hand. Starts mid-month, at noon UTC, so day and month windows are far. */
export class FakeClock {
  private value: number;

  constructor(start: number = Date.UTC(2025, 4, 14, 12, 0, 0)) {
    this.value = start;
  }

  readonly now = (): number => this.value;

  advance(ms: number): void {
    this.value += ms;
  }

  set(ms: number): void {
    this.value = ms;
  }
}

let counter = 0;

/** A name no other test in this process uses (for keys, tenants and request ids). */
export function uniqueName(label: string): string {
  counter += 1;
  return `${label}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}
