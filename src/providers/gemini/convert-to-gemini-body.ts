import type { ChatRequest, ContentPart, ToolChoice } from '../../core/index.js';
import { parseDataUrl } from '../shared/parse-data-url.js';
import { parseToolArguments } from '../shared/parse-tool-arguments.js';

type GeminiPart = Record<string, unknown>;
interface GeminiContent {
  role: 'user' | 'model';
  parts: GeminiPart[];
}

/** The namespaced key under which a Gemini thought signature rides on a canonical tool call. */
export const thoughtSignatureKey = 'gemini.thoughtSignature';

function convertPart(part: ContentPart): GeminiPart {
  if (part.type === 'text') return { text: part.text };
  const inline = parseDataUrl(part.url);
  if (inline !== undefined)
    return { inlineData: { mimeType: inline.mediaType, data: inline.data } };
  return { fileData: { fileUri: part.url } };
}

function functionResponse(content: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(content);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
    return { result: parsed };
  } catch {
    return { result: content };
  }
}

function convertToolChoice(choice: ToolChoice): Record<string, unknown> {
  if (typeof choice !== 'string') {
    return { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: [choice.name] } };
  }
  const mode = choice === 'required' ? 'ANY' : choice === 'none' ? 'NONE' : 'AUTO';
  return { functionCallingConfig: { mode } };
}

/**
 * Translates the canonical request into a Gemini `generateContent` body: system messages into
 * `systemInstruction`, assistant turns as `model`, tool results as `functionResponse` parts in a
 * `user` turn (named from the call they answer), consecutive same-role turns merged.
 */
export function convertToGeminiBody(request: ChatRequest): Record<string, unknown> {
  const system: string[] = [];
  const contents: GeminiContent[] = [];
  const toolNames = new Map<string, string>();

  function append(role: GeminiContent['role'], parts: GeminiPart[]): void {
    if (parts.length === 0) return;
    const last = contents[contents.length - 1];
    if (last !== undefined && last.role === role) last.parts.push(...parts);
    else contents.push({ role, parts });
  }

  for (const message of request.messages) {
    switch (message.role) {
      case 'system':
        system.push(message.content);
        break;
      case 'user':
        append('user', message.content.map(convertPart));
        break;
      case 'assistant': {
        const parts = message.content.map(convertPart);
        for (const call of message.toolCalls ?? []) {
          toolNames.set(call.id, call.name);
          const signature = call.providerMetadata?.[thoughtSignatureKey];
          parts.push({
            functionCall: { name: call.name, args: parseToolArguments(call.arguments) },
            ...(signature === undefined ? {} : { thoughtSignature: signature }),
          });
        }
        append('model', parts);
        break;
      }
      case 'tool':
        append('user', [
          {
            functionResponse: {
              name: message.toolName ?? toolNames.get(message.toolCallId) ?? message.toolCallId,
              response: functionResponse(message.content),
            },
          },
        ]);
        break;
    }
  }

  const generationConfig: Record<string, unknown> = {};
  if (request.maxTokens !== undefined) generationConfig.maxOutputTokens = request.maxTokens;
  if (request.temperature !== undefined) generationConfig.temperature = request.temperature;
  if (request.topP !== undefined) generationConfig.topP = request.topP;
  if (request.stop !== undefined && request.stop.length > 0)
    generationConfig.stopSequences = request.stop;
  if (request.seed !== undefined) generationConfig.seed = request.seed;
  const format = request.responseFormat;
  if (format !== undefined && format.type !== 'text') {
    generationConfig.responseMimeType = 'application/json';
    if (format.type === 'json_schema') generationConfig.responseJsonSchema = format.schema;
  }

  const body: Record<string, unknown> = { contents };
  if (system.length > 0) body.systemInstruction = { parts: [{ text: system.join('\n\n') }] };
  if (request.tools !== undefined && request.tools.length > 0) {
    body.tools = [
      {
        functionDeclarations: request.tools.map((tool) => ({
          name: tool.name,
          ...(tool.description === undefined ? {} : { description: tool.description }),
          parametersJsonSchema: tool.parameters,
        })),
      },
    ];
    if (request.toolChoice !== undefined) body.toolConfig = convertToolChoice(request.toolChoice);
  }
  if (Object.keys(generationConfig).length > 0) body.generationConfig = generationConfig;
  return body;
}
