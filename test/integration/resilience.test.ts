import { afterEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../sim/index.js';
import { startConfiguredGateway, type ConfiguredGateway } from '../helpers/configured-gateway.js';

let gateway: ConfiguredGateway | undefined;

afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

const threeProviders = (simulator: Simulator, routeExtra = '') => `
providers:
  - { id: one, dialect: groq, api_key: k, base_url: "${simulator.provider('groq').baseUrl}", models: [m1] }
  - { id: two, dialect: openai, api_key: k, base_url: "${simulator.provider('openai').baseUrl}", models: [m2] }
  - { id: three, dialect: openrouter, api_key: k, base_url: "${simulator.provider('openrouter').baseUrl}", models: [m3] }
routes:
  default:${routeExtra === '' ? ' [one/m1, two/m2, three/m3]' : routeExtra}
`;

describe('circuit breakers', () => {
  it('ejects a dead provider after consecutive failures and then skips it at no cost', async () => {
    gateway = await startConfiguredGateway(
      ['groq', 'openai', 'openrouter'],
      (sim) => threeProviders(sim),
      {
        BREAKER_CONSECUTIVE_FAILURES: '3',
        BREAKER_BASE_EJECTION_MS: '60000',
      },
    );
    const dead = gateway.simulator.provider('groq');
    await dead.stop();
    for (let index = 0; index < 10; index += 1) {
      const response = await gateway.chat('default');
      expect(response.status).toBe(200);
      expect(response.json<{ model: string }>().model).toBe('m2');
    }
    const log = gateway.log.entries();
    expect(log.filter((entry) => entry.msg === 'circuit breaker open')).toHaveLength(1);
    const last = log.filter((entry) => entry.msg === 'request').at(-1);
    expect(last?.cascade).toBe('one:circuit_open > two:ok');
    const health = await fetch(`${gateway.url}/ready`).then(
      (response) => response.json() as Promise<Record<string, unknown>>,
    );
    expect(health.lanes).toEqual(
      expect.arrayContaining([expect.objectContaining({ lane: 'one|k1|m1', state: 'open' })]),
    );
  });

  it('lets one probe through after the ejection time and closes again when it succeeds', async () => {
    gateway = await startConfiguredGateway(
      ['groq', 'openai', 'openrouter'],
      (sim) => threeProviders(sim),
      {
        BREAKER_CONSECUTIVE_FAILURES: '2',
        BREAKER_BASE_EJECTION_MS: '300',
        BREAKER_JITTER: '0',
      },
    );
    const flaky = gateway.simulator.provider('groq');
    flaky.setFaults([{ kind: 'error', status: 503, count: 2 }]);
    await gateway.chat('default');
    await gateway.chat('default');
    flaky.clearJournal();
    await gateway.chat('default'); // skipped: open
    expect(flaky.requestCount).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 350));
    const probe = await gateway.chat('default');
    expect(probe.json<{ model: string }>().model).toBe('m1');
    expect(flaky.requestCount).toBe(1);
    const states = gateway.log
      .entries()
      .filter((entry) => entry.msg?.toString().startsWith('circuit breaker'));
    expect(states.map((entry) => entry.to)).toEqual(['open', 'half-open', 'closed']);
  });
});

describe('retries', () => {
  it("honours a provider's Retry-After: no request to it before the time has passed", async () => {
    gateway = await startConfiguredGateway(['groq', 'openai', 'openrouter'], (sim) =>
      threeProviders(sim),
    );
    const limited = gateway.simulator.provider('groq');
    limited.setFaults([{ kind: 'rate_limit', retryAfterSeconds: 1, count: 1 }]);
    const first = await gateway.chat('default');
    expect(first.json<{ model: string }>().model).toBe('m2');
    const blockedAt = Date.now();
    let during = 0;
    while (Date.now() - blockedAt < 800) {
      await gateway.chat('default');
      during += 1;
    }
    expect(during).toBeGreaterThan(3);
    expect(limited.requestCount).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await gateway.chat('default')).json<{ model: string }>().model).toBe('m1');
    expect(limited.requestCount).toBe(2);
  });

  it('retries the only target after a transient failure, with backoff', async () => {
    gateway = await startConfiguredGateway(
      ['groq'],
      (sim) =>
        `providers:\n  - { id: one, dialect: groq, api_key: k, base_url: "${sim.provider('groq').baseUrl}", models: [m1] }\n`,
    );
    gateway.simulator.provider('groq').setFaults([{ kind: 'error', status: 503, count: 1 }]);
    const response = await gateway.chat('default');
    expect(response.status).toBe(200);
    expect(gateway.simulator.provider('groq').requestCount).toBe(2);
  });

  it('never makes more than MAX_ATTEMPTS upstream attempts for one request', async () => {
    gateway = await startConfiguredGateway(
      ['groq'],
      (sim) =>
        `providers:\n  - { id: one, dialect: groq, api_key: k, base_url: "${sim.provider('groq').baseUrl}", models: [m1] }\n`,
      {
        MAX_ATTEMPTS: '3',
        BREAKER_CONSECUTIVE_FAILURES: '100',
      },
    );
    gateway.simulator.provider('groq').setFaults([{ kind: 'error', status: 503, count: Infinity }]);
    const response = await gateway.chat('default');
    expect(response.status).toBe(502);
    expect(gateway.simulator.provider('groq').requestCount).toBeLessThanOrEqual(3);
  });

  it('stops at the deadline a client sets, and only shortens it', async () => {
    gateway = await startConfiguredGateway(
      ['groq', 'openai', 'openrouter'],
      (sim) => threeProviders(sim),
      {
        UPSTREAM_TIMEOUT_MS: '5000',
      },
    );
    for (const id of ['groq', 'openai', 'openrouter'] as const) {
      gateway.simulator.provider(id).setFaults([{ kind: 'hang', count: Infinity }]);
    }
    const started = Date.now();
    const response = await gateway.chat('default', { 'x-gateway-timeout-ms': '300' });
    expect(Date.now() - started).toBeLessThan(1500);
    expect([502, 504]).toContain(response.status);
  });
});

