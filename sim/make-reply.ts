import type { SimChatRequest, SimTool } from './chat-request.js';
import { countTokens } from './count-tokens.js';
import { makeSchemaObject } from './make-schema-value.js';
import { createRng, hashString } from './rng.js';
import type { SimDialect } from './simulator-types.js';

/** Why generation stopped, dialect-neutral; each dialect maps it to its own vocabulary. */
export type SimFinish = 'stop' | 'length' | 'stop_sequence';

export type SimReply =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly finish: SimFinish;
      /** The stop sequence that cut the text, when `finish` is `stop_sequence`. */
      readonly stopSequence: string | undefined;
      readonly completionTokens: number;
    }
  | {
      readonly kind: 'tool_call';
      readonly name: string;
      readonly arguments: Readonly<Record<string, unknown>>;
      readonly argumentsJson: string;
      readonly completionTokens: number;
    }
  | { readonly kind: 'refusal'; readonly completionTokens: 0 };

export interface MakeReplyInput {
  readonly dialect: SimDialect;
  readonly request: SimChatRequest;
  readonly seed: number;
  /** The `safety` fault: answer with the dialect's content-filter outcome. */
  readonly refuse: boolean;
}

const fillerWords = [
  'amber',
  'bridge',
  'cobalt',
  'delta',
  'ember',
  'fjord',
  'granite',
  'harbor',
  'island',
  'juniper',
  'kestrel',
  'lantern',
  'meadow',
  'nimbus',
  'orchard',
  'pebble',
  'quartz',
  'river',
  'summit',
  'thistle',
  'umber',
  'valley',
  'willow',
  'xenon',
  'yarrow',
  'zephyr',
  'signal',
  'packet',
  'route',
  'window',
  'gateway',
  'stream',
  'token',
  'beacon',
  'canyon',
  'drift',
  'echo',
  'forest',
  'glacier',
];

function echoOf(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim().slice(0, 60).trim();
  if (collapsed === '') return '(empty prompt)';
  return /[.!?]$/.test(collapsed) ? collapsed.slice(0, -1) : collapsed;
}

function fillerFor(source: string, seed: number): string {
  const rng = createRng(hashString(source.slice(0, 256), seed) ^ source.length);
  const count = 12 + Math.floor(rng() * 8);
  const words: string[] = [];
  for (let index = 0; index < count; index += 1) {
    words.push(fillerWords[Math.floor(rng() * fillerWords.length)] ?? 'sim');
  }
  const sentence = words.join(' ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** The deterministic sentence: same dialect, model, prompt and seed give the same text. */
export function composeSentence(
  dialect: SimDialect,
  model: string,
  request: SimChatRequest,
  seed: number,
): string {
  const head = `Simulated ${dialect} reply (model ${model}):`;
  if (request.toolResultText !== undefined) {
    const source = request.toolResultText;
    return `${head} Tool result received: ${echoOf(source)}. ${fillerFor(source, seed)}`;
  }
  const source = request.lastUserText;
  return `${head} ${echoOf(source)}. ${fillerFor(source, seed)}`;
}

function chooseTool(request: SimChatRequest): SimTool | undefined {
  if (request.tools.length === 0 || request.toolResultText !== undefined) return undefined;
  const choice = request.toolChoice;
  if (choice.type === 'none') return undefined;
  if (choice.type === 'tool') {
    return request.tools.find((tool) => tool.name === choice.name) ?? request.tools[0];
  }
  return request.tools[0];
}

function cutText(
  text: string,
  request: SimChatRequest,
): { text: string; finish: SimFinish; stopSequence: string | undefined } {
  let cut = text;
  let finish: SimFinish = 'stop';
  let stopSequence: string | undefined;
  let earliest = -1;
  for (const sequence of request.stopSequences) {
    if (sequence === '') continue;
    const at = cut.indexOf(sequence);
    if (at !== -1 && (earliest === -1 || at < earliest)) {
      earliest = at;
      stopSequence = sequence;
    }
  }
  if (earliest !== -1) {
    cut = cut.slice(0, earliest);
    finish = 'stop_sequence';
  }
  const max = request.maxTokens;
  if (max !== undefined && countTokens(cut.length) > max) {
    cut = cut.slice(0, Math.max(0, max) * 4);
    finish = 'length';
    stopSequence = undefined;
  }
  return { text: cut, finish, stopSequence };
}

/** The simulated model's answer to a validated request. */
export function makeReply(input: MakeReplyInput): SimReply {
  const { dialect, request, seed } = input;
  if (input.refuse) return { kind: 'refusal', completionTokens: 0 };
  const tool = chooseTool(request);
  if (tool !== undefined) {
    const args = makeSchemaObject(tool.schema, 'sim', { allProperties: false });
    const argumentsJson = JSON.stringify(args);
    return {
      kind: 'tool_call',
      name: tool.name,
      arguments: args,
      argumentsJson,
      completionTokens: countTokens(argumentsJson.length),
    };
  }
  const sentence = composeSentence(dialect, request.model, request, seed);
  const full =
    request.json === undefined
      ? sentence
      : JSON.stringify(
          makeSchemaObject(request.json.schema, sentence, {
            allProperties: true,
            fallbackKey: 'answer',
          }),
        );
  const cut = cutText(full, request);
  return {
    kind: 'text',
    text: cut.text,
    finish: cut.finish,
    stopSequence: cut.stopSequence,
    completionTokens: countTokens(cut.text.length),
  };
}
