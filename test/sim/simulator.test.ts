import { describe, expect, it } from 'vitest';
import { simDialects, startSimulator } from '../../sim/index.js';
import { postJson, waitFor } from './sim-test-helpers.js';

const body = { model: 'm', messages: [{ role: 'user', content: 'Determinism please' }] };

async function replyText(seed: number): Promise<string> {
  const sim = await startSimulator(['openai'], { seed });
  try {
    const response = await postJson(`${sim.provider('openai').baseUrl}/chat/completions`, body, {
      authorization: 'Bearer k',
    });
    return (
      (response.json() as { choices: { message: { content: string } }[] }).choices[0]?.message
        .content ?? ''
    );
  } finally {
    await sim.close();
  }
}

describe('startSimulator', () => {
  it('starts every dialect on its own port with the SDK base URLs', async () => {
    const sim = await startSimulator(simDialects);
    try {
      const ports = new Set([...sim.providers.values()].map((provider) => provider.port));
      expect(ports.size).toBe(simDialects.length);
      const paths = Object.fromEntries(
        [...sim.providers].map(([name, provider]) => [name, new URL(provider.baseUrl).pathname]),
      );
      expect(paths).toEqual({
        openai: '/v1',
        groq: '/openai/v1',
        openrouter: '/api/v1',
        gemini: '/v1beta',
        anthropic: '/',
        ollama: '/v1',
        vllm: '/v1',
      });
      expect(sim.provider('anthropic').baseUrl).not.toMatch(/\/$/);
    } finally {
      await sim.close();
    }
    const partial = await startSimulator(['openai']);
    expect(() => partial.provider('gemini')).toThrow();
    await partial.close();
  });

  it('gives the same text for the same seed and different text for another seed', async () => {
    const first = await replyText(7);
    expect(await replyText(7)).toBe(first);
    expect(await replyText(8)).not.toBe(first);
  });

  it('serves only the configured models when given', async () => {
    const sim = await startSimulator(['openai'], { models: { openai: ['gpt-sim'] } });
    try {
      const url = `${sim.provider('openai').baseUrl}/chat/completions`;
      expect(
        (await postJson(url, { ...body, model: 'gpt-sim' }, { authorization: 'Bearer k' })).status,
      ).toBe(200);
      expect((await postJson(url, body, { authorization: 'Bearer k' })).status).toBe(404);
      const models = (await (
        await fetch(`${sim.provider('openai').baseUrl}/models`, {
          headers: { authorization: 'Bearer k' },
        })
      ).json()) as { data: { id: string }[] };
      expect(models.data.map((model) => model.id)).toEqual(['gpt-sim']);
    } finally {
      await sim.close();
    }
  });

  it('paces streams by the latency model and records a client abort mid-stream', async () => {
    const sim = await startSimulator(['openai'], {
      latency: { firstTokenMs: 60, chunkIntervalMs: 20 },
    });
    try {
      const provider = sim.provider('openai');
      const start = Date.now();
      const plain = await postJson(`${provider.baseUrl}/chat/completions`, body, {
        authorization: 'Bearer k',
      });
      expect(plain.status).toBe(200);
      expect(Date.now() - start).toBeGreaterThanOrEqual(60);

      const controller = new AbortController();
      const streamStart = Date.now();
      const response = await fetch(`${provider.baseUrl}/chat/completions`, {
        method: 'POST',
        headers: { authorization: 'Bearer k' },
        body: JSON.stringify({ ...body, stream: true }),
        signal: controller.signal,
      });
      expect(Date.now() - streamStart).toBeLessThan(50);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      while ((text.match(/"content":"[^"]/g) ?? []).length < 2) {
        const { value } = await reader.read();
        text += decoder.decode(value as Uint8Array);
      }
      expect(Date.now() - streamStart).toBeGreaterThanOrEqual(75);
      controller.abort();
      await waitFor(() => provider.journal[1]?.clientAbortedAt !== undefined);
      expect(provider.journal[0]?.clientAbortedAt).toBeUndefined();
    } finally {
      await sim.close();
    }
  });

  it('close() ends hung requests and frees the ports', async () => {
    const sim = await startSimulator(['ollama']);
    const provider = sim.provider('ollama');
    provider.setFaults([{ kind: 'hang' }]);
    const hung = fetch(`${provider.baseUrl}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify(body),
    }).then(
      () => 'answered',
      () => 'failed',
    );
    await waitFor(() => provider.requestCount === 1);
    await sim.close();
    expect(await hung).toBe('failed');
    await expect(fetch(`${provider.baseUrl}/models`)).rejects.toThrow();
  });
});
