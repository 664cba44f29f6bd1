import { afterEach, describe, expect, it } from 'vitest';
import type { SimFault } from '../../sim/index.js';
import { readSse } from '../helpers/read-sse.js';
import { startTestGateway, testServiceKey, type TestGateway } from '../helpers/test-gateway.js';

let gateway: TestGateway | undefined;

afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

async function start(env: Record<string, string> = {}): Promise<TestGateway> {
  gateway = await startTestGateway(['gemini', 'groq'], {
    RATE_LIMIT: '1000/minute',
    UPSTREAM_TIMEOUT_MS: '500',
    UPSTREAM_IDLE_TIMEOUT_MS: '500',
    ...env,
  });
  return gateway;
}

const always = (fault: Omit<SimFault, 'count'>): SimFault => ({ ...fault, count: Infinity });
const auth = { authorization: `Bearer ${testServiceKey}` };

function openaiStream(gw: TestGateway) {
  return readSse(`${gw.url}/v1/chat/completions`, auth, {
    model: 'default',
    messages: [{ role: 'user', content: 'Tell me a story' }],
    stream: true,
    stream_options: { include_usage: true },
  });
}

function parsed(data: string): Record<string, unknown> {
  return JSON.parse(data) as Record<string, unknown>;
}

describe('streaming integrity', () => {
  it('streams one answer that ends with exactly one [DONE], usage last', async () => {
    const gw = await start();
    const result = await openaiStream(gw);
    expect(result.status).toBe(200);
    const data = result.events.map((event) => event.data);
    expect(data.filter((line) => line === '[DONE]')).toHaveLength(1);
    expect(data.at(-1)).toBe('[DONE]');
    const usage = parsed(data.at(-2) ?? '{}');
    expect(usage.choices).toEqual([]);
    expect(usage.usage).toMatchObject({
      prompt_tokens: expect.any(Number),
      completion_tokens: expect.any(Number),
    });
    expect(data.some((line) => line.includes('"error"'))).toBe(false);
  });

  it.each<[string, SimFault]>([
    ['a 503 before the stream', always({ kind: 'error', status: 503 })],
    ['a reset before any byte', always({ kind: 'reset' })],
    ['an in-band error before any content', always({ kind: 'in_band_error', afterChunks: 0 })],
    ['a stall before the first content', always({ kind: 'stall', afterChunks: 0 })],
  ])('fails over transparently after %s (before the commit point)', async (_name, fault) => {
    const gw = await start();
    gw.simulator.provider('gemini').setFaults([fault]);
    const result = await openaiStream(gw);
    expect(result.status).toBe(200);
    const data = result.events.map((event) => event.data);
    expect(data.at(-1)).toBe('[DONE]');
    expect(data.some((line) => line.includes('"error"'))).toBe(false);
    expect(parsed(data[1] ?? '{}').model).toBe('llama-3.3-70b-versatile');
    const line = gw.log.entries().find((entry) => entry.msg === 'request');
    expect(line?.cascade).toMatch(/^gemini:provider_\w+ > groq:ok$/);
  });

  it.each<[string, SimFault, string]>([
    [
      'a mid-stream disconnect',
      always({ kind: 'disconnect', afterChunks: 2 }),
      'provider_connection_error',
    ],
    [
      'a clean end without terminator',
      always({ kind: 'truncate', afterChunks: 2 }),
      'stream_truncated',
    ],
    [
      'a stall after content (idle timeout)',
      always({ kind: 'stall', afterChunks: 2 }),
      'provider_timeout',
    ],
    [
      'an in-band error after content',
      always({ kind: 'in_band_error', afterChunks: 2 }),
      'provider_server_error',
    ],
  ])(
    'ends with exactly one terminal error event after %s, never [DONE]',
    async (_name, fault, code) => {
      const gw = await start();
      gw.simulator.provider('gemini').setFaults([fault]);
      const result = await openaiStream(gw);
      expect(result.status).toBe(200);
      const data = result.events.map((event) => event.data);
      expect(data).not.toContain('[DONE]');
      const errors = data.filter((line) => line.startsWith('{"error"'));
      expect(errors).toHaveLength(1);
      expect(data.at(-1)).toBe(errors[0]);
      expect(parsed(errors[0] ?? '{}').error).toMatchObject({ code });
      expect(gw.simulator.provider('groq').requestCount).toBe(0);
    },
  );

  it('bounds the whole stream with STREAM_MAX_DURATION_MS', async () => {
    const { startSimulator } = await import('../../sim/index.js');
    const slow = await startSimulator(['groq'], {
      latency: { firstTokenMs: 0, chunkIntervalMs: 150 },
    });
    const gw = await startTestGateway(['gemini'], {
      GROQ_API_KEY: 'k',
      GROQ_BASE_URL: slow.provider('groq').baseUrl,
      PROVIDER_ORDER: 'groq',
      STREAM_MAX_DURATION_MS: '1000',
      UPSTREAM_IDLE_TIMEOUT_MS: '5000',
    });
    try {
      const started = Date.now();
      const result = await openaiStream(gw);
      const data = result.events.map((event) => event.data);
      expect(data).not.toContain('[DONE]');
      expect(parsed(data.at(-1) ?? '{}').error).toMatchObject({ code: 'provider_timeout' });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await gw.close();
      await slow.close();
    }
  });
});
