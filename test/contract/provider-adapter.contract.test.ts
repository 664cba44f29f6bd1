import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from 'undici';
import {
  GatewayError,
  type ChatRequest,
  type ProviderAdapter,
  type StreamPart,
  type UpstreamCall,
} from '../../src/core/index.js';
import {
  createProviderAdapter,
  defaultUpstreamLimits,
  type ProviderDialect,
} from '../../src/providers/index.js';
import { startSimulator, type SimDialect, type Simulator } from '../../sim/index.js';

/** Every adapter passes the same suite against the simulator of its wire format. */
const cases: readonly { dialect: ProviderDialect; sim: SimDialect; model: string }[] = [
  { dialect: 'gemini', sim: 'gemini', model: 'gemini-2.5-flash' },
  { dialect: 'groq', sim: 'groq', model: 'llama-3.3-70b-versatile' },
  { dialect: 'openrouter', sim: 'openrouter', model: 'openai/gpt-4o-mini' },
  { dialect: 'openai', sim: 'openai', model: 'gpt-4.1-mini' },
  { dialect: 'anthropic', sim: 'anthropic', model: 'claude-sonnet-4-5' },
  { dialect: 'openai-compatible', sim: 'ollama', model: 'llama3.2' },
  { dialect: 'openai-compatible', sim: 'vllm', model: 'qwen2.5' },
];

const credential = 'contract-test-key';
let simulator: Simulator;
const dispatcher = new Agent({ keepAliveTimeout: 1000 });

beforeAll(async () => {
  simulator = await startSimulator(
    cases.map((entry) => entry.sim),
    {
      apiKeys: Object.fromEntries(
        cases.filter((entry) => entry.sim !== 'ollama').map((entry) => [entry.sim, credential]),
      ),
    },
  );
});

afterAll(async () => {
  await simulator.close();
  await dispatcher.close();
});

const weatherTool = {
  name: 'get_weather',
  description: 'Current weather for a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

function chat(overrides: Partial<ChatRequest> = {}): ChatRequest {
  return {
    model: 'default',
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: [{ type: 'text', text: 'Say hello to the contract suite.' }] },
    ],
    maxTokens: 200,
    temperature: 0.5,
    stream: false,
    ...overrides,
  };
}

async function collect(parts: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const collected: StreamPart[] = [];
  for await (const part of parts) collected.push(part);
  return collected;
}

function textOfParts(parts: readonly StreamPart[]): string {
  return parts.map((part) => (part.type === 'text-delta' ? part.text : '')).join('');
}

