import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../sim/index.js';
import { http } from '../helpers/http-client.js';
import { readSse } from '../helpers/read-sse.js';
import { startTestGateway, testServiceKey } from '../helpers/test-gateway.js';

const auth = { authorization: `Bearer ${testServiceKey}` };

describe('load shedding', () => {
  it('sheds requests beyond MAX_IN_FLIGHT at once with 503 and Retry-After, and keeps serving the rest', async () => {
    const gw = await startTestGateway(['groq'], { MAX_IN_FLIGHT: '3', RATE_LIMIT: '1000/minute' });
    gw.simulator
      .provider('groq')
      .setFaults([{ kind: 'slow_first_byte', delayMs: 400, count: Infinity }]);
    try {
      const started = performance.now();
      const timings: number[] = [];
      const responses = await Promise.all(
        Array.from({ length: 10 }, async () => {
          const response = await http(`${gw.url}/v1/chat/completions`, {
            headers: { ...auth, 'content-type': 'application/json' },
            body: JSON.stringify({ model: 'default', messages: [{ role: 'user', content: 'hi' }] }),
          });
          timings.push(performance.now() - started);
          return response;
        }),
      );
      const ok = responses.filter((response) => response.status === 200);
      const shed = responses.filter((response) => response.status === 503);
      expect(ok).toHaveLength(3);
      expect(shed).toHaveLength(7);
      for (const response of shed) {
        expect(response.json<{ error: { code: string } }>().error.code).toBe('gateway_overloaded');
        expect(response.headers['retry-after']).toBe('1');
      }
      expect(Math.min(...timings)).toBeLessThan(300);
      expect(gw.simulator.provider('groq').requestCount).toBe(3);
      expect((await http(`${gw.url}/health`)).status).toBe(200);
    } finally {
      await gw.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('lets streams finish or ends them with one terminal error after the drain window, and refuses new connections', async () => {
    const slow = await startSimulator(['groq'], {
      latency: { firstTokenMs: 0, chunkIntervalMs: 40 },
    });
    const gw = await startTestGateway(['gemini'], {
      GROQ_API_KEY: 'k',
      GROQ_BASE_URL: slow.provider('groq').baseUrl,
      PROVIDER_ORDER: 'groq',
      RATE_LIMIT: '1000/minute',
    });
    try {
      const streams = Array.from({ length: 20 }, (_, index) =>
        readSse(`${gw.url}/v1/chat/completions`, auth, {
          model: 'default',
          // Short and long answers: some finish within the window, some do not.
          max_tokens: index % 2 === 0 ? 3 : 200,
          messages: [{ role: 'user', content: 'Tell me a long story' }],
          stream: true,
        }),
      );
      // Every stream accepted and started before the shutdown begins.
      while (slow.provider('groq').requestCount < 20)
        await new Promise((resolve) => setTimeout(resolve, 10));
      const closing = gw.gateway.close(400);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const port = Number(new URL(gw.url).port);
      const refused = await new Promise<boolean>((resolve) => {
        const socket = connect(port, '127.0.0.1');
        socket.on('error', () => resolve(true));
        socket.on('connect', () => {
          socket.destroy();
          resolve(false);
        });
      });
      expect(refused).toBe(true);
      const results = await Promise.all(streams);
      await closing;
      let completed = 0;
      let ended = 0;
      for (const result of results) {
        const data = result.events.map((event) => event.data);
        const done = data.filter((line) => line === '[DONE]').length;
        const errors = data.filter((line) => line.startsWith('{"error"'));
        expect(done + errors.length).toBe(1);
        if (done === 1) completed += 1;
        else {
          ended += 1;
          expect(JSON.parse(errors[0] ?? '{}')).toMatchObject({
            error: { code: 'service_unavailable' },
          });
        }
      }
      expect(completed).toBeGreaterThan(0);
      expect(ended).toBeGreaterThan(0);
    } finally {
      await slow.close();
      await gw.simulator.close();
    }
  });
});
