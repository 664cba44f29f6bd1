import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimDialect, type Simulator } from '../../sim/index.js';
import { parseSse, postJson, sseJson } from './sim-test-helpers.js';

const keys = {
  openai: 'sk-test',
  groq: 'gsk-test',
  openrouter: 'sk-or-test',
  vllm: 'vllm-key',
} as const;
const compatible: readonly SimDialect[] = ['openai', 'groq', 'openrouter', 'ollama', 'vllm'];

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator(compatible, { seed: 42, apiKeys: keys });
});

afterAll(async () => {
  await sim.close();
});

function authFor(dialect: SimDialect): Record<string, string> {
  const key = (keys as Partial<Record<SimDialect, string>>)[dialect];
  return key === undefined ? {} : { authorization: `Bearer ${key}` };
}

function chat(
  dialect: SimDialect,
  body: Record<string, unknown> | string,
  headers?: Record<string, string>,
) {
  return postJson(
    `${sim.provider(dialect).baseUrl}/chat/completions`,
    body,
    headers ?? authFor(dialect),
  );
}

const hello = {
  model: 'test-model',
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Hello, simulator!' },
  ],
};
const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    parameters: {
      type: 'object',
      properties: {
        city: { type: 'string' },
        days: { type: 'integer' },
        metric: { type: 'boolean' },
      },
      required: ['city', 'days', 'metric'],
    },
  },
};

type Chunk = {
  choices: {
    delta: { role?: string; content?: string | null; tool_calls?: unknown };
    finish_reason: string | null;
  }[];
  usage?: unknown;
  [key: string]: unknown;
};

