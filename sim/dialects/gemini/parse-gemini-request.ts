import type { SimChatRequest, SimTool, SimToolChoice } from '../../chat-request.js';
import { countTokens } from '../../count-tokens.js';
import type { ParseOutcome } from '../../dialect.js';
import { isRecord } from '../../is-record.js';
import { googleError } from './gemini-errors.js';

class GeminiRequestError extends Error {}

function fail(message: string): never {
  throw new GeminiRequestError(message);
}

interface PartsSummary {
  readonly text: string;
  readonly characters: number;
  readonly functionResponses: string[];
  readonly hasFunctionCall: boolean;
}

function readParts(parts: unknown, field: string): PartsSummary {
  if (!Array.isArray(parts) || parts.length === 0) {
    return fail(`* GenerateContentRequest.${field}.parts: contents.parts must not be empty.\n`);
  }
  const texts: string[] = [];
  const functionResponses: string[] = [];
  let characters = 0;
  let hasFunctionCall = false;
  parts.forEach((part: unknown, index) => {
    if (!isRecord(part))
      return fail(`* GenerateContentRequest.${field}.parts[${index}]: must be an object.\n`);
    if (typeof part.text === 'string') {
      if (part.thought !== true) texts.push(part.text);
      characters += part.text.length;
    } else if (isRecord(part.functionCall)) {
      if (typeof part.functionCall.name !== 'string' || part.functionCall.name === '') {
        return fail(
          `* GenerateContentRequest.${field}.parts[${index}].function_call.name: Name cannot be empty.\n`,
        );
      }
      hasFunctionCall = true;
      characters += JSON.stringify(part.functionCall.args ?? {}).length;
    } else if (isRecord(part.functionResponse)) {
      if (typeof part.functionResponse.name !== 'string' || part.functionResponse.name === '') {
        return fail(
          `* GenerateContentRequest.${field}.parts[${index}].function_response.name: Name cannot be empty.\n`,
        );
      }
      const text = JSON.stringify(part.functionResponse.response ?? {});
      functionResponses.push(text);
      characters += text.length;
    } else if (part.inlineData === undefined && part.fileData === undefined) {
      return fail(
        `* GenerateContentRequest.${field}.parts[${index}].data: required oneof field 'data' must have one initialized field\n`,
      );
    }
    return undefined;
  });
  return { text: texts.join(''), characters, functionResponses, hasFunctionCall };
}

function readTools(tools: unknown): SimTool[] {
  if (tools === undefined) return [];
  if (!Array.isArray(tools)) return fail('* GenerateContentRequest.tools: must be an array.\n');
  const declared: SimTool[] = [];
  tools.forEach((tool: unknown, index) => {
    const declarations = isRecord(tool) ? tool.functionDeclarations : undefined;
    if (!Array.isArray(declarations)) return;
    declarations.forEach((declaration: unknown, inner) => {
      if (
        !isRecord(declaration) ||
        typeof declaration.name !== 'string' ||
        declaration.name === ''
      ) {
        fail(
          `* GenerateContentRequest.tools[${index}].function_declarations[${inner}].name: Name cannot be empty.\n`,
        );
      }
      declared.push({
        name: declaration.name,
        schema: declaration.parametersJsonSchema ?? declaration.parameters,
      });
    });
  });
  return declared;
}

function readToolChoice(toolConfig: unknown): SimToolChoice {
  const config = isRecord(toolConfig) ? toolConfig.functionCallingConfig : undefined;
  if (!isRecord(config)) return { type: 'auto' };
  if (config.mode === 'NONE') return { type: 'none' };
  if (config.mode === 'ANY') {
    const allowed = Array.isArray(config.allowedFunctionNames) ? config.allowedFunctionNames : [];
    const first: unknown = allowed[0];
    return typeof first === 'string' && allowed.length === 1
      ? { type: 'tool', name: first }
      : { type: 'required' };
  }
  return { type: 'auto' };
}

