import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/index.js';
import { parseSse, postJson } from './sim-test-helpers.js';

let sim: Simulator;
const headers = { 'x-api-key': 'ant-key', 'anthropic-version': '2023-06-01' };

beforeAll(async () => {
  sim = await startSimulator(['anthropic'], { seed: 5, apiKeys: { anthropic: 'ant-key' } });
});

afterAll(async () => {
  await sim.close();
});

function messages(body: unknown, extra: Record<string, string> = headers) {
  return postJson(`${sim.provider('anthropic').baseUrl}/v1/messages`, body, extra);
}

const hello = {
  model: 'claude-sonnet-4-5',
  max_tokens: 256,
  system: 'Be brief.',
  messages: [{ role: 'user', content: 'Hello, Claude!' }],
};
const tool = {
  name: 'lookup',
  input_schema: { type: 'object', properties: { label: { type: 'string' } }, required: ['label'] },
};

type Message = {
  id: string;
  type: string;
  content: { type: string; text?: string; id?: string; name?: string; input?: unknown }[];
  stop_reason: string;
  stop_sequence: string | null;
  usage: { input_tokens: number; output_tokens: number };
};

describe('anthropic', () => {
  it('has a base URL without /v1 and answers with a message', async () => {
    expect(sim.provider('anthropic').baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await messages(hello);
    expect(response.status).toBe(200);
    expect(response.headers.get('request-id')).toMatch(/^req_/);
    expect(response.headers.get('anthropic-ratelimit-requests-reset')).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
    );
    const body = response.json() as Message;
    expect(body.type).toBe('message');
    expect(body.id).toMatch(/^msg_/);
    expect(body.content[0]?.text).toContain('Simulated anthropic');
    expect(body.stop_reason).toBe('end_turn');
    expect(body.usage.input_tokens).toBe(
      Math.ceil(('Be brief.'.length + 'Hello, Claude!'.length) / 4),
    );
  });

  it('streams the full event sequence with cumulative output tokens', async () => {
    const plain = (await messages(hello)).json() as Message;
    const response = await messages({ ...hello, stream: true });
    const events = parseSse(response.text).events;
    const names = events.map((event) => event.event);
    expect(names[0]).toBe('message_start');
    expect(names[1]).toBe('content_block_start');
    expect(names[2]).toBe('ping');
    expect(names.at(-3)).toBe('content_block_stop');
    expect(names.at(-2)).toBe('message_delta');
    expect(names.at(-1)).toBe('message_stop');
    for (const event of events)
      expect((JSON.parse(event.data) as { type: string }).type).toBe(event.event);
    const deltas = events
      .filter((event) => event.event === 'content_block_delta')
      .map((event) => JSON.parse(event.data) as { delta: { text: string } });
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.map((delta) => delta.delta.text).join('')).toBe(plain.content[0]?.text);
    const start = JSON.parse(events[0]?.data ?? '{}') as {
      message: { usage: { input_tokens: number } };
    };
    expect(start.message.usage.input_tokens).toBe(plain.usage.input_tokens);
    const messageDelta = JSON.parse(events.at(-2)?.data ?? '{}') as {
      delta: { stop_reason: string };
      usage: { output_tokens: number };
    };
    expect(messageDelta.delta.stop_reason).toBe('end_turn');
    expect(messageDelta.usage.output_tokens).toBe(plain.usage.output_tokens);
  });

  it('replies to tools with a tool_use block, streamed as input_json_delta fragments', async () => {
    const body = (await messages({ ...hello, tools: [tool] })).json() as Message;
    expect(body.stop_reason).toBe('tool_use');
    expect(body.content[0]).toMatchObject({
      type: 'tool_use',
      name: 'lookup',
      input: { label: 'sim' },
    });
    expect(body.content[0]?.id).toMatch(/^toolu_/);
    const events = parseSse(
      (await messages({ ...hello, tools: [tool], stream: true })).text,
    ).events;
    const fragments = events
      .filter((event) => event.event === 'content_block_delta')
      .map(
        (event) =>
          (JSON.parse(event.data) as { delta: { type: string; partial_json: string } }).delta,
      );
    expect(fragments[0]).toEqual({ type: 'input_json_delta', partial_json: '' });
    expect(JSON.parse(fragments.map((fragment) => fragment.partial_json).join(''))).toEqual({
      label: 'sim',
    });
    const none = (
      await messages({ ...hello, tools: [tool], tool_choice: { type: 'none' } })
    ).json() as Message;
    expect(none.content[0]?.type).toBe('text');
  });

  it('answers a tool_result, and rejects an unanswered tool_use', async () => {
    const turn = [
      { role: 'user', content: 'Look it up' },
      {
        role: 'assistant',
        content: [{ type: 'tool_use', id: 'toolu_1', name: 'lookup', input: { label: 'x' } }],
      },
    ];
    const answered = (
      await messages({
        ...hello,
        tools: [tool],
        messages: [
          ...turn,
          {
            role: 'user',
            content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'found 3 results' }],
          },
        ],
      })
    ).json() as Message;
    expect(answered.content[0]?.text).toContain('Tool result received: found 3 results');
    const unanswered = await messages({
      ...hello,
      messages: [...turn, { role: 'user', content: 'and?' }],
    });
    expect(unanswered.status).toBe(400);
    const textFirst = await messages({
      ...hello,
      messages: [
        ...turn,
        {
          role: 'user',
          content: [
            { type: 'text', text: 'x' },
            { type: 'tool_result', tool_use_id: 'toolu_1', content: 'r' },
          ],
        },
      ],
    });
    expect(textFirst.status).toBe(400);
  });

  it('requires anthropic-version and max_tokens, and caps temperature at 1', async () => {
    const noVersion = await messages(hello, { 'x-api-key': 'ant-key' });
    expect(noVersion.status).toBe(400);
    expect(noVersion.json()).toMatchObject({
      type: 'error',
      error: { type: 'invalid_request_error' },
    });
    expect((noVersion.json() as { request_id: string }).request_id).toBe(
      noVersion.headers.get('request-id'),
    );
    const noMax = await messages({ model: 'claude-sonnet-4-5', messages: hello.messages });
    expect(noMax.status).toBe(400);
    expect((noMax.json() as { error: { message: string } }).error.message).toContain('max_tokens');
    expect((await messages({ ...hello, temperature: 1.5 })).status).toBe(400);
  });

  it('accepts Authorization: Bearer with the 2026 version header, rejects bad keys with 401', async () => {
    const bearer = await messages(hello, {
      authorization: 'Bearer ant-key',
      'anthropic-version': '2026-10-21',
    });
    expect(bearer.status).toBe(200);
    const wrong = await messages(hello, { 'x-api-key': 'nope', 'anthropic-version': '2023-06-01' });
    expect(wrong.status).toBe(401);
    expect(wrong.json()).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });
    const missing = await messages(hello, { 'anthropic-version': '2023-06-01' });
    expect(missing.status).toBe(401);
  });

  it('stops at stop sequences and max_tokens', async () => {
    const stopped = (await messages({ ...hello, stop_sequences: ['reply'] })).json() as Message;
    expect(stopped.stop_reason).toBe('stop_sequence');
    expect(stopped.stop_sequence).toBe('reply');
    const capped = (await messages({ ...hello, max_tokens: 4 })).json() as Message;
    expect(capped.stop_reason).toBe('max_tokens');
    expect(capped.usage.output_tokens).toBe(4);
  });

  it('returns JSON for output_config json_schema and 404 not_found_error for unknown models', async () => {
    const json = (
      await messages({
        ...hello,
        output_config: {
          format: {
            type: 'json_schema',
            schema: {
              type: 'object',
              properties: { summary: { type: 'string' } },
              required: ['summary'],
            },
          },
        },
      })
    ).json() as Message;
    expect((JSON.parse(json.content[0]?.text ?? '') as { summary: string }).summary).toContain(
      'Simulated',
    );
    const missing = await messages({ ...hello, model: 'unknown-claude' });
    expect(missing.status).toBe(404);
    expect(missing.json()).toMatchObject({ type: 'error', error: { type: 'not_found_error' } });
  });
});
