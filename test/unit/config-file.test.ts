import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';

const directory = mkdtempSync(join(tmpdir(), 'gateway-config-'));
let counter = 0;

function file(text: string): string {
  counter += 1;
  const path = join(directory, `gateway-${counter}.yaml`);
  writeFileSync(path, text);
  return path;
}

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

const example = `
providers:
  - id: groq
    dialect: groq
    api_key: \${GROQ_KEY}
    models:
      - id: llama-3.3-70b-versatile
        input_per_million_usd: 0.59
        output_per_million_usd: 0.79
      - llama-3.1-8b-instant
  - id: local
    dialect: openai-compatible
    base_url: http://127.0.0.1:11434/v1
    models: [llama3.2]
  - id: claude
    dialect: anthropic
    api_key: \${ANTHROPIC_KEY:-sk-ant-fallback}
    headers: { anthropic-beta: tools-2024 }
    models: [claude-sonnet-4-5]
routes:
  smart: [claude/claude-sonnet-4-5, groq/llama-3.3-70b-versatile]
  fast: [groq/llama-3.1-8b-instant, local/llama3.2]
`;

describe('the configuration file (GATEWAY_CONFIG)', () => {
  it('defines providers, models, prices and routes, with environment references', () => {
    const config = loadConfig({ GATEWAY_CONFIG: file(example), GROQ_KEY: 'gsk_test' });
    expect(config.demo).toBe(false);
    expect(
      config.providers.map((provider) => [
        provider.id,
        provider.dialect,
        provider.baseUrl,
        provider.apiKeys,
      ]),
    ).toEqual([
      ['groq', 'groq', 'https://api.groq.com/openai/v1', ['gsk_test']],
      ['local', 'openai-compatible', 'http://127.0.0.1:11434/v1', []],
      ['claude', 'anthropic', 'https://api.anthropic.com', ['sk-ant-fallback']],
    ]);
    expect(config.providers[0]?.models).toEqual([
      {
        id: 'llama-3.3-70b-versatile',
        pricing: { inputPerMillionUsd: 0.59, outputPerMillionUsd: 0.79 },
      },
      {
        id: 'llama-3.1-8b-instant',
        pricing: { inputPerMillionUsd: 0.05, outputPerMillionUsd: 0.08 },
      },
    ]);
    expect(config.providers[2]?.headers).toEqual({ 'anthropic-beta': 'tools-2024' });
    expect(config.routes.smart?.targets).toEqual([
      { provider: 'claude', model: 'claude-sonnet-4-5', weight: 1 },
      { provider: 'groq', model: 'llama-3.3-70b-versatile', weight: 1 },
    ]);
    expect(config.routes.smart?.strategy).toBe('priority');
    // Without a `default` route: the first model of each provider, in file order.
    expect(config.routes.default?.targets.map((target) => target.provider)).toEqual([
      'groq',
      'local',
      'claude',
    ]);
  });

  it.each([
    [
      'an unset variable',
      example,
      'providers[0].api_key: environment variable GROQ_KEY is not set',
    ],
    [
      'an unknown dialect',
      'providers:\n  - {id: x, dialect: mistral, api_key: k, models: [m]}',
      'providers[0].dialect',
    ],
    [
      'an unknown field',
      'providers:\n  - {id: x, dialect: groq, api_key: k, models: [m], url: y}',
      'providers[0].url',
    ],
    [
      'a bad base URL',
      'providers:\n  - {id: x, dialect: groq, api_key: k, base_url: "ftp://h", models: [m]}',
      'providers[0].base_url',
    ],
    [
      'a missing key',
      'providers:\n  - {id: x, dialect: groq, models: [m]}',
      'providers[0].api_key',
    ],
    [
      'no models',
      'providers:\n  - {id: x, dialect: groq, api_key: k, models: []}',
      'providers[0].models',
    ],
    [
      'a negative price',
      'providers:\n  - {id: x, dialect: groq, api_key: k, models: [{id: m, input_per_million_usd: -1}]}',
      'providers[0].models[0].input_per_million_usd',
    ],
    [
      'a route to nothing',
      'providers:\n  - {id: x, dialect: groq, api_key: k, models: [m]}\nroutes:\n  fast: [x/other]',
      'routes.fast[0]',
    ],
    [
      'a duplicate provider',
      'providers:\n  - {id: x, dialect: groq, api_key: k, models: [m]}\n  - {id: x, dialect: groq, api_key: k, models: [m]}',
      'providers[1].id',
    ],
    ['invalid YAML', 'providers: [unclosed', 'not valid YAML'],
  ])('names the path of %s', (_name, text, expected) => {
    const problems = problemsOf({ GATEWAY_CONFIG: file(text) });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(expected);
    expect(problems[0]).toContain('GATEWAY_CONFIG');
  });

  it('names a missing file', () => {
    expect(problemsOf({ GATEWAY_CONFIG: join(directory, 'missing.yaml') })[0]).toContain('ENOENT');
  });
});
