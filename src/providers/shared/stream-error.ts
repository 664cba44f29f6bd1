import { GatewayError, isGatewayError, type StreamPart } from '../../core/index.js';

/** The `error` part for a failure while reading an upstream stream. */
export function streamErrorPart(error: unknown): StreamPart {
  return {
    type: 'error',
    error: isGatewayError(error)
      ? error
      : new GatewayError('provider_connection_error', { cause: error }),
  };
}

/** Parses one event's JSON data; undefined when it is not JSON (a stream error for the caller). */
export function parseEventData(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}

/** The `error` part for an event whose data is not the JSON the dialect promises. */
export function malformedChunkPart(): StreamPart {
  return {
    type: 'error',
    error: new GatewayError('provider_invalid_response', { detail: 'malformed stream chunk' }),
  };
}
