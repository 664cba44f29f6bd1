import { describe, expect, it } from 'vitest';
import { call, dialects, fault, raw, target, useFaultSimulator } from './fault-harness.js';
import { delay, parseSse, postJson, sseJson, waitFor } from './sim-test-helpers.js';

const { simulator } = useFaultSimulator();

describe('body and stream faults', () => {
  it('malformed: truncated JSON body; one invalid data line mid-stream', async () => {
    fault('openai', { kind: 'malformed' }, { kind: 'malformed', afterChunks: 1 });
    const body = await call('openai');
    expect(body.status).toBe(200);
    expect(() => body.json()).toThrow();
    const stream = await call('openai', true);
    const events = parseSse(stream.text).events;
    const invalid = events.filter((event) => {
      try {
        if (event.data !== '[DONE]') JSON.parse(event.data);
        return false;
      } catch {
        return true;
      }
    });
    expect(invalid).toHaveLength(1);
    expect(events.at(-1)?.data).toBe('[DONE]');
  });

  it('truncate: stream ends cleanly without finish or [DONE]; body shorter than Content-Length', async () => {
    fault('openai', { kind: 'truncate', afterChunks: 3 });
    const stream = await call('openai', true);
    const chunks = sseJson(stream.text) as {
      choices: { delta: { content?: string }; finish_reason: string | null }[];
    }[];
    expect(stream.text).not.toContain('[DONE]');
    expect(chunks.filter((chunk) => (chunk.choices[0]?.delta.content ?? '') !== '')).toHaveLength(
      3,
    );
    expect(chunks.every((chunk) => chunk.choices[0]?.finish_reason === null)).toBe(true);

    fault('gemini', { kind: 'truncate' });
    const gemini = sseJson((await call('gemini', true)).text) as {
      candidates: { finishReason?: string }[];
    }[];
    expect(gemini).toHaveLength(2);
    expect(gemini.every((chunk) => chunk.candidates[0]?.finishReason === undefined)).toBe(true);

    fault('anthropic', { kind: 'truncate' });
    const names = parseSse((await call('anthropic', true)).text).events.map((event) => event.event);
    expect(names).not.toContain('message_stop');
    expect(names).not.toContain('message_delta');

    fault('openai', { kind: 'truncate' });
    await expect(raw('openai')).rejects.toThrow();
  });

  it('disconnect: some chunks, then the socket is destroyed', async () => {
    fault('groq', { kind: 'disconnect', afterChunks: 2 });
    const t = target('groq');
    const response = await fetch(t.streamUrl, {
      method: 'POST',
      headers: t.headers,
      body: JSON.stringify(t.body(true)),
    });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect(simulator().provider('groq').journal[0]?.clientAbortedAt).toBeUndefined();
  });

  it('stall: stream chunks then silence; non-stream headers then silence', async () => {
    fault('anthropic', { kind: 'stall', afterChunks: 1 });
    const t = target('anthropic');
    const controller = new AbortController();
    const response = await fetch(t.streamUrl, {
      method: 'POST',
      headers: t.headers,
      body: JSON.stringify(t.body(true)),
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    let text = '';
    const decoder = new TextDecoder();
    while (!text.includes('content_block_delta')) {
      const { value } = await reader.read();
      text += decoder.decode(value as Uint8Array);
    }
    const next = await Promise.race([
      reader.read().then(() => 'data'),
      delay(150).then(() => 'silence'),
    ]);
    expect(next).toBe('silence');
    controller.abort();
    await waitFor(
      () => simulator().provider('anthropic').journal[0]?.clientAbortedAt !== undefined,
    );

    fault('openai', { kind: 'stall' });
    const headersOnly = await fetch(target('openai').url, {
      method: 'POST',
      headers: target('openai').headers,
      body: JSON.stringify(target('openai').body(false)),
    });
    expect(headersOnly.status).toBe(200);
    const body = await Promise.race([
      headersOnly.text().then(() => 'body'),
      delay(150).then(() => 'silence'),
    ]);
    expect(body).toBe('silence');
  });

  it('in_band_error: each dialect reports the error after a 200', async () => {
    for (const dialect of dialects) fault(dialect, { kind: 'in_band_error', afterChunks: 1 });
    const openai = await call('openai', true);
    expect(openai.status).toBe(200);
    expect(sseJson(openai.text).at(-1)).toHaveProperty('error.type', 'server_error');
    expect(openai.text).not.toContain('[DONE]');
    const vllm = await call('vllm', true);
    expect(parseSse(vllm.text).events.at(-1)?.data).toBe('[DONE]');
    expect(sseJson(vllm.text).at(-1)).toHaveProperty('error.code', 500);
    const openrouter = sseJson((await call('openrouter', true)).text).at(-1) as {
      error: unknown;
      choices: { finish_reason: string }[];
    };
    expect(openrouter.error).toBeDefined();
    expect(openrouter.choices[0]?.finish_reason).toBe('error');
    expect(sseJson((await call('gemini', true)).text).at(-1)).toMatchObject({
      error: { code: 500, status: 'INTERNAL' },
    });
    const anthropic = parseSse((await call('anthropic', true)).text).events.at(-1);
    expect(anthropic?.event).toBe('error');
    expect(JSON.parse(anthropic?.data ?? '{}')).toMatchObject({
      type: 'error',
      error: { type: 'overloaded_error' },
    });
    fault('openrouter', { kind: 'in_band_error' });
    const plain = await call('openrouter');
    expect(plain.status).toBe(200);
    expect(plain.json()).toMatchObject({ error: { code: 500 } });
    expect(plain.json()).not.toHaveProperty('choices');
  });

  it('safety: content_filter, promptFeedback block, refusal', async () => {
    for (const dialect of dialects) fault(dialect, { kind: 'safety', count: 2 });
    const openai = (await call('openai')).json() as { choices: { finish_reason: string }[] };
    expect(openai.choices[0]?.finish_reason).toBe('content_filter');
    const openaiStream = sseJson((await call('openai', true)).text) as {
      choices: { finish_reason: string | null }[];
    }[];
    expect(openaiStream.at(-1)?.choices[0]?.finish_reason).toBe('content_filter');
    const gemini = (await call('gemini')).json();
    expect(gemini).toMatchObject({ promptFeedback: { blockReason: 'SAFETY' } });
    expect(gemini).not.toHaveProperty('candidates');
    expect(sseJson((await call('gemini', true)).text)).toHaveLength(1);
    expect((await call('anthropic')).json()).toMatchObject({ stop_reason: 'refusal', content: [] });
    const names = parseSse((await call('anthropic', true)).text).events;
    expect(JSON.parse(names.at(-2)?.data ?? '{}')).toMatchObject({
      delta: { stop_reason: 'refusal' },
    });
  });
});

describe('fault scheduling and the control API', () => {
  it('consumes faults in order, count requests each; Infinity lasts until cleared', async () => {
    fault('openai', { kind: 'error', status: 503, count: 2 }, { kind: 'rate_limit' });
    expect((await call('openai')).status).toBe(503);
    expect((await call('openai')).status).toBe(503);
    expect((await call('openai')).status).toBe(429);
    expect((await call('openai')).status).toBe(200);
    fault('openai', { kind: 'error', count: Number.POSITIVE_INFINITY });
    for (let index = 0; index < 3; index += 1) expect((await call('openai')).status).toBe(500);
    simulator().provider('openai').clearFaults();
    expect((await call('openai')).status).toBe(200);
    expect(simulator().provider('openai').requestCount).toBe(8);
  });

  it('probabilistic faults are sampled per request and never consumed', async () => {
    fault('openai', { kind: 'error', probability: 1 });
    expect((await call('openai')).status).toBe(500);
    expect((await call('openai')).status).toBe(500);
    fault('openai', { kind: 'error', probability: 0 });
    expect((await call('openai')).status).toBe(200);
    expect(() =>
      simulator()
        .provider('openai')
        .setFaults([{ kind: 'error', count: 0 }]),
    ).toThrow(TypeError);
  });

  it('drives faults and reads the journal over HTTP under /__sim/', async () => {
    const port = simulator().provider('groq').port;
    const control = `http://127.0.0.1:${port}/__sim`;
    expect(await (await fetch(`${control}/health`)).json()).toEqual({ ok: true, dialect: 'groq' });
    const set = await fetch(`${control}/faults`, {
      method: 'POST',
      body: JSON.stringify({ faults: [{ kind: 'error', status: 502, count: -1 }] }),
    });
    expect(set.status).toBe(200);
    expect((await call('groq')).status).toBe(502);
    expect((await call('groq')).status).toBe(502);
    expect((await fetch(`${control}/faults`, { method: 'DELETE' })).status).toBe(200);
    expect((await call('groq')).status).toBe(200);
    const journal = (await (await fetch(`${control}/requests`)).json()) as {
      count: number;
      requests: { prompt: string; fault?: string; headers: Record<string, string> }[];
    };
    expect(journal.count).toBe(3);
    expect(journal.requests.map((entry) => entry.fault)).toEqual(['error', 'error', undefined]);
    expect(journal.requests[0]?.prompt).toBe('Tell me something');
    expect(journal.requests[0]?.headers.authorization).toBe('[redacted]');
    expect((await fetch(`${control}/requests`, { method: 'DELETE' })).status).toBe(200);
    expect(simulator().provider('groq').requestCount).toBe(0);
    for (const nonsense of [
      '{"faults":[{"kind":"explode"}]}',
      '{"faults":"x"}',
      'not json',
      '{"faults":[],"extra":1}',
      '{"faults":[{"kind":"error","count":0}]}',
    ]) {
      expect((await fetch(`${control}/faults`, { method: 'POST', body: nonsense })).status).toBe(
        400,
      );
    }
    expect((await fetch(`${control}/nope`)).status).toBe(404);
    expect((await fetch(`${control}/health`, { method: 'POST' })).status).toBe(405);
  });

  it('redacts credentials in the journal and keeps models and control calls out of it', async () => {
    await call('anthropic');
    await postJson(
      `${simulator().provider('anthropic').baseUrl}/v1/messages`,
      target('anthropic').body(false),
      { authorization: 'Bearer secret-bearer', 'anthropic-version': '2023-06-01' },
    );
    await fetch(`${simulator().provider('anthropic').baseUrl}/v1/models`, {
      headers: { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' },
    });
    const journal = simulator().provider('anthropic').journal;
    expect(journal).toHaveLength(2);
    expect(journal[0]?.headers['x-api-key']).toBe('[redacted]');
    expect(journal[1]?.headers.authorization).toBe('[redacted]');
    expect(JSON.stringify(journal)).not.toContain('secret-bearer');
    expect(journal[0]?.body).toMatchObject({ max_tokens: 300 });
  });
});