describe.each(cases)(
  'the $dialect adapter against the $sim simulator',
  ({ dialect, sim, model }) => {
    let adapter: ProviderAdapter;
    const call = (): UpstreamCall => ({
      model,
      credential: sim === 'ollama' ? undefined : credential,
      signal: AbortSignal.timeout(5000),
      requestId: 'contract',
    });

    beforeAll(() => {
      adapter = createProviderAdapter(dialect, {
        baseUrl: simulator.provider(sim).baseUrl,
        dispatcher,
        limits: { ...defaultUpstreamLimits, headersTimeoutMs: 2000, idleTimeoutMs: 500 },
      });
    });

    beforeEach(() => {
      simulator.provider(sim).clearFaults();
      simulator.provider(sim).clearJournal();
    });

    it('generates a text answer with consistent usage', async () => {
      const result = await adapter.generate(chat(), call());
      expect(result.text).toContain('Simulated');
      expect(result.finishReason).toBe('stop');
      expect(result.toolCalls).toEqual([]);
      expect(result.usage.promptTokens).toBeGreaterThan(0);
      expect(result.usage.completionTokens).toBe(Math.ceil(result.text.length / 4));
      expect(result.usage.totalTokens).toBe(
        result.usage.promptTokens + result.usage.completionTokens,
      );
      expect(result.usage.estimated).toBeUndefined();
    });

    it('streams text deltas and ends with one finish part carrying the same accounting', async () => {
      const parts = await collect(await adapter.stream(chat({ stream: true }), call()));
      const text = textOfParts(parts);
      expect(text).toContain('Simulated');
      const finishes = parts.filter((part) => part.type === 'finish');
      expect(finishes).toHaveLength(1);
      expect(parts.at(-1)?.type).toBe('finish');
      const finish = finishes[0];
      if (finish?.type !== 'finish') throw new Error('no finish');
      expect(finish.finishReason).toBe('stop');
      expect(finish.usage.completionTokens).toBe(Math.ceil(text.length / 4));
      expect(parts.filter((part) => part.type === 'text-delta').length).toBeGreaterThan(1);
    });

    it('reports a cut at max tokens as finish reason length', async () => {
      const result = await adapter.generate(chat({ maxTokens: 3 }), call());
      expect(result.finishReason).toBe('length');
      expect(result.usage.completionTokens).toBeLessThanOrEqual(3);
    });

    it('returns a tool call with JSON arguments, streamed and not', async () => {
      const request = chat({ tools: [weatherTool], toolChoice: 'auto' });
      const result = await adapter.generate(request, call());
      expect(result.finishReason).toBe('tool_calls');
      expect(result.toolCalls).toHaveLength(1);
      expect(result.toolCalls[0]?.name).toBe('get_weather');
      expect(JSON.parse(result.toolCalls[0]?.arguments ?? '')).toEqual({ city: 'sim' });

      const parts = await collect(await adapter.stream({ ...request, stream: true }, call()));
      const start = parts.find((part) => part.type === 'tool-call-start');
      expect(start).toMatchObject({ type: 'tool-call-start', index: 0, name: 'get_weather' });
      const args = parts
        .map((part) => (part.type === 'tool-call-delta' ? part.argumentsDelta : ''))
        .join('');
      expect(JSON.parse(args)).toEqual({ city: 'sim' });
      expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'tool_calls' });
    });

    it('sends a tool result back and gets an answer that used it', async () => {
      const first = await adapter.generate(chat({ tools: [weatherTool] }), call());
      const toolCall = first.toolCalls[0];
      if (toolCall === undefined) throw new Error('expected a tool call');
      const followUp = chat({
        tools: [weatherTool],
        messages: [
          { role: 'user', content: [{ type: 'text', text: 'Weather in Oslo?' }] },
          { role: 'assistant', content: [], toolCalls: [toolCall] },
          { role: 'tool', toolCallId: toolCall.id, content: '{"temperature":"4C"}' },
        ],
      });
      const result = await adapter.generate(followUp, call());
      expect(result.text).toContain('Tool result received');
      expect(result.finishReason).toBe('stop');
    });

    it('produces valid JSON in JSON mode', async () => {
      const result = await adapter.generate(
        chat({ responseFormat: { type: 'json_object' } }),
        call(),
      );
      expect(() => JSON.parse(result.text) as unknown).not.toThrow();
    });

    it.each([
      [{ kind: 'error', status: 503 }, 'provider_overloaded'],
      [{ kind: 'rate_limit', retryAfterSeconds: 3 }, 'provider_rate_limited'],
      [{ kind: 'auth' }, 'provider_auth_failed'],
      [{ kind: 'bad_request' }, 'provider_bad_request'],
      [{ kind: 'model_not_found' }, 'provider_model_not_found'],
      [{ kind: 'reset' }, 'provider_connection_error'],
      [{ kind: 'malformed' }, 'provider_invalid_response'],
    ] as const)('classifies the fault %j', async (fault, code) => {
      simulator.provider(sim).setFaults([{ ...fault, count: 1 }]);
      const failure = await adapter.generate(chat(), call()).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(GatewayError);
      expect((failure as GatewayError).code).toBe(code);
      if (fault.kind === 'rate_limit' && sim !== 'ollama' && sim !== 'vllm') {
        expect((failure as GatewayError).retryAfterMs).toBe(3000);
      }
    });

    it.each(['truncate', 'disconnect', 'in_band_error', 'malformed'] as const)(
      'ends a stream broken by %s with one error part and no finish',
      async (kind) => {
        simulator.provider(sim).setFaults([{ kind, afterChunks: 2, count: 1 }]);
        const parts = await collect(await adapter.stream(chat({ stream: true }), call()));
        expect(parts.filter((part) => part.type === 'error')).toHaveLength(1);
        expect(parts.at(-1)?.type).toBe('error');
        expect(parts.some((part) => part.type === 'finish')).toBe(false);
      },
    );

    it('times out a stream that stalls, through the idle timeout', async () => {
      simulator.provider(sim).setFaults([{ kind: 'stall', afterChunks: 2, count: 1 }]);
      const parts = await collect(await adapter.stream(chat({ stream: true }), call()));
      expect(parts.at(-1)).toMatchObject({ type: 'error', error: { code: 'provider_timeout' } });
    });
  },
);

