import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from '../helpers/http-client.js';
import { startTestGateway, testServiceKey, type TestGateway } from '../helpers/test-gateway.js';

let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway(['gemini', 'groq'], {
    RATE_LIMIT: '1000/minute',
    MAX_JSON_DEPTH: '8',
  });
});

afterAll(async () => {
  await gw.close();
});

const auth = { 'x-api-key': testServiceKey, 'content-type': 'application/json' };

describe('a hardened edge', () => {
  it('refuses a body over the /query limit with 413 before any provider call', async () => {
    const response = await http(`${gw.url}/query`, {
      headers: auth,
      body: JSON.stringify({ prompt: 'a'.repeat(70 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(response.json().code).toBe('payload_too_large');
    expect(gw.upstreamCalls()).toBe(0);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await http(`${gw.url}/query`, {
      headers: { 'x-api-key': testServiceKey, 'content-type': 'text/plain' },
      body: 'prompt=hello',
    });
    expect(response.status).toBe(415);
    expect(response.json().code).toBe('unsupported_media_type');
  });

  it('refuses JSON nested deeper than MAX_JSON_DEPTH', async () => {
    const deep = `{"prompt":"x","a":${'['.repeat(20)}${']'.repeat(20)}}`;
    const response = await http(`${gw.url}/query`, { headers: auth, body: deep });
    expect(response.status).toBe(422);
    expect(response.json().code).toBe('json_too_deep');
  });

  it('refuses prototype-pollution keys', async () => {
    const response = await http(`${gw.url}/query`, {
      headers: auth,
      body: '{"prompt":"x","__proto__":{"polluted":true}}',
    });
    expect(response.status).toBe(422);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers an empty body with 422 "Field required"', async () => {
    const response = await http(`${gw.url}/query`, {
      headers: { 'x-api-key': testServiceKey },
      method: 'POST',
    });
    expect(response.status).toBe(422);
    expect(response.json().detail).toEqual([
      { loc: ['body'], msg: 'Field required', type: 'missing' },
    ]);
  });

  it('answers unknown paths with 404 in the same envelope, with a request id', async () => {
    const response = await http(`${gw.url}/admin/secret`);
    expect(response.status).toBe(404);
    const body = response.json();
    expect(body).toMatchObject({ code: 'not_found', detail: 'Not found.' });
    expect(body.request_id).toBe(response.headers['x-request-id']);
  });

  it('echoes a well-formed X-Request-Id and replaces a malformed one', async () => {
    const good = await http(`${gw.url}/health`, { headers: { 'x-request-id': 'trace-123.abc' } });
    expect(good.headers['x-request-id']).toBe('trace-123.abc');
    const bad = await http(`${gw.url}/health`, { headers: { 'x-request-id': 'x'.repeat(200) } });
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('has CORS off unless ALLOWED_ORIGINS is set', async () => {
    const response = await http(`${gw.url}/query`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('ignores client headers that try to steer the gateway', async () => {
    const response = await http(`${gw.url}/query`, {
      headers: {
        ...auth,
        'x-provider': 'groq',
        'x-upstream-url': 'http://evil.example',
        'x-forwarded-host': 'evil.example',
      },
      body: JSON.stringify({ prompt: 'hello' }),
    });
    expect(response.status).toBe(200);
    expect(response.json().provider).toBe('gemini');
    const [entry] = gw.simulator.provider('gemini').journal.slice(-1);
    expect(entry?.headers['x-provider']).toBeUndefined();
    expect(entry?.headers['x-upstream-url']).toBeUndefined();
  });

  it('sends no-store and nosniff on API answers', async () => {
    const response = await http(`${gw.url}/query`, {
      headers: auth,
      body: JSON.stringify({ prompt: 'hello' }),
    });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('health, readiness, providers and docs', () => {
  it('reports liveness, live mode and the configured providers', async () => {
    const response = await http(`${gw.url}/health`);
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      mode: 'live',
      demo: false,
      providers: ['gemini', 'groq'],
    });
  });

  it('is ready while serving', async () => {
    const response = await http(`${gw.url}/ready`);
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ ready: true, lanes: expect.any(Array) });
  });

  it('lists providers with models and prices per million tokens, and no base URL or key', async () => {
    const response = await http(`${gw.url}/providers`);
    const body = response.json<{ providers: Record<string, unknown>[] }>();
    expect(body.providers[0]).toEqual({
      id: 'gemini',
      dialect: 'gemini',
      simulated: false,
      models: [{ id: 'gemini-2.5-flash', input_per_million_usd: 0.3, output_per_million_usd: 2.5 }],
    });
    expect(response.text).not.toContain('127.0.0.1');
    expect(response.text).not.toContain('AIza');
  });

  it('serves the OpenAPI document generated from the request schemas', async () => {
    const response = await http(`${gw.url}/openapi.json`);
    const document = response.json<{
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(document.openapi).toBe('3.1.0');
    const query = document.paths['/query']?.post as {
      requestBody: { content: Record<string, { schema: Record<string, unknown> }> };
    };
    const schema = query.requestBody.content['application/json']?.schema;
    expect(schema).toMatchObject({ additionalProperties: false, required: ['prompt'] });
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/query', '/health', '/ready', '/providers']),
    );
  });

  it('serves interactive docs from local assets, with no CDN', async () => {
    const page = await http(`${gw.url}/docs`);
    expect(page.status).toBe(200);
    expect(page.text).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)[a-z0-9.-]+\//i);
    const bundle = await http(`${gw.url}/docs/static/swagger-ui-bundle.js`);
    expect(bundle.status).toBe(200);
  });
});

describe('CORS when ALLOWED_ORIGINS is set', () => {
  it('allows the listed origin only', async () => {
    const withCors = await startTestGateway(['gemini'], { ALLOWED_ORIGINS: 'https://app.example' });
    try {
      const allowed = await http(`${withCors.url}/query`, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
      });
      expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example');
      const other = await http(`${withCors.url}/query`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await withCors.close();
    }
  });
});

describe('slow clients', () => {
  it('closes a connection whose headers do not arrive within HEADERS_TIMEOUT_MS', async () => {
    const { connect } = await import('node:net');
    const slow = await startTestGateway(['gemini'], {
      HEADERS_TIMEOUT_MS: '1000',
      REQUEST_TIMEOUT_MS: '1000',
    });
    try {
      const port = Number(new URL(slow.url).port);
      const started = Date.now();
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write('POST /query HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: ');
        });
        let received = '';
        socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
        socket.on('close', () => resolve(received));
        socket.setTimeout(5000, () => {
          socket.destroy();
          resolve('still open');
        });
      });
      expect(outcome).not.toBe('still open');
      expect(outcome === '' || outcome.startsWith('HTTP/1.1 408')).toBe(true);
      expect(Date.now() - started).toBeLessThan(4000);
      expect(slow.upstreamCalls()).toBe(0);
    } finally {
      await slow.close();
    }
  });
});
