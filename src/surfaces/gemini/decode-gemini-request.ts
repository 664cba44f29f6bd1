import { TypeCompiler } from '@sinclair/typebox/compiler';
import type {
  ChatMessage,
  ContentPart,
  DecodeResult,
  RequestDecoder,
  SurfaceInput,
  ToolCall,
  ToolChoice,
} from '../../core/index.js';
import { describeSchemaErrors } from '../../schema/describe-schema-errors.js';
import {
  GenerateContentRequestSchema,
  type GeminiContent,
  type GenerateContentRequest,
} from './gemini-schemas.js';

const check = TypeCompiler.Compile(GenerateContentRequestSchema);

/** The namespaced key under which a Gemini thought signature rides on a canonical tool call. */
const thoughtSignatureKey = 'gemini.thoughtSignature';

/**
 * Gemini function calls carry no id; the canonical model needs one to pair results with calls.
 * Ids are derived from the position in the conversation, so a call and its response (which
 * Gemini pairs by name and order) get the same id.
 */
function convertContents(contents: readonly GeminiContent[]): ChatMessage[] {
  const messages: ChatMessage[] = [];
  const pending: { id: string; name: string }[] = [];
  let callCount = 0;
  for (const content of contents) {
    const parts: ContentPart[] = [];
    const calls: ToolCall[] = [];
    for (const part of content.parts) {
      if (part.thought === true) continue;
      if (part.text !== undefined) parts.push({ type: 'text', text: part.text });
      if (part.inlineData !== undefined) {
        parts.push({
          type: 'image',
          url: `data:${part.inlineData.mimeType};base64,${part.inlineData.data}`,
        });
      }
      if (part.fileData !== undefined) parts.push({ type: 'image', url: part.fileData.fileUri });
      if (part.functionCall !== undefined) {
        callCount += 1;
        const id = part.functionCall.id ?? `call_${callCount}`;
        pending.push({ id, name: part.functionCall.name });
        calls.push({
          id,
          name: part.functionCall.name,
          arguments: JSON.stringify(part.functionCall.args ?? {}),
          ...(part.thoughtSignature === undefined
            ? {}
            : { providerMetadata: { [thoughtSignatureKey]: part.thoughtSignature } }),
        });
      }
      if (part.functionResponse !== undefined) {
        const response = part.functionResponse;
        const index = pending.findIndex((call) =>
          response.id === undefined ? call.name === response.name : call.id === response.id,
        );
        const matched = index === -1 ? undefined : pending.splice(index, 1)[0];
        messages.push({
          role: 'tool',
          toolCallId: matched?.id ?? response.id ?? response.name,
          toolName: response.name,
          content: JSON.stringify(response.response),
        });
      }
    }
    if (content.role === 'model') {
      if (parts.length > 0 || calls.length > 0) {
        messages.push(
          calls.length > 0
            ? { role: 'assistant', content: parts, toolCalls: calls }
            : { role: 'assistant', content: parts },
        );
      }
    } else if (parts.length > 0) {
      messages.push({ role: 'user', content: parts });
    }
  }
  return messages;
}

function convertToolChoice(request: GenerateContentRequest): ToolChoice | undefined {
  const config = request.toolConfig?.functionCallingConfig;
  if (config?.mode === undefined) return undefined;
  if (config.mode === 'NONE') return 'none';
  if (config.mode === 'ANY' || config.mode === 'VALIDATED') {
    const only = config.allowedFunctionNames;
    return only?.length === 1 && only[0] !== undefined ? { name: only[0] } : 'required';
  }
  return 'auto';
}

/** Validates a Gemini `generateContent` body and decodes it; the model comes from the path. */
export const geminiDecoder: RequestDecoder = {
  decode(body: unknown, input: SurfaceInput): DecodeResult {
    if (!check.Check(body))
      return { ok: false, issues: describeSchemaErrors(check, body, ['body']) };
    const request: GenerateContentRequest = body;
    const messages: ChatMessage[] = [];
    const system = (request.systemInstruction?.parts ?? []).map((part) => part.text ?? '').join('');
    if (system !== '') messages.push({ role: 'system', content: system });
    messages.push(...convertContents(request.contents));
    const tools = (request.tools ?? []).flatMap((tool) => tool.functionDeclarations ?? []);
    const generation = request.generationConfig;
    const toolChoice = convertToolChoice(request);
    const schema = generation?.responseJsonSchema ?? generation?.responseSchema;
    const json = generation?.responseMimeType === 'application/json';
    return {
      ok: true,
      request: {
        model: input.pathModel ?? '',
        messages,
        stream: input.stream === true,
        includeUsage: true,
        ...(generation?.maxOutputTokens === undefined
          ? {}
          : { maxTokens: generation.maxOutputTokens }),
        ...(generation?.temperature === undefined ? {} : { temperature: generation.temperature }),
        ...(generation?.topP === undefined ? {} : { topP: generation.topP }),
        ...(generation?.stopSequences === undefined || generation.stopSequences.length === 0
          ? {}
          : { stop: generation.stopSequences }),
        ...(generation?.seed === undefined ? {} : { seed: generation.seed }),
        ...(json
          ? {
              responseFormat:
                schema === undefined
                  ? { type: 'json_object' }
                  : { type: 'json_schema', name: 'response', schema },
            }
          : {}),
        ...(tools.length === 0
          ? {}
          : {
              tools: tools.map((tool) => {
                const parameters = tool.parametersJsonSchema ??
                  tool.parameters ?? { type: 'object', properties: {} };
                return tool.description === undefined
                  ? { name: tool.name, parameters }
                  : { name: tool.name, description: tool.description, parameters };
              }),
            }),
        ...(toolChoice === undefined ? {} : { toolChoice }),
      },
    };
  },
};