describe('translation details the providers insist on', () => {
  it("treats OpenRouter's error inside a 200 as a failure, not an empty answer", async () => {
    const adapter = createProviderAdapter('openrouter', {
      baseUrl: simulator.provider('openrouter').baseUrl,
      dispatcher,
      limits: defaultUpstreamLimits,
    });
    simulator.provider('openrouter').setFaults([{ kind: 'in_band_error', count: 1 }]);
    const failure = await adapter
      .generate(chat(), {
        model: 'm',
        credential,
        signal: AbortSignal.timeout(5000),
        requestId: 'x',
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(GatewayError);
    expect((failure as GatewayError).failover).toBe(true);
  });

  it('sends Anthropic a top-level system, max_tokens and tool results before text', async () => {
    const adapter = createProviderAdapter('anthropic', {
      baseUrl: simulator.provider('anthropic').baseUrl,
      dispatcher,
      limits: defaultUpstreamLimits,
    });
    simulator.provider('anthropic').clearJournal();
    await adapter.generate(
      chat({
        maxTokens: undefined as unknown as number,
        temperature: 1.8,
        messages: [
          { role: 'system', content: 'Rule one.' },
          { role: 'user', content: [{ type: 'text', text: 'Weather?' }] },
          {
            role: 'assistant',
            content: [],
            toolCalls: [{ id: 'toolu_1', name: 'get_weather', arguments: '{"city":"Oslo"}' }],
          },
          { role: 'tool', toolCallId: 'toolu_1', content: 'sunny' },
          { role: 'user', content: [{ type: 'text', text: 'Thanks' }] },
        ],
      }),
      { model: 'claude-sonnet-4-5', credential, signal: AbortSignal.timeout(5000), requestId: 'x' },
    );
    const body = simulator.provider('anthropic').journal[0]?.body as Record<string, unknown>;
    expect(body.system).toBe('Rule one.');
    expect(body.max_tokens).toBe(4096);
    expect(body.temperature).toBe(1);
    const messages = body.messages as { role: string; content: { type: string }[] }[];
    expect(messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
    expect(messages[2]?.content.map((block) => block.type)).toEqual(['tool_result', 'text']);
  });

  it('sends Gemini a systemInstruction, model turns and named function responses', async () => {
    const adapter = createProviderAdapter('gemini', {
      baseUrl: simulator.provider('gemini').baseUrl,
      dispatcher,
      limits: defaultUpstreamLimits,
    });
    simulator.provider('gemini').clearJournal();
    await adapter.generate(
      chat({
        messages: [
          { role: 'system', content: 'Rule one.' },
          { role: 'user', content: [{ type: 'text', text: 'Weather?' }] },
          {
            role: 'assistant',
            content: [],
            toolCalls: [
              {
                id: 'call_1',
                name: 'get_weather',
                arguments: '{"city":"Oslo"}',
                providerMetadata: { 'gemini.thoughtSignature': 'sig' },
              },
            ],
          },
          { role: 'tool', toolCallId: 'call_1', content: '{"sky":"clear"}' },
        ],
      }),
      { model: 'gemini-2.5-flash', credential, signal: AbortSignal.timeout(5000), requestId: 'x' },
    );
    const body = simulator.provider('gemini').journal[0]?.body as Record<string, unknown>;
    expect(body.systemInstruction).toEqual({ parts: [{ text: 'Rule one.' }] });
    expect(body.contents).toEqual([
      { role: 'user', parts: [{ text: 'Weather?' }] },
      {
        role: 'model',
        parts: [
          {
            functionCall: { name: 'get_weather', args: { city: 'Oslo' } },
            thoughtSignature: 'sig',
          },
        ],
      },
      {
        role: 'user',
        parts: [{ functionResponse: { name: 'get_weather', response: { sky: 'clear' } } }],
      },
    ]);
    expect(body.generationConfig).toMatchObject({ maxOutputTokens: 200, temperature: 0.5 });
  });

  it('sends Ollama max_tokens and OpenAI max_completion_tokens', async () => {
    for (const [dialect, sim, field] of [
      ['openai-compatible', 'ollama', 'max_tokens'],
      ['openai', 'openai', 'max_completion_tokens'],
    ] as const) {
      const adapter = createProviderAdapter(dialect, {
        baseUrl: simulator.provider(sim).baseUrl,
        dispatcher,
        limits: defaultUpstreamLimits,
      });
      simulator.provider(sim).clearJournal();
      await adapter.generate(chat(), {
        model: 'm',
        credential,
        signal: AbortSignal.timeout(5000),
        requestId: 'x',
      });
      const body = simulator.provider(sim).journal[0]?.body as Record<string, unknown>;
      expect(body[field]).toBe(200);
    }
  });
});
