import { describe, expect, it } from 'vitest';
import type { SimChatRequest } from '../../sim/chat-request.js';
import { makeReply } from '../../sim/make-reply.js';
import { splitIntoChunks } from '../../sim/split-into-chunks.js';

const base: SimChatRequest = {
  model: 'm',
  stream: false,
  streamFormat: 'sse',
  includeUsage: false,
  prompt:
    'What is the weather like today in a long and winding sentence that exceeds sixty characters?',
  promptTokens: 10,
  lastUserText:
    'What is the weather like today in a long and winding sentence that exceeds sixty characters?',
  toolResultText: undefined,
  tools: [],
  toolChoice: { type: 'auto' },
  json: undefined,
  maxTokens: undefined,
  stopSequences: [],
};

describe('makeReply', () => {
  it('echoes at most 60 prompt characters and counts tokens as ceil(chars/4)', () => {
    const reply = makeReply({ dialect: 'groq', request: base, seed: 1, refuse: false });
    if (reply.kind !== 'text') throw new Error('expected text');
    expect(reply.text).toContain(
      'Simulated groq reply (model m): What is the weather like today in a long and winding sentenc. ',
    );
    expect(reply.text).not.toContain('sixty');
    expect(reply.completionTokens).toBe(Math.ceil(reply.text.length / 4));
    expect(reply.completionTokens).toBeGreaterThan(24);
  });

  it('forces the named tool and fills required properties by type', () => {
    const tools = [
      { name: 'a', schema: { type: 'object', properties: { x: { type: 'string' } } } },
      {
        name: 'b',
        schema: {
          type: 'OBJECT',
          properties: {
            n: { type: 'NUMBER' },
            mode: { type: 'string', enum: ['fast', 'slow'] },
            skip: { type: 'string' },
          },
          required: ['n', 'mode'],
        },
      },
    ];
    const reply = makeReply({
      dialect: 'openai',
      request: { ...base, tools, toolChoice: { type: 'tool', name: 'b' } },
      seed: 1,
      refuse: false,
    });
    expect(reply).toMatchObject({
      kind: 'tool_call',
      name: 'b',
      arguments: { n: 1, mode: 'fast' },
    });
    const first = makeReply({
      dialect: 'openai',
      request: { ...base, tools },
      seed: 1,
      refuse: false,
    });
    expect(first).toMatchObject({ kind: 'tool_call', name: 'a', arguments: { x: 'sim' } });
    const none = makeReply({
      dialect: 'openai',
      request: { ...base, tools, toolChoice: { type: 'none' } },
      seed: 1,
      refuse: false,
    });
    expect(none.kind).toBe('text');
  });

  it('applies stop sequences before max tokens', () => {
    const stopped = makeReply({
      dialect: 'openai',
      request: { ...base, stopSequences: ['weather'] },
      seed: 1,
      refuse: false,
    });
    expect(stopped).toMatchObject({
      kind: 'text',
      finish: 'stop_sequence',
      stopSequence: 'weather',
    });
    const capped = makeReply({
      dialect: 'openai',
      request: { ...base, maxTokens: 2 },
      seed: 1,
      refuse: false,
    });
    expect(capped).toMatchObject({
      kind: 'text',
      text: 'Simulate',
      finish: 'length',
      completionTokens: 2,
    });
  });

  it('splits text into chunks that join back exactly', () => {
    const text = 'Simulated  reply: one two three.';
    expect(splitIntoChunks(text, 1).join('')).toBe(text);
    expect(splitIntoChunks(text, 2).join('')).toBe(text);
    expect(splitIntoChunks('', 1)).toEqual([]);
  });
});