describe.each(compatible)('%s (OpenAI dialect)', (dialect) => {
  it('answers a non-streamed chat with the OpenAI completion shape', async () => {
    const response = await chat(dialect, hello);
    expect(response.status).toBe(200);
    const body = response.json() as {
      id: string;
      object: string;
      choices: { message: { role: string; content: string }; finish_reason: string }[];
      usage: Record<string, number>;
    };
    expect(body.object).toBe('chat.completion');
    expect(body.choices[0]?.message.role).toBe('assistant');
    const content = body.choices[0]?.message.content ?? '';
    expect(content).toContain('Simulated');
    expect(content).toContain(dialect);
    expect(content).toContain('Hello, simulator');
    expect(body.choices[0]?.finish_reason).toBe('stop');
    expect(body.usage.prompt_tokens).toBe(
      Math.ceil(('Be brief.'.length + 'Hello, simulator!'.length) / 4),
    );
    expect(body.usage.completion_tokens).toBe(Math.ceil(content.length / 4));
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens! + body.usage.completion_tokens!);
  });

  it('streams data chunks ending in [DONE] with the same text and usage', async () => {
    const plain = (await chat(dialect, hello)).json() as {
      choices: { message: { content: string } }[];
      usage: { prompt_tokens: number; completion_tokens: number };
    };
    const response = await chat(dialect, {
      ...hello,
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const events = parseSse(response.text).events;
    expect(events.at(-1)?.data).toBe('[DONE]');
    const chunks = sseJson(response.text) as Chunk[];
    const ids = new Set(chunks.map((chunk) => chunk.id));
    expect(ids.size).toBe(1);
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe(plain.choices[0]?.message.content);
    expect(
      chunks.filter((chunk) => (chunk.choices[0]?.delta.content ?? '') !== '').length,
    ).toBeGreaterThan(5);
    const finish = chunks.find(
      (chunk) => chunk.choices[0]?.finish_reason !== null && chunk.choices.length > 0,
    );
    expect(finish?.choices[0]?.finish_reason).toBe('stop');
    const usageChunk = chunks.find((chunk) => chunk.usage !== null && chunk.usage !== undefined) as
      { usage: { prompt_tokens: number; completion_tokens: number } } | undefined;
    expect(usageChunk?.usage.prompt_tokens).toBe(plain.usage.prompt_tokens);
    expect(usageChunk?.usage.completion_tokens).toBe(plain.usage.completion_tokens);
  });

  it('replies to declared tools with one tool call whose arguments fill the required properties', async () => {
    const response = await chat(dialect, { ...hello, tools: [weatherTool] });
    const body = response.json() as {
      choices: {
        message: {
          content: unknown;
          tool_calls: { id: string; type: string; function: { name: string; arguments: string } }[];
        };
        finish_reason: string;
      }[];
    };
    const call = body.choices[0]?.message.tool_calls[0];
    expect(body.choices[0]?.finish_reason).toBe('tool_calls');
    expect(call?.id).toMatch(/^call_/);
    expect(call?.function.name).toBe('get_weather');
    expect(JSON.parse(call?.function.arguments ?? '')).toEqual({
      city: 'sim',
      days: 1,
      metric: true,
    });

    const streamed = sseJson(
      (await chat(dialect, { ...hello, tools: [weatherTool], stream: true })).text,
    ) as Chunk[];
    const deltas = streamed.flatMap(
      (chunk) =>
        (chunk.choices[0]?.delta.tool_calls as
          | { index: number; id?: string; function: { name?: string; arguments: string } }[]
          | undefined) ?? [],
    );
    expect(deltas[0]?.id).toMatch(/^call_/);
    expect(deltas[0]?.function.name).toBe('get_weather');
    expect(deltas.every((delta) => delta.index === 0)).toBe(true);
    expect(JSON.parse(deltas.map((delta) => delta.function.arguments).join(''))).toEqual({
      city: 'sim',
      days: 1,
      metric: true,
    });
    if (dialect === 'groq' || dialect === 'ollama') expect(deltas).toHaveLength(1);
    else expect(deltas.length).toBeGreaterThan(1);
    expect(streamed.some((chunk) => chunk.choices[0]?.finish_reason === 'tool_calls')).toBe(true);
  });

  it('answers a tool result with text quoting it', async () => {
    const response = await chat(dialect, {
      model: 'm',
      tools: [weatherTool],
      messages: [
        { role: 'user', content: 'Weather?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1', content: 'sunny and 21 degrees' },
      ],
    });
    const body = response.json() as { choices: { message: { content: string } }[] };
    expect(body.choices[0]?.message.content).toContain(
      'Tool result received: sunny and 21 degrees',
    );
  });

  it('cuts the reply at max tokens with finish_reason length', async () => {
    const field =
      dialect === 'ollama' || dialect === 'openrouter' ? 'max_tokens' : 'max_completion_tokens';
    const body = (await chat(dialect, { ...hello, [field]: 5 })).json() as {
      choices: { message: { content: string }; finish_reason: string }[];
      usage: { completion_tokens: number };
    };
    expect(body.choices[0]?.finish_reason).toBe('length');
    expect(body.choices[0]?.message.content).toHaveLength(20);
    expect(body.usage.completion_tokens).toBe(5);
  });

  it('answers unknown models, paths, methods and bad JSON in its own envelope', async () => {
    const missing = await chat(dialect, { ...hello, model: 'unknown-model' });
    expect(missing.status).toBe(404);
    const badJson = await chat(dialect, '{"model":');
    expect(badJson.status).toBe(400);
    const base = sim.provider(dialect).baseUrl;
    const unknown = await fetch(`${base}/nope`, { headers: authFor(dialect) });
    expect(unknown.status).toBe(404);
    const wrongMethod = await fetch(`${base}/chat/completions`, { headers: authFor(dialect) });
    expect(wrongMethod.status).toBe(405);
    const models = await fetch(`${base}/models`, { headers: authFor(dialect) });
    expect(models.status).toBe(200);
    const list = (await models.json()) as { data: { id: string }[]; object?: string };
    expect(list.data.length).toBeGreaterThan(0);
    if (dialect === 'openrouter') expect(list.object).toBeUndefined();
    else expect(list.object).toBe('list');
  });

  it('replies in JSON mode with a JSON object string', async () => {
    const body = (
      await chat(dialect, {
        ...hello,
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: 'x',
            schema: {
              type: 'object',
              properties: { title: { type: 'string' } },
              required: ['title'],
            },
          },
        },
      })
    ).json() as { choices: { message: { content: string } }[] };
    const parsed = JSON.parse(body.choices[0]?.message.content ?? '') as { title: string };
    expect(parsed.title).toContain('Simulated');
  });
});