describe('key pools', () => {
  it('parks a rejected key and rotates to the next key of the pool', async () => {
    gateway = await startConfiguredGateway(
      ['groq'],
      (sim) =>
        `providers:\n  - { id: one, dialect: groq, api_keys: [bad-key, good-key], base_url: "${sim.provider('groq').baseUrl}", models: [m1] }\n`,
      {},
      { apiKeys: { groq: 'good-key' } },
    );
    const statuses: number[] = [];
    for (let index = 0; index < 6; index += 1)
      statuses.push((await gateway.chat('default')).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    // The bad key was tried once, then parked: 6 answers, 7 upstream requests at most.
    expect(gateway.simulator.provider('groq').requestCount).toBe(7);
    const loud = gateway.log.entries().filter((entry) => entry.level === 'error');
    expect(loud).toHaveLength(1);
    expect(loud[0]?.credential_source).toContain('key 1');
    expect(gateway.log.lines.join('\n')).not.toContain('bad-key');
  });
});

describe('hedged requests', () => {
  it('starts the next target when the first is slow, takes the first answer and cancels the loser', async () => {
    gateway = await startConfiguredGateway(
      ['groq', 'openai'],
      (sim) => `
providers:
  - { id: slow, dialect: groq, api_key: k, base_url: "${sim.provider('groq').baseUrl}", models: [m1] }
  - { id: fast, dialect: openai, api_key: k, base_url: "${sim.provider('openai').baseUrl}", models: [m2] }
routes:
  default:
    targets: [slow/m1, fast/m2]
    hedge: { delay_ms: 100, max_share: 1 }
`,
    );
    gateway.simulator
      .provider('groq')
      .setFaults([{ kind: 'slow_first_byte', delayMs: 2000, count: Infinity }]);
    const started = Date.now();
    const response = await gateway.chat('default');
    expect(response.status).toBe(200);
    expect(response.json<{ model: string }>().model).toBe('m2');
    expect(Date.now() - started).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const aborted = gateway.simulator.provider('groq').journal[0];
    expect(aborted?.clientAbortedAt).toBeDefined();
  });

  it('spends the hedge budget only on hedges that fire, so fast requests leave it for slow ones', async () => {
    gateway = await startConfiguredGateway(
      ['groq', 'openai'],
      (sim) => `
providers:
  - { id: tail, dialect: groq, api_key: k, base_url: "${sim.provider('groq').baseUrl}", models: [m1] }
  - { id: other, dialect: openai, api_key: k, base_url: "${sim.provider('openai').baseUrl}", models: [m2] }
routes:
  default:
    targets: [tail/m1, other/m2]
    hedge: { delay_ms: 40, max_share: 0.25 }
`,
    );
    const groq = gateway.simulator.provider('groq');
    // Sixteen fast answers earn four hedges (a quarter each) and spend none.
    for (let index = 0; index < 16; index += 1)
      expect((await gateway.chat('default')).status).toBe(200);
    expect(gateway.simulator.provider('openai').requestCount).toBe(0);
    groq.setFaults([{ kind: 'slow_first_byte', delayMs: 400, count: Infinity }]);
    const models: string[] = [];
    for (let index = 0; index < 14; index += 1)
      models.push((await gateway.chat('default')).json<{ model: string }>().model);
    // 30 requests × 0.25 = 7.5 hedges earned: exactly 7 fire, all on slow requests. (Had the
    // fast requests spent budget, at most 3 would.)
    expect(models.filter((model) => model === 'm2')).toHaveLength(7);
  });

  it('does not hedge requests with tools unless the route allows it', async () => {
    gateway = await startConfiguredGateway(
      ['groq', 'openai'],
      (sim) => `
providers:
  - { id: slow, dialect: groq, api_key: k, base_url: "${sim.provider('groq').baseUrl}", models: [m1] }
  - { id: fast, dialect: openai, api_key: k, base_url: "${sim.provider('openai').baseUrl}", models: [m2] }
routes:
  default:
    targets: [slow/m1, fast/m2]
    hedge: { delay_ms: 50, max_share: 1 }
`,
    );
    gateway.simulator
      .provider('groq')
      .setFaults([{ kind: 'slow_first_byte', delayMs: 400, count: Infinity }]);
    const tools = [
      {
        type: 'function',
        function: { name: 'buy', parameters: { type: 'object', properties: {} } },
      },
    ];
    const response = await gateway.chat('default', {}, { tools });
    expect(response.json<{ model: string }>().model).toBe('m1');
    expect(gateway.simulator.provider('openai').requestCount).toBe(0);
  });
});

describe('outage handling', () => {
  it('answers 503 with Retry-After at once when every provider is ejected', async () => {
    gateway = await startConfiguredGateway(
      ['groq', 'openai', 'openrouter'],
      (sim) => threeProviders(sim),
      {
        BREAKER_CONSECUTIVE_FAILURES: '2',
        BREAKER_BASE_EJECTION_MS: '30000',
      },
    );
    for (const id of ['groq', 'openai', 'openrouter'] as const)
      await gateway.simulator.provider(id).stop();
    await gateway.chat('default');
    await gateway.chat('default');
    const started = performance.now();
    const response = await gateway.chat('default');
    const elapsed = performance.now() - started;
    expect(response.status).toBe(503);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('no_provider_available');
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(20);
    expect(elapsed).toBeLessThan(200);
  });
});
