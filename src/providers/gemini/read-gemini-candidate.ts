import type { ToolCall } from '../../core/index.js';
import { arrayField, isRecord, recordField, stringField } from '../http/parse-json.js';
import { createToolCallId } from '../shared/tool-call-id.js';
import { thoughtSignatureKey } from './convert-to-gemini-body.js';

/** What one Gemini response (or stream chunk) carries for the first candidate. */
export interface GeminiCandidate {
  readonly text: string;
  readonly toolCalls: readonly ToolCall[];
  readonly finishReason: string | undefined;
  /** Set when the prompt itself was blocked (no candidates at all). */
  readonly blocked: boolean;
}

/**
 * Reads the first candidate: visible text (thought parts skipped), function calls with synthesised
 * ids (Gemini usually sends none) and their thought signatures, and the finish reason.
 */
export function readGeminiCandidate(body: Record<string, unknown>): GeminiCandidate {
  const feedback = recordField(body, 'promptFeedback');
  const candidate = arrayField(body, 'candidates')[0];
  if (!isRecord(candidate)) {
    return {
      text: '',
      toolCalls: [],
      finishReason: undefined,
      blocked: feedback !== undefined && stringField(feedback, 'blockReason') !== undefined,
    };
  }
  let text = '';
  const toolCalls: ToolCall[] = [];
  const content = recordField(candidate, 'content');
  for (const part of content === undefined ? [] : arrayField(content, 'parts')) {
    if (!isRecord(part) || part.thought === true) continue;
    const partText = stringField(part, 'text');
    if (partText !== undefined) text += partText;
    const call = recordField(part, 'functionCall');
    const name = call === undefined ? undefined : stringField(call, 'name');
    if (call !== undefined && name !== undefined) {
      const signature = stringField(part, 'thoughtSignature');
      toolCalls.push({
        id: stringField(call, 'id') ?? createToolCallId(),
        name,
        arguments: JSON.stringify(call.args ?? {}),
        ...(signature === undefined
          ? {}
          : { providerMetadata: { [thoughtSignatureKey]: signature } }),
      });
    }
  }
  return { text, toolCalls, finishReason: stringField(candidate, 'finishReason'), blocked: false };
}
