import { describe, expect, it } from 'vitest';
import {
  CircuitBreaker,
  type BreakerOptions,
  type BreakerTransition,
} from '../../../src/routing/health/circuit-breaker.js';

const options: BreakerOptions = {
  consecutiveFailures: 3,
  failureRatio: 0.5,
  minimumVolume: 6,
  windowSize: 10,
  baseEjectionMs: 1000,
  maxEjectionMs: 8000,
  jitter: 0,
};

function breaker(overrides: Partial<BreakerOptions> = {}, random = () => 0.5) {
  let now = 0;
  const transitions: BreakerTransition[] = [];
  const subject = new CircuitBreaker(
    { ...options, ...overrides },
    () => now,
    random,
    (t) => transitions.push(t),
  );
  return { subject, transitions, advance: (ms: number) => (now += ms) };
}

describe('the circuit breaker', () => {
  it('opens after consecutive failures and skips the target until the ejection time has passed', () => {
    const { subject, advance } = breaker();
    for (let index = 0; index < 3; index += 1) {
      expect(subject.acquire()).toBe('pass');
      subject.failed();
    }
    expect(subject.state).toBe('open');
    expect(subject.acquire()).toBeUndefined();
    advance(999);
    expect(subject.acquire()).toBeUndefined();
    advance(1);
    expect(subject.state).toBe('half-open');
  });

  it('opens on a failure ratio over the window, not before the minimum volume', () => {
    const { subject } = breaker({ consecutiveFailures: 100 });
    const outcomes = [true, false, true, false, true]; // 3 of 5 failed: below the volume of 6
    for (const failure of outcomes) {
      subject.acquire();
      if (failure) subject.failed();
      else subject.succeeded();
    }
    expect(subject.state).toBe('closed');
    subject.acquire();
    subject.succeeded(); // 3 of 6 = 50 %
    expect(subject.state).toBe('closed');
    subject.acquire();
    subject.failed(); // 4 of 7
    expect(subject.state).toBe('open');
  });

  it('lets exactly one probe through when half-open; success closes it', () => {
    const { subject, advance, transitions } = breaker();
    for (let index = 0; index < 3; index += 1) subject.failed();
    advance(1000);
    expect(subject.acquire()).toBe('probe');
    expect(subject.acquire()).toBeUndefined();
    expect(subject.probeInFlight).toBe(true);
    subject.succeeded(true);
    expect(subject.state).toBe('closed');
    expect(transitions.map((t) => `${t.from}>${t.to}`)).toEqual([
      'closed>open',
      'open>half-open',
      'half-open>closed',
    ]);
  });

  it('reopens on a failed probe for a longer, capped ejection', () => {
    const { subject, advance, transitions } = breaker();
    for (let index = 0; index < 3; index += 1) subject.failed();
    const ejections = [transitions.at(-1)?.ejectionMs];
    for (let round = 0; round < 4; round += 1) {
      advance(60_000);
      expect(subject.acquire()).toBe('probe');
      subject.failed(true);
      ejections.push(transitions.at(-1)?.ejectionMs);
    }
    expect(ejections).toEqual([1000, 2000, 4000, 8000, 8000]);
  });

  it('spreads ejection times with jitter', () => {
    const low = breaker({ jitter: 0.2 }, () => 0);
    const high = breaker({ jitter: 0.2 }, () => 0.999);
    for (const { subject } of [low, high])
      for (let index = 0; index < 3; index += 1) subject.failed();
    expect(low.transitions.at(-1)?.ejectionMs).toBe(800);
    expect(high.transitions.at(-1)?.ejectionMs).toBe(1200);
  });

  it('is not closed by requests that were already in flight when it opened', () => {
    const { subject, advance } = breaker();
    for (let index = 0; index < 3; index += 1) subject.failed();
    subject.succeeded(); // an older request answering late
    expect(subject.state).toBe('open');
    advance(1000);
    expect(subject.acquire()).toBe('probe');
    subject.succeeded(); // still not the probe
    expect(subject.state).toBe('half-open');
    subject.failed(); // neither is this
    expect(subject.state).toBe('half-open');
    subject.succeeded(true);
    expect(subject.state).toBe('closed');
  });

  it('does not count a released request either way', () => {
    const { subject } = breaker();
    for (let index = 0; index < 10; index += 1) {
      subject.acquire();
      subject.released();
    }
    expect(subject.state).toBe('closed');
  });
});
