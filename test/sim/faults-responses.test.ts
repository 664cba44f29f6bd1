import { describe, expect, it } from 'vitest';
import { call, fault, raw, useFaultSimulator } from './fault-harness.js';
import { waitFor } from './sim-test-helpers.js';

const { simulator } = useFaultSimulator();

describe('error-status faults', () => {
  it('error: provider-shaped 5xx bodies', async () => {
    fault('openai', { kind: 'error' });
    const openai = await call('openai');
    expect(openai.status).toBe(500);
    expect((openai.json() as { error: { type: string } }).error.type).toBe('server_error');
    fault('anthropic', { kind: 'error', status: 529 });
    const anthropic = await call('anthropic');
    expect(anthropic.status).toBe(529);
    expect(anthropic.json()).toMatchObject({ type: 'error', error: { type: 'overloaded_error' } });
    fault('gemini', { kind: 'error', status: 503 });
    expect((await call('gemini')).json()).toMatchObject({
      error: { code: 503, status: 'UNAVAILABLE' },
    });
    expect(simulator().provider('gemini').journal[0]?.fault).toBe('error');
  });

  it('rate_limit: Retry-After header, Gemini RetryInfo in the body instead', async () => {
    fault('openai', { kind: 'rate_limit', retryAfterSeconds: 3 });
    const openai = await call('openai');
    expect(openai.status).toBe(429);
    expect(openai.headers.get('retry-after')).toBe('3');
    expect((openai.json() as { error: { code: string } }).error.code).toBe('rate_limit_exceeded');
    fault('anthropic', { kind: 'rate_limit' });
    const anthropic = await call('anthropic');
    expect(anthropic.headers.get('retry-after')).toBe('2');
    expect(anthropic.json()).toMatchObject({ error: { type: 'rate_limit_error' } });
    fault('gemini', { kind: 'rate_limit', retryAfterSeconds: 12 });
    const gemini = await call('gemini');
    expect(gemini.status).toBe(429);
    expect(gemini.headers.get('retry-after')).toBeNull();
    expect(gemini.text).toContain('"retryDelay":"12s"');
  });

  it('quota: non-retryable shapes per dialect', async () => {
    fault('openai', { kind: 'quota' });
    const openai = await call('openai');
    expect(openai.status).toBe(429);
    expect(openai.headers.get('retry-after')).toBeNull();
    expect((openai.json() as { error: { code: string } }).error.code).toBe('insufficient_quota');
    fault('openrouter', { kind: 'quota' });
    expect((await call('openrouter')).json()).toEqual({
      error: { code: 402, message: expect.stringContaining('credits') as unknown },
    });
    fault('anthropic', { kind: 'quota' });
    const anthropic = await call('anthropic');
    expect(anthropic.status).toBe(402);
    expect(anthropic.json()).toMatchObject({ error: { type: 'billing_error' } });
    fault('gemini', { kind: 'quota' });
    const gemini = await call('gemini');
    expect(gemini.status).toBe(429);
    expect(gemini.text).toContain('PerDay');
    expect(gemini.text).not.toContain('RetryInfo');
  });

  it('auth, bad_request and model_not_found use the dialect envelopes', async () => {
    fault('openai', { kind: 'auth' }, { kind: 'bad_request' }, { kind: 'model_not_found' });
    expect((await call('openai')).status).toBe(401);
    const bad = await call('openai');
    expect(bad.status).toBe(400);
    expect((bad.json() as { error: { code: string } }).error.code).toBe('context_length_exceeded');
    const missing = await call('openai');
    expect(missing.status).toBe(404);
    expect((missing.json() as { error: { code: string } }).error.code).toBe('model_not_found');
    fault('gemini', { kind: 'auth' });
    const gemini = await call('gemini');
    expect(gemini.status).toBe(400);
    expect(gemini.text).toContain('API_KEY_INVALID');
    expect((await call('openai')).status).toBe(200);
  });

  it('html and empty', async () => {
    fault('openai', { kind: 'html' }, { kind: 'empty' });
    const html = await call('openai');
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.text).toContain('<html>');
    const empty = await call('openai');
    expect(empty.status).toBe(200);
    expect(empty.headers.get('content-type')).toBe('application/json');
    expect(empty.text).toBe('');
  });
});

describe('connection faults', () => {
  it('reset: TCP RST before any byte', async () => {
    fault('openai', { kind: 'reset' });
    await expect(raw('openai')).rejects.toMatchObject({
      code: 'ECONNRESET',
      message: 'read ECONNRESET',
    });
    expect(simulator().provider('openai').journal[0]?.clientAbortedAt).toBeUndefined();
  });

  it('close: clean close before any byte (socket hang up)', async () => {
    fault('openai', { kind: 'close' });
    await expect(raw('openai')).rejects.toMatchObject({ message: 'socket hang up' });
  });

  it('hang: reads the request, never answers; the client timeout is recorded', async () => {
    fault('openai', { kind: 'hang' });
    await expect(raw('openai', false, 150)).rejects.toThrow('client timeout');
    const provider = simulator().provider('openai');
    expect(provider.journal[0]?.prompt).toBe('Tell me something');
    await waitFor(() => provider.journal[0]?.clientAbortedAt !== undefined);
  });

  it('slow_first_byte: delays headers, then answers', async () => {
    fault('anthropic', { kind: 'slow_first_byte', delayMs: 120 });
    const start = Date.now();
    const response = await call('anthropic');
    expect(Date.now() - start).toBeGreaterThanOrEqual(110);
    expect(response.status).toBe(200);
  });

  it('stop() refuses connections until start() on the same port', async () => {
    const provider = simulator().provider('vllm');
    const port = provider.port;
    await provider.stop();
    await expect(raw('vllm')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await provider.start();
    expect(provider.port).toBe(port);
    expect((await raw('vllm')).status).toBe(200);
  });
});
