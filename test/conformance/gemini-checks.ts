import {
  ApiError,
  GoogleGenAI,
  type Content,
  type FunctionCall,
  type GenerateContentConfig,
  type GenerateContentResponseUsageMetadata,
  type Tool,
} from '@google/genai';
import {
  jsonPrompt,
  plainPrompt,
  servedBy,
  toolPrompt,
  toolResultAcknowledgement,
  toolResultMarker,
  weatherTool,
} from './conformance-fixtures.js';
import {
  check,
  checkEqual,
  checkIncludes,
  checkInstance,
  checkPositiveInteger,
  ConformanceFailure,
  parseJsonObject,
  readPath,
  show,
} from './conformance-assert.js';
import type { CellTarget } from './conformance-rig.js';
import { checkCleanEnd, postForSse, type SseEvent, type TerminalEvents } from './sse-transcript.js';
import { sharedChecks } from './shared-checks.js';
import type { ContentChecks, SurfaceChecks } from './surface-checks.js';
import type { ExpectedError, SurfaceDriver } from './surface-driver.js';
import { onlyRequest } from './upstream-observations.js';

/** The Gemini SDK pointed at the gateway: only the base URL and the key differ from production. */
function client(url: string, apiKey: string): GoogleGenAI {
  return new GoogleGenAI({ apiKey, httpOptions: { baseUrl: url } });
}

const user = (text: string): Content[] => [{ role: 'user', parts: [{ text }] }];
const tools: Tool[] = [
  {
    functionDeclarations: [
      {
        name: weatherTool.name,
        description: weatherTool.description,
        parametersJsonSchema: weatherTool.parameters,
      },
    ],
  },
];

function eventJson(event: SseEvent): unknown {
  try {
    return JSON.parse(event.data) as unknown;
  } catch {
    return undefined;
  }
}

const terminal: TerminalEvents = {
  isTerminator: (event) =>
    readPath(eventJson(event), 'candidates', 0, 'finishReason') !== undefined,
  isError: (event) => readPath(eventJson(event), 'error') !== undefined,
};

interface StreamedAnswer {
  readonly text: string;
  readonly chunks: number;
  readonly finishReasons: readonly string[];
  readonly functionCalls: readonly FunctionCall[];
  readonly usage: readonly GenerateContentResponseUsageMetadata[];
  readonly usageOnLastChunk: boolean;
}

async function readStream(
  ai: GoogleGenAI,
  model: string,
  contents: Content[],
  config: GenerateContentConfig = {},
): Promise<StreamedAnswer> {
  const stream = await ai.models.generateContentStream({ model, contents, config });
  let text = '';
  let chunks = 0;
  let usageOnLastChunk = false;
  const finishReasons: string[] = [];
  const functionCalls: FunctionCall[] = [];
  const usage: GenerateContentResponseUsageMetadata[] = [];
  for await (const chunk of stream) {
    chunks += 1;
    // The parts themselves: the `text` accessor warns on chunks that carry function calls.
    text += (chunk.candidates?.[0]?.content?.parts ?? []).map((part) => part.text ?? '').join('');
    const finish = chunk.candidates?.[0]?.finishReason;
    if (finish !== undefined) finishReasons.push(finish);
    functionCalls.push(...(chunk.functionCalls ?? []));
    usageOnLastChunk = chunk.usageMetadata !== undefined;
    if (chunk.usageMetadata !== undefined) usage.push(chunk.usageMetadata);
  }
  return { text, chunks, finishReasons, functionCalls, usage, usageOnLastChunk };
}

function checkWeatherCall(call: FunctionCall | undefined, what: string): FunctionCall {
  check(call !== undefined, `${what}: expected a functionCall`);
  checkEqual(call.name, weatherTool.name, `${what}: functionCall.name`);
  check(
    typeof readPath(call.args, 'city') === 'string',
    `${what}: expected a string "city" in args, got ${show(call.args)}`,
  );
  return call;
}

