import type {
  ChatResult,
  FinishReason,
  RequestContext,
  ToolCall,
  Usage,
} from '../../core/index.js';

const thoughtSignatureKey = 'gemini.thoughtSignature';

/** Gemini's finish reason for a canonical one (tool calls finish with `STOP`). */
export function geminiFinishReason(reason: FinishReason): string {
  if (reason === 'length') return 'MAX_TOKENS';
  if (reason === 'content_filter') return 'SAFETY';
  return 'STOP';
}

export function geminiUsage(usage: Usage): Record<string, number> {
  return {
    promptTokenCount: usage.promptTokens,
    candidatesTokenCount: usage.completionTokens,
    totalTokenCount: usage.totalTokens,
  };
}

function parseArgs(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

/** Tool calls as Gemini `functionCall` parts, replaying a Gemini thought signature when present. */
export function functionCallParts(calls: readonly ToolCall[]): Record<string, unknown>[] {
  return calls.map((call) => {
    const signature = call.providerMetadata?.[thoughtSignatureKey];
    const part: Record<string, unknown> = {
      functionCall: { name: call.name, args: parseArgs(call.arguments), id: call.id },
    };
    if (signature !== undefined) part.thoughtSignature = signature;
    return part;
  });
}

/** A canonical answer as a Gemini `GenerateContentResponse`. */
export function encodeGeminiResponse(result: ChatResult, context: RequestContext): unknown {
  const parts: Record<string, unknown>[] = [];
  if (result.text !== '') parts.push({ text: result.text });
  parts.push(...functionCallParts(result.toolCalls));
  return {
    candidates: [
      {
        content: { role: 'model', parts },
        finishReason: geminiFinishReason(result.finishReason),
        index: 0,
      },
    ],
    usageMetadata: geminiUsage(result.usage),
    modelVersion: result.model,
    responseId: context.requestId,
  };
}
