import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseRateLimit } from '../../src/config/index.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('configuration from the environment', () => {
  it('starts in demo mode with the seed defaults when no provider key is set', () => {
    const config = loadConfig({});
    expect(config.demo).toBe(true);
    expect(config.server.host).toBe('0.0.0.0');
    expect(config.server.port).toBe(8000);
    expect(config.rateLimit).toEqual({ points: 10, windowMs: 60_000, text: '10/minute' });
    expect(config.guards.injection.mode).toBe('block');
    expect(config.providers.map((provider) => provider.id)).toEqual([
      'gemini',
      'groq',
      'openrouter',
    ]);
    expect(config.serviceApiKey).toBeUndefined();
  });

  it('skips providers without a key and follows PROVIDER_ORDER', () => {
    const config = loadConfig({
      GROQ_API_KEY: 'g',
      OPENROUTER_API_KEY: 'o',
      PROVIDER_ORDER: 'openrouter,groq,gemini',
    });
    expect(config.demo).toBe(false);
    expect(config.routes.default?.targets).toEqual([
      { provider: 'openrouter', model: 'openai/gpt-4o-mini', weight: 1 },
      { provider: 'groq', model: 'llama-3.3-70b-versatile', weight: 1 },
    ]);
  });

  it('uses the base URL overrides, which include the API version', () => {
    const config = loadConfig({
      GEMINI_API_KEY: 'k',
      GEMINI_BASE_URL: 'http://127.0.0.1:9/v1beta/',
      GEMINI_MODEL: 'gemini-x',
    });
    expect(config.providers[0]).toMatchObject({
      baseUrl: 'http://127.0.0.1:9/v1beta',
      models: [{ id: 'gemini-x' }],
    });
  });

  it('refuses to start in production without real provider keys and a client key, naming them', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('SERVICE_API_KEY');
    expect(problems[0]).toContain('GEMINI_API_KEY');
    expect(problemsOf({ NODE_ENV: 'production', GROQ_API_KEY: 'g' })[0]).toContain(
      'SERVICE_API_KEY',
    );
    expect(problemsOf({ NODE_ENV: 'production', SERVICE_API_KEY: 's' })[0]).toContain(
      'GROQ_API_KEY',
    );
    expect(
      problemsOf({ NODE_ENV: 'production', SERVICE_API_KEY: 's', GROQ_API_KEY: 'g' })[0],
    ).toContain('GATEWAY_SECRET');
    const secret = 'x'.repeat(32);
    expect(
      problemsOf({
        NODE_ENV: 'production',
        SERVICE_API_KEY: 's',
        GROQ_API_KEY: 'g',
        GATEWAY_SECRET: secret,
      }),
    ).toEqual([]);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ RATE_LIMIT: 'lots' }, 'RATE_LIMIT'],
    [{ ENABLE_PROMPT_INJECTION_CHECK: 'maybe' }, 'ENABLE_PROMPT_INJECTION_CHECK'],
    [{ GROQ_API_KEY: 'g', GROQ_BASE_URL: 'ftp://x' }, 'GROQ_BASE_URL'],
    [{ GROQ_API_KEY: 'g', GROQ_BASE_URL: 'https://user:pw@host/v1' }, 'GROQ_BASE_URL'],
    [{ PROVIDER_ORDER: 'gemini,mistral' }, 'PROVIDER_ORDER'],
    [{ UPSTREAM_TIMEOUT_MS: '-1' }, 'UPSTREAM_TIMEOUT_MS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('names the bad variable in %j', (env, name) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(name);
  });

  it('reports every bad variable at once', () => {
    expect(problemsOf({ PORT: 'x', RATE_LIMIT: 'y' })).toHaveLength(2);
  });
});

describe('RATE_LIMIT notation', () => {
  it.each([
    ['10/minute', 10, 60_000],
    ['100 per hour', 100, 3_600_000],
    ['5/second', 5, 1000],
    ['1000/day', 1000, 86_400_000],
    ['10/5minutes', 10, 300_000],
    ['20/min', 20, 60_000],
  ])('reads %s', (text, points, windowMs) => {
    expect(parseRateLimit(text)).toMatchObject({ points, windowMs });
  });

  it.each(['', 'ten/minute', '10/fortnight', '0/minute', '10'])('rejects %j', (text) => {
    expect(parseRateLimit(text)).toBeUndefined();
  });
});
