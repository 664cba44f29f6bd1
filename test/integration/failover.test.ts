import { afterEach, describe, expect, it } from 'vitest';
import type { SimFault } from '../../sim/index.js';
import { providerKeys, startTestGateway, type TestGateway } from '../helpers/test-gateway.js';

let gateway: TestGateway | undefined;

afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

async function start(env: Record<string, string> = {}): Promise<TestGateway> {
  gateway = await startTestGateway(['gemini', 'groq', 'openrouter'], {
    RATE_LIMIT: '1000/minute',
    UPSTREAM_TIMEOUT_MS: '400',
    ...env,
  });
  return gateway;
}

interface Step {
  provider: string;
  status: string;
  reason: string | null;
}

const always = (fault: Omit<SimFault, 'count'>): SimFault => ({ ...fault, count: Infinity });

describe('failover past a failing provider', () => {
  it.each<[string, SimFault, string]>([
    ['a 503', always({ kind: 'error', status: 503 }), 'provider_overloaded'],
    ['a 500', always({ kind: 'error', status: 500 }), 'provider_server_error'],
    ['a 429 with a retry hint', always({ kind: 'rate_limit' }), 'provider_rate_limited'],
    ['an exhausted quota', always({ kind: 'quota' }), 'provider_quota_exhausted'],
    ['a rejected provider key', always({ kind: 'auth' }), 'provider_auth_failed'],
    ['a connection reset', always({ kind: 'reset' }), 'provider_connection_error'],
    ['a closed connection', always({ kind: 'close' }), 'provider_connection_error'],
    ['a hang', always({ kind: 'hang' }), 'provider_timeout'],
    ['a malformed JSON body', always({ kind: 'malformed' }), 'provider_invalid_response'],
    ['an HTML error page', always({ kind: 'html', status: 502 }), 'provider_server_error'],
    ['an empty body', always({ kind: 'empty' }), 'provider_invalid_response'],
    ['a truncated body', always({ kind: 'truncate' }), 'provider_connection_error'],
    ['an unknown model', always({ kind: 'model_not_found' }), 'provider_model_not_found'],
  ])(
    'moves past %s at the first provider and answers from the second',
    async (_name, fault, reason) => {
      const gw = await start();
      gw.simulator.provider('gemini').setFaults([fault]);
      const response = await gw.query({ prompt: 'hello' });
      expect(response.status).toBe(200);
      const body = response.json();
      expect(body.provider).toBe('groq');
      const path = body.cascade_path as Step[];
      expect(path.map((step) => [step.provider, step.status, step.reason])).toEqual([
        ['gemini', 'failed', reason],
        ['groq', 'success', null],
      ]);
      expect(gw.simulator.provider('openrouter').requestCount).toBe(0);
    },
  );

  it('moves past a provider that refuses connections', async () => {
    const gw = await start();
    await gw.simulator.provider('gemini').stop();
    const response = await gw.query({ prompt: 'hello' });
    expect(response.status).toBe(200);
    expect((response.json().cascade_path as Step[]).map((step) => step.reason)).toEqual([
      'provider_connection_error',
      null,
    ]);
  });

  it('answers from the third provider when the first two fail, with all three in the cascade path', async () => {
    const gw = await start();
    gw.simulator.provider('gemini').setFaults([always({ kind: 'error', status: 503 })]);
    gw.simulator.provider('groq').setFaults([always({ kind: 'reset' })]);
    const response = await gw.query({ prompt: 'hello' });
    expect(response.status).toBe(200);
    expect(response.json().provider).toBe('openrouter');
    expect((response.json().cascade_path as Step[]).map((step) => step.provider)).toEqual([
      'gemini',
      'groq',
      'openrouter',
    ]);
  });

  it('returns 502 with the cascade path when every provider fails, never a 500', async () => {
    const gw = await start();
    for (const id of ['gemini', 'groq', 'openrouter'] as const) {
      gw.simulator.provider(id).setFaults([always({ kind: 'error', status: 503 })]);
    }
    const response = await gw.query({ prompt: 'hello' });
    expect(response.status).toBe(502);
    const body = response.json();
    expect(body.code).toBe('all_providers_failed');
    expect((body.cascade_path as Step[]).map((step) => [step.provider, step.status])).toEqual([
      ['gemini', 'failed'],
      ['groq', 'failed'],
      ['openrouter', 'failed'],
    ]);
  });

  it('returns 503 when no configured provider is in the route', async () => {
    const gw = await start({ PROVIDER_ORDER: 'anthropic' });
    const response = await gw.query({ prompt: 'hello' });
    expect(response.status).toBe(503);
    expect(response.json().code).toBe('no_provider_available');
    expect(gw.upstreamCalls()).toBe(0);
  });

  it('does not send a request the provider rejected as invalid (400) to the next provider', async () => {
    const gw = await start();
    gw.simulator.provider('gemini').setFaults([always({ kind: 'bad_request' })]);
    const response = await gw.query({ prompt: 'hello' });
    expect(response.status).toBe(400);
    expect(response.json().code).toBe('provider_bad_request');
    expect(gw.simulator.provider('groq').requestCount).toBe(0);
  });

  it('logs a rejected provider key loudly, naming the variable, and never leaks a key', async () => {
    const gw = await start();
    gw.simulator.provider('gemini').setFaults([always({ kind: 'auth' })]);
    gw.simulator.provider('groq').setFaults([always({ kind: 'auth' })]);
    gw.simulator.provider('openrouter').setFaults([always({ kind: 'auth' })]);
    const response = await gw.query({ prompt: 'hello' });
    expect(response.status).toBe(502);
    const loud = gw.log.entries().filter((entry) => entry.level === 'error');
    expect(loud.map((entry) => entry.credential_source)).toEqual([
      'GEMINI_API_KEY',
      'GROQ_API_KEY',
      'OPENROUTER_API_KEY',
    ]);
    for (const key of Object.values(providerKeys)) {
      expect(response.text).not.toContain(key);
      expect(gw.log.lines.join('\n')).not.toContain(key);
    }
  });

  it('sends each provider its key in its own header and never in a URL', async () => {
    const gw = await start();
    gw.simulator.provider('gemini').setFaults([always({ kind: 'error', status: 503 })]);
    gw.simulator.provider('groq').setFaults([always({ kind: 'error', status: 503 })]);
    await gw.query({ prompt: 'hello' });
    const [gemini] = gw.simulator.provider('gemini').journal;
    const [groq] = gw.simulator.provider('groq').journal;
    const [openrouter] = gw.simulator.provider('openrouter').journal;
    expect(gemini?.headers['x-goog-api-key']).toBe('[redacted]');
    expect(gemini?.query).toEqual({});
    expect(gemini?.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(groq?.headers.authorization).toBe('[redacted]');
    expect(openrouter?.headers['x-title']).toBe('LLM Secure Gateway');
  });

  it('moves on after a provider that is slow to send its first byte', async () => {
    const gw = await start();
    gw.simulator.provider('gemini').setFaults([always({ kind: 'slow_first_byte', delayMs: 2000 })]);
    const response = await gw.query({ prompt: 'hello' });
    expect(response.status).toBe(200);
    expect(response.json().provider).toBe('groq');
  });
});