function readGenerationConfig(
  value: unknown,
): Pick<SimChatRequest, 'json' | 'maxTokens' | 'stopSequences'> {
  if (value === undefined) return { json: undefined, maxTokens: undefined, stopSequences: [] };
  if (!isRecord(value))
    return fail('* GenerateContentRequest.generation_config: must be an object.\n');
  const { maxOutputTokens, stopSequences, temperature, responseMimeType } = value;
  if (
    maxOutputTokens !== undefined &&
    (typeof maxOutputTokens !== 'number' ||
      !Number.isInteger(maxOutputTokens) ||
      maxOutputTokens < 1)
  ) {
    return fail(
      '* GenerateContentRequest.generation_config.max_output_tokens: must be a positive integer.\n',
    );
  }
  if (
    temperature !== undefined &&
    (typeof temperature !== 'number' || temperature < 0 || temperature > 2)
  ) {
    return fail(
      '* GenerateContentRequest.generation_config.temperature: must be between 0 and 2.\n',
    );
  }
  const stops = stopSequences ?? [];
  if (!Array.isArray(stops) || !stops.every((stop) => typeof stop === 'string')) {
    return fail(
      '* GenerateContentRequest.generation_config.stop_sequences: must be a list of strings.\n',
    );
  }
  if (stops.length > 5) {
    return fail(
      '* GenerateContentRequest.generation_config.stop_sequences: the number of stop sequences must be at most 5.\n',
    );
  }
  const json =
    responseMimeType === 'application/json'
      ? { schema: value.responseJsonSchema ?? value.responseSchema }
      : undefined;
  return { json, maxTokens: maxOutputTokens, stopSequences: stops };
}

interface GeminiTarget {
  readonly model: string;
  readonly stream: boolean;
  readonly sse: boolean;
}

function readRequest(
  body: Readonly<Record<string, unknown>>,
  target: GeminiTarget,
): SimChatRequest {
  const contents = body.contents;
  if (!Array.isArray(contents) || contents.length === 0) {
    return fail('* GenerateContentRequest.contents: contents is not specified\n');
  }
  let characters = 0;
  const system = body.systemInstruction;
  if (system !== undefined) {
    if (!isRecord(system))
      return fail('* GenerateContentRequest.system_instruction: must be an object.\n');
    characters += readParts(system.parts, 'system_instruction').characters;
  }
  const prompt: string[] = [];
  let lastUserText = '';
  let toolResultText: string | undefined;
  let previousRole: string | undefined;
  contents.forEach((content: unknown, index) => {
    if (!isRecord(content))
      return fail(`* GenerateContentRequest.contents[${index}]: must be an object.\n`);
    const role = content.role ?? 'user';
    if (role !== 'user' && role !== 'model') return fail('Please use a valid role: user, model.');
    const parts = readParts(content.parts, `contents[${index}]`);
    characters += parts.characters;
    if (role === 'model' && parts.hasFunctionCall && previousRole !== 'user') {
      return fail(
        'Please ensure that function call turn comes immediately after a user turn or after a function response turn.',
      );
    }
    previousRole = role;
    toolResultText = undefined;
    if (role === 'user') {
      if (parts.functionResponses.length > 0) {
        toolResultText = parts.functionResponses.join('\n');
        prompt.push(...parts.functionResponses);
      }
      if (parts.text !== '') {
        lastUserText = parts.text;
        prompt.push(parts.text);
        toolResultText = undefined;
      }
    }
    return undefined;
  });
  return {
    model: target.model,
    stream: target.stream,
    streamFormat: target.sse ? 'sse' : 'json-array',
    includeUsage: true,
    prompt: prompt.join('\n'),
    promptTokens: countTokens(characters),
    lastUserText,
    toolResultText,
    tools: readTools(body.tools),
    toolChoice: readToolChoice(body.toolConfig),
    ...readGenerationConfig(body.generationConfig),
  };
}

/** Validates a `generateContent` body like the Generative Language API does. */
export function parseGeminiRequest(body: unknown, target: GeminiTarget): ParseOutcome {
  if (!isRecord(body))
    return {
      ok: false,
      response: googleError(400, 'Invalid JSON payload received. Expected an object.'),
    };
  const inner = isRecord(body.generateContentRequest) ? body.generateContentRequest : body;
  try {
    return { ok: true, request: readRequest(inner, target) };
  } catch (error) {
    if (error instanceof GeminiRequestError)
      return { ok: false, response: googleError(400, error.message) };
    throw error;
  }
}
