import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/index.js';
import { parseSse, postJson, sseJson } from './sim-test-helpers.js';

let sim: Simulator;
const key = { 'x-goog-api-key': 'gemini-key' };

beforeAll(async () => {
  sim = await startSimulator(['gemini'], {
    seed: 3,
    apiKeys: { gemini: 'gemini-key' },
    models: { gemini: ['gemini-2.5-flash'] },
  });
});

afterAll(async () => {
  await sim.close();
});

function url(action: string, model = 'gemini-2.5-flash'): string {
  return `${sim.provider('gemini').baseUrl}/models/${model}:${action}`;
}

const hello = {
  systemInstruction: { parts: [{ text: 'Be brief.' }] },
  contents: [{ role: 'user', parts: [{ text: 'Hello, Gemini!' }] }],
};

type GeminiResponse = {
  candidates?: {
    content: {
      parts: { text?: string; functionCall?: { name: string; args: unknown; id?: string } }[];
      role: string;
    };
    finishReason?: string;
  }[];
  usageMetadata: {
    promptTokenCount: number;
    candidatesTokenCount?: number;
    totalTokenCount: number;
  };
  promptFeedback?: { blockReason: string };
};

describe('gemini', () => {
  it('serves generateContent with candidates and usageMetadata', async () => {
    expect(sim.provider('gemini').baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1beta$/);
    const response = await postJson(url('generateContent'), hello, key);
    expect(response.status).toBe(200);
    const body = response.json() as GeminiResponse;
    const text = body.candidates?.[0]?.content.parts[0]?.text ?? '';
    expect(text).toContain('Simulated gemini');
    expect(body.candidates?.[0]?.content.role).toBe('model');
    expect(body.candidates?.[0]?.finishReason).toBe('STOP');
    expect(body.usageMetadata.promptTokenCount).toBe(
      Math.ceil(('Be brief.'.length + 'Hello, Gemini!'.length) / 4),
    );
    expect(body.usageMetadata.candidatesTokenCount).toBe(Math.ceil(text.length / 4));
  });

  it('streams alt=sse: usageMetadata on every chunk, finishReason only on the last, no [DONE]', async () => {
    const plain = (await postJson(url('generateContent'), hello, key)).json() as GeminiResponse;
    const response = await postJson(`${url('streamGenerateContent')}?alt=sse`, hello, key);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const { events } = parseSse(response.text);
    expect(events.every((event) => event.event === undefined && event.data !== '[DONE]')).toBe(
      true,
    );
    const chunks = sseJson(response.text) as GeminiResponse[];
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.every((chunk) => chunk.usageMetadata !== undefined)).toBe(true);
    expect(
      chunks.slice(0, -1).every((chunk) => chunk.candidates?.[0]?.finishReason === undefined),
    ).toBe(true);
    expect(chunks.at(-1)?.candidates?.[0]?.finishReason).toBe('STOP');
    const text = chunks
      .map((chunk) => chunk.candidates?.[0]?.content.parts[0]?.text ?? '')
      .join('');
    expect(text).toBe(plain.candidates?.[0]?.content.parts[0]?.text);
    expect(chunks.at(-1)?.usageMetadata).toEqual(plain.usageMetadata);
  });

  it('streams a JSON array without alt=sse', async () => {
    const response = await postJson(url('streamGenerateContent'), hello, key);
    const array = JSON.parse(response.text) as GeminiResponse[];
    expect(array.at(-1)?.candidates?.[0]?.finishReason).toBe('STOP');
  });

  it('replies to function declarations with a complete functionCall part and no id', async () => {
    const body = {
      ...hello,
      tools: [
        {
          functionDeclarations: [
            {
              name: 'lookup',
              parametersJsonSchema: {
                type: 'object',
                properties: { label: { type: 'string' }, n: { type: 'number' } },
                required: ['label'],
              },
            },
          ],
        },
      ],
    };
    const reply = (await postJson(url('generateContent'), body, key)).json() as GeminiResponse;
    const part = reply.candidates?.[0]?.content.parts[0];
    expect(part?.functionCall).toEqual({ name: 'lookup', args: { label: 'sim' } });
    expect(reply.candidates?.[0]?.finishReason).toBe('STOP');
    const chunks = sseJson(
      (await postJson(`${url('streamGenerateContent')}?alt=sse`, body, key)).text,
    ) as GeminiResponse[];
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.candidates?.[0]?.content.parts[0]?.functionCall?.name).toBe('lookup');

    const answered = (
      await postJson(
        url('generateContent'),
        {
          ...body,
          contents: [
            ...body.contents,
            {
              role: 'model',
              parts: [{ functionCall: { name: 'lookup', args: { label: 'bike' } } }],
            },
            {
              role: 'user',
              parts: [{ functionResponse: { name: 'lookup', response: { colour: 'red' } } }],
            },
          ],
        },
        key,
      )
    ).json() as GeminiResponse;
    expect(answered.candidates?.[0]?.content.parts[0]?.text).toContain(
      'Tool result received: {"colour":"red"}',
    );
  });

  it('JSON mode returns a JSON object string and maxOutputTokens gives MAX_TOKENS', async () => {
    const json = (
      await postJson(
        url('generateContent'),
        { ...hello, generationConfig: { responseMimeType: 'application/json' } },
        key,
      )
    ).json() as GeminiResponse;
    expect(JSON.parse(json.candidates?.[0]?.content.parts[0]?.text ?? '')).toHaveProperty('answer');
    const cut = (
      await postJson(
        url('generateContent'),
        { ...hello, generationConfig: { maxOutputTokens: 3 } },
        key,
      )
    ).json() as GeminiResponse;
    expect(cut.candidates?.[0]?.finishReason).toBe('MAX_TOKENS');
    expect(cut.usageMetadata.candidatesTokenCount).toBe(3);
  });

  it('rejects a missing key with 403 and a wrong key with 400 API_KEY_INVALID', async () => {
    const missing = await postJson(url('generateContent'), hello);
    expect(missing.status).toBe(403);
    expect((missing.json() as { error: { status: string } }).error.status).toBe(
      'PERMISSION_DENIED',
    );
    const wrong = await postJson(url('generateContent'), hello, { 'x-goog-api-key': 'nope' });
    expect(wrong.status).toBe(400);
    const error = (wrong.json() as { error: { status: string; details: { reason?: string }[] } })
      .error;
    expect(error.status).toBe('INVALID_ARGUMENT');
    expect(error.details.some((detail) => detail.reason === 'API_KEY_INVALID')).toBe(true);
  });

  it('accepts ?key= and redacts it from the journal', async () => {
    const response = await postJson(`${url('generateContent')}?key=gemini-key`, hello);
    expect(response.status).toBe(200);
    const entry = sim.provider('gemini').journal.at(-1);
    expect(entry?.query.key).toBe('[redacted]');
    expect(JSON.stringify(entry)).not.toContain('gemini-key');
  });

  it('validates roles, empty parts and function-call order', async () => {
    const badRole = await postJson(
      url('generateContent'),
      { contents: [{ role: 'assistant', parts: [{ text: 'hi' }] }] },
      key,
    );
    expect(badRole.status).toBe(400);
    expect((badRole.json() as { error: { message: string; status: string } }).error).toMatchObject({
      status: 'INVALID_ARGUMENT',
      message: 'Please use a valid role: user, model.',
    });
    const emptyParts = await postJson(
      url('generateContent'),
      { contents: [{ role: 'user', parts: [] }] },
      key,
    );
    expect(emptyParts.status).toBe(400);
    const orphanCall = await postJson(
      url('generateContent'),
      {
        contents: [
          { role: 'model', parts: [{ functionCall: { name: 'f', args: {} } }] },
          { role: 'user', parts: [{ text: 'x' }] },
        ],
      },
      key,
    );
    expect(orphanCall.status).toBe(400);
    const nameless = await postJson(
      url('generateContent'),
      { contents: [{ role: 'user', parts: [{ functionResponse: { response: {} } }] }] },
      key,
    );
    expect(nameless.status).toBe(400);
  });

  it('404s unknown models in the Google envelope and lists models', async () => {
    const missing = await postJson(url('generateContent', 'gemini-9'), hello, key);
    expect(missing.status).toBe(404);
    expect((missing.json() as { error: { message: string } }).error.message).toContain(
      'is not found for API version v1beta',
    );
    const list = (await (
      await fetch(`${sim.provider('gemini').baseUrl}/models`, { headers: key })
    ).json()) as { models: { name: string }[] };
    expect(list.models.map((model) => model.name)).toEqual(['models/gemini-2.5-flash']);
    const count = (await postJson(url('countTokens'), hello, key)).json() as {
      totalTokens: number;
    };
    expect(count.totalTokens).toBeGreaterThan(0);
  });
});
