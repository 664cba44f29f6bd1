import type { SurfaceCodec } from '../surface-codec.js';
import { createAnthropicStreamEncoder } from './create-anthropic-stream-encoder.js';
import { anthropicDecoder } from './decode-anthropic-request.js';
import { encodeAnthropicMessage } from './encode-anthropic-message.js';
import { anthropicErrorBody, anthropicStatus } from './map-anthropic-error.js';

/** Anthropic Messages: `POST /v1/messages`. */
export const anthropicCodec: SurfaceCodec = {
  id: 'anthropic',
  decoder: anthropicDecoder,
  encodeCompletion: (result, _target, context) => encodeAnthropicMessage(result, context),
  encodeError: (error, requestId) => ({
    status: anthropicStatus(error),
    body: anthropicErrorBody(error, requestId),
    headers: { 'request-id': requestId },
  }),
  createStreamEncoder: createAnthropicStreamEncoder,
};