/** The conversation after a function call: the model's call, then the function's response. */
function withFunctionResponse(contents: Content[], model: Content, call: FunctionCall): Content[] {
  const response = { name: weatherTool.name, response: { result: toolResultMarker } };
  return [
    ...contents,
    model,
    {
      role: 'user',
      parts: [
        { functionResponse: call.id === undefined ? response : { ...response, id: call.id } },
      ],
    },
  ];
}

function checkToolResultAnswer(cell: CellTarget, text: string | undefined, what: string): void {
  checkIncludes(text, toolResultAcknowledgement, what);
  checkIncludes(text, toolResultMarker, what);
  checkIncludes(
    cell.upstream.journal[1]?.prompt,
    toolResultMarker,
    `${what}: the tool result in the provider's request`,
  );
}

function checkUsage(
  usage: GenerateContentResponseUsageMetadata | undefined,
  what: string,
): number[] {
  check(usage !== undefined, `${what}: no usageMetadata`);
  checkPositiveInteger(usage.promptTokenCount, `${what}.promptTokenCount`);
  checkPositiveInteger(usage.candidatesTokenCount, `${what}.candidatesTokenCount`);
  checkPositiveInteger(usage.totalTokenCount, `${what}.totalTokenCount`);
  checkEqual(
    usage.totalTokenCount,
    usage.promptTokenCount + usage.candidatesTokenCount,
    `${what}.totalTokenCount`,
  );
  return [usage.promptTokenCount, usage.candidatesTokenCount, usage.totalTokenCount];
}

const contentChecks: ContentChecks = {
  async plain(cell, rig) {
    const response = await client(cell.url, rig.serviceKey).models.generateContent({
      model: cell.model,
      contents: user(plainPrompt),
    });
    checkIncludes(response.text, servedBy(cell.simDialect), 'text');
    checkIncludes(response.text, plainPrompt, 'text (echo of the prompt)');
    checkEqual(response.candidates?.[0]?.content?.role, 'model', 'candidates[0].content.role');
    checkEqual(response.candidates?.[0]?.finishReason, 'STOP', 'candidates[0].finishReason');
    check(
      !onlyRequest(cell.upstream, 'plain').stream,
      'plain: the provider was asked for a stream',
    );
  },

  async stream(cell, rig) {
    const ai = client(cell.url, rig.serviceKey);
    const plain = await ai.models.generateContent({
      model: cell.model,
      contents: user(plainPrompt),
    });
    const streamed = await readStream(ai, cell.model, user(plainPrompt));
    checkIncludes(streamed.text, servedBy(cell.simDialect), 'streamed text');
    checkEqual(streamed.text, plain.text, 'streamed text vs the plain answer');
    check(streamed.chunks > 1, `expected the answer in several chunks, got ${streamed.chunks}`);
    checkEqual(streamed.finishReasons, ['STOP'], 'finish reasons across the stream');
    checkCleanEnd(
      await driver.rawStream(cell.url, rig.serviceKey, cell.model, plainPrompt),
      terminal,
    );
  },

  async tools(cell, rig) {
    const ai = client(cell.url, rig.serviceKey);
    const contents = user(toolPrompt);
    const first = await ai.models.generateContent({
      model: cell.model,
      contents,
      config: { tools },
    });
    const call = checkWeatherCall(first.functionCalls?.[0], 'first answer');
    const model = first.candidates?.[0]?.content;
    check(model !== undefined, `first answer: no candidate content in ${show(first)}`);
    // The usual client loop: the model's content as returned, then a functionResponse part.
    const second = await ai.models.generateContent({
      model: cell.model,
      contents: withFunctionResponse(contents, model, call),
      config: { tools },
    });
    checkToolResultAnswer(cell, second.text, 'answer to the function response');
  },

  async 'tools-stream'(cell, rig) {
    const ai = client(cell.url, rig.serviceKey);
    const contents = user(toolPrompt);
    const first = await readStream(ai, cell.model, contents, { tools });
    checkEqual(first.functionCalls.length, 1, 'streamed functionCalls');
    const call = checkWeatherCall(first.functionCalls[0], 'streamed answer');
    const model: Content = { role: 'model', parts: [{ functionCall: call }] };
    const second = await readStream(ai, cell.model, withFunctionResponse(contents, model, call), {
      tools,
    });
    checkToolResultAnswer(cell, second.text, 'streamed answer to the function response');
    checkEqual(second.finishReasons, ['STOP'], 'finish reasons after the function response');
  },

  async json(cell, rig) {
    const response = await client(cell.url, rig.serviceKey).models.generateContent({
      model: cell.model,
      contents: user(jsonPrompt),
      config: { responseMimeType: 'application/json' },
    });
    const object = parseJsonObject(response.text, 'text');
    check(Object.keys(object).length > 0, `expected a non-empty JSON object, got ${show(object)}`);
  },

  async usage(cell, rig) {
    const ai = client(cell.url, rig.serviceKey);
    const plain = await ai.models.generateContent({
      model: cell.model,
      contents: user(plainPrompt),
    });
    const expected = checkUsage(plain.usageMetadata, 'usageMetadata');
    const streamed = await readStream(ai, cell.model, user(plainPrompt));
    checkEqual(streamed.usage.length, 1, 'chunks carrying usageMetadata');
    check(streamed.usageOnLastChunk, 'usageMetadata must come on the last chunk');
    checkEqual(
      checkUsage(streamed.usage[0], 'streamed usageMetadata'),
      expected,
      'streamed usage vs the plain answer',
    );
  },
};

