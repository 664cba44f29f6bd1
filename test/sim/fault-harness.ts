import { afterAll, afterEach, beforeAll } from 'vitest';
import { startSimulator, type SimDialect, type SimFault, type Simulator } from '../../sim/index.js';
import { postJson, rawRequest } from './sim-test-helpers.js';

/** The dialects the fault suites drive. */
export const dialects: readonly SimDialect[] = [
  'openai',
  'groq',
  'openrouter',
  'gemini',
  'anthropic',
  'vllm',
];

let sim: Simulator;

/** Starts a simulator for the calling test file, clears faults and journals after each test. */
export function useFaultSimulator(): { readonly simulator: () => Simulator } {
  beforeAll(async () => {
    sim = await startSimulator(dialects, { seed: 11 });
  });
  afterEach(() => {
    for (const provider of sim.providers.values()) {
      provider.clearFaults();
      provider.clearJournal();
    }
  });
  afterAll(async () => {
    await sim.close();
  });
  return { simulator: () => sim };
}

export interface Target {
  readonly url: string;
  readonly streamUrl: string;
  readonly headers: Record<string, string>;
  body(stream: boolean): Record<string, unknown>;
}

export function target(dialect: SimDialect): Target {
  const base = sim.provider(dialect).baseUrl;
  if (dialect === 'gemini') {
    const body = { contents: [{ role: 'user', parts: [{ text: 'Tell me something' }] }] };
    return {
      url: `${base}/models/gemini-2.5-flash:generateContent`,
      streamUrl: `${base}/models/gemini-2.5-flash:streamGenerateContent?alt=sse`,
      headers: { 'x-goog-api-key': 'k', 'content-type': 'application/json' },
      body: () => body,
    };
  }
  if (dialect === 'anthropic') {
    return {
      url: `${base}/v1/messages`,
      streamUrl: `${base}/v1/messages`,
      headers: {
        'x-api-key': 'k',
        'anthropic-version': '2023-06-01',
        'content-type': 'application/json',
      },
      body: (stream) => ({
        model: 'claude-sonnet-4-5',
        max_tokens: 300,
        stream,
        messages: [{ role: 'user', content: 'Tell me something' }],
      }),
    };
  }
  return {
    url: `${base}/chat/completions`,
    streamUrl: `${base}/chat/completions`,
    headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
    body: (stream) => ({
      model: 'test-model',
      stream,
      messages: [{ role: 'user', content: 'Tell me something' }],
    }),
  };
}

export function call(dialect: SimDialect, stream = false) {
  const t = target(dialect);
  return postJson(stream ? t.streamUrl : t.url, t.body(stream), t.headers);
}

export function raw(dialect: SimDialect, stream = false, timeoutMs?: number) {
  const t = target(dialect);
  const options = { headers: t.headers, body: JSON.stringify(t.body(stream)) };
  return rawRequest(
    stream ? t.streamUrl : t.url,
    timeoutMs === undefined ? options : { ...options, timeoutMs },
  );
}

export function fault(dialect: SimDialect, ...faults: SimFault[]): void {
  sim.provider(dialect).setFaults(faults);
}