describe('OpenAI-dialect specifics', () => {
  it('openai: x-request-id and x-ratelimit headers, usage chunk only with include_usage', async () => {
    const response = await chat('openai', { ...hello, stream: true });
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(response.headers.get('x-ratelimit-remaining-requests')).not.toBeNull();
    const chunks = sseJson(response.text) as Chunk[];
    expect(chunks.every((chunk) => chunk.choices.length === 1 && !('usage' in chunk))).toBe(true);
    const withUsage = sseJson(
      (await chat('openai', { ...hello, stream: true, stream_options: { include_usage: true } }))
        .text,
    ) as Chunk[];
    expect(withUsage.slice(0, -1).every((chunk) => chunk.usage === null)).toBe(true);
    expect(withUsage.at(-1)?.choices).toEqual([]);
  });

  it('openai: rejects missing and wrong keys with 401', async () => {
    const missing = await chat('openai', hello, {});
    expect(missing.status).toBe(401);
    const wrong = await chat('openai', hello, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect((wrong.json() as { error: { code: string } }).error.code).toBe('invalid_api_key');
  });

  it('openai: stops at a stop sequence with finish_reason stop', async () => {
    const body = (await chat('openai', { ...hello, stop: ['reply'] })).json() as {
      choices: { message: { content: string }; finish_reason: string }[];
    };
    expect(body.choices[0]?.message.content).toBe('Simulated openai ');
    expect(body.choices[0]?.finish_reason).toBe('stop');
  });

  it('groq: rejects logprobs, logit_bias, top_logprobs, messages[].name and n != 1', async () => {
    for (const extra of [
      { logprobs: true },
      { logit_bias: { 1: 2 } },
      { top_logprobs: 2 },
      { n: 2 },
    ]) {
      const response = await chat('groq', { ...hello, ...extra });
      expect(response.status).toBe(400);
      expect((response.json() as { error: { type: string } }).error.type).toBe(
        'invalid_request_error',
      );
    }
    const named = await chat('groq', {
      model: 'm',
      messages: [{ role: 'user', content: 'hi', name: 'bob' }],
    });
    expect(named.status).toBe(400);
  });

  it('groq: x_groq.id on the first chunk, usage in x_groq.usage and usage on the finishing chunk', async () => {
    const chunks = sseJson((await chat('groq', { ...hello, stream: true })).text) as (Chunk & {
      x_groq?: { id: string; usage?: { completion_tokens: number } };
    })[];
    expect(chunks[0]?.x_groq?.id).toMatch(/^req_/);
    const finishing = chunks.find((chunk) => chunk.choices[0]?.finish_reason === 'stop');
    expect(finishing?.x_groq?.usage?.completion_tokens).toBeGreaterThan(0);
    expect(finishing?.usage).toEqual(finishing?.x_groq?.usage);
  });

  it('openrouter: processing comment, gen- ids, X-Generation-Id, provider and usage.cost', async () => {
    const response = await chat(
      'openrouter',
      {
        ...hello,
        model: 'openai/gpt-4o-mini',
        stream: true,
        stream_options: { include_usage: true },
      },
      { ...authFor('openrouter'), 'http-referer': 'https://app.example', 'x-title': 'Example' },
    );
    const { comments } = parseSse(response.text);
    expect(comments[0]).toBe('OPENROUTER PROCESSING');
    expect(response.text.startsWith(': OPENROUTER PROCESSING')).toBe(true);
    const chunks = sseJson(response.text) as (Chunk & {
      id: string;
      provider: string;
      usage?: { cost: number } | null;
    })[];
    expect(chunks[0]?.id).toMatch(/^gen-/);
    expect(response.headers.get('x-generation-id')).toBe(chunks[0]?.id);
    expect(chunks[0]?.provider).toBe('OpenAI');
    expect(chunks.at(-1)?.usage?.cost).toBeGreaterThan(0);
    const entry = sim.provider('openrouter').journal.at(-1);
    expect(entry?.headers['http-referer']).toBe('https://app.example');
    expect(entry?.headers['x-title']).toBe('Example');
    const models = (await (await fetch(`${sim.provider('openrouter').baseUrl}/models`)).json()) as {
      data: { pricing: { prompt: string } }[];
    };
    expect(typeof models.data[0]?.pricing.prompt).toBe('string');
  });

  it('ollama: needs no key, fp_ollama, ignores max_completion_tokens, pull hint on unknown models', async () => {
    const body = (await chat('ollama', { ...hello, max_completion_tokens: 3 }, {})).json() as {
      system_fingerprint: string;
      choices: { finish_reason: string }[];
    };
    expect(body.system_fingerprint).toBe('fp_ollama');
    expect(body.choices[0]?.finish_reason).toBe('stop');
    const missing = await chat('ollama', { ...hello, model: 'unknown9' }, {});
    expect((missing.json() as { error: { message: string } }).error.message).toBe(
      'model "unknown9" not found, try pulling it first',
    );
  });

  it('vllm: Bearer checked when configured, integer error codes, stop_reason, stream_options needs stream', async () => {
    expect((await chat('vllm', hello, {})).status).toBe(401);
    const missing = (await chat('vllm', { ...hello, model: 'unknown-x' })).json() as {
      error: { code: number };
    };
    expect(missing.error.code).toBe(404);
    const body = (await chat('vllm', { ...hello, stop: ['reply'] })).json() as {
      choices: { stop_reason: string | null }[];
    };
    expect(body.choices[0]?.stop_reason).toBe('reply');
    const bad = await chat('vllm', { ...hello, stream_options: { include_usage: true } });
    expect(bad.status).toBe(400);
    expect((bad.json() as { error: { code: number } }).error.code).toBe(400);
    expect((await fetch(`http://127.0.0.1:${sim.provider('vllm').port}/health`)).status).toBe(200);
  });
});