/** The Google error envelope the SDK put into `ApiError.message` (after a prefix when streaming). */
function envelopeOf(error: ApiError): unknown {
  const start = error.message.indexOf('{');
  try {
    return JSON.parse(error.message.slice(start)) as unknown;
  } catch {
    throw new ConformanceFailure(
      `ApiError.message does not carry the error envelope: ${show(error.message)}`,
    );
  }
}

/** The gateway code: Google's `ErrorInfo.reason` in `error.details`. */
const codeOf = (envelope: unknown): unknown => readPath(envelope, 'error', 'details', 0, 'reason');

const driver: SurfaceDriver = {
  surface: 'gemini',
  async ask(url, apiKey, model, prompt) {
    const response = await client(url, apiKey).models.generateContent({
      model,
      contents: user(prompt),
    });
    return response.text ?? '';
  },
  async streamText(url, apiKey, model, prompt, onText, signal) {
    const stream = await client(url, apiKey).models.generateContentStream({
      model,
      contents: user(prompt),
      config: signal === undefined ? {} : { abortSignal: signal },
    });
    for await (const chunk of stream) onText(chunk.text ?? '');
  },
  // ApiError carries the status and the body, not the headers: Retry-After is not visible here.
  checkError(error: unknown, expected: ExpectedError, what: string): undefined {
    checkInstance(error, ApiError, what);
    checkEqual(error.status, expected.status, `${what}: ApiError.status`);
    checkEqual(codeOf(envelopeOf(error)), expected.code, `${what}: error.details[0].reason`);
    return undefined;
  },
  checkStreamError(error, what) {
    checkInstance(error, ApiError, what);
    check(error.status >= 500, `${what}: expected a 5xx ApiError, got status ${error.status}`);
    return codeOf(envelopeOf(error));
  },
  isAbortError: (error) => error instanceof Error && error.name === 'AbortError',
  rawStream: (url, apiKey, model, prompt) =>
    postForSse(
      `${url}/v1beta/models/${model}:streamGenerateContent?alt=sse`,
      { contents: user(prompt) },
      { 'x-goog-api-key': apiKey },
    ),
  terminal,
  isContentEvent: (event) => {
    const text = readPath(eventJson(event), 'candidates', 0, 'content', 'parts', 0, 'text');
    return typeof text === 'string' && text !== '';
  },
  errorCodeOf: (data) => codeOf(JSON.parse(data) as unknown),
};

/** Every column of the matrix for the Gemini surface and the `@google/genai` SDK. */
export const geminiChecks: SurfaceChecks = { ...contentChecks, ...sharedChecks(driver) };
