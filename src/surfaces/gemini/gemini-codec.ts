import type { SurfaceCodec } from '../surface-codec.js';
import { createGeminiStreamEncoder } from './create-gemini-stream-encoder.js';
import { geminiDecoder } from './decode-gemini-request.js';
import { encodeGeminiResponse } from './encode-gemini-response.js';
import { geminiErrorBody, geminiStatus } from './map-gemini-error.js';

/** Gemini: `POST /v1beta/models/{model}:generateContent` and `:streamGenerateContent?alt=sse`. */
export const geminiCodec: SurfaceCodec = {
  id: 'gemini',
  decoder: geminiDecoder,
  encodeCompletion: (result, _target, context) => encodeGeminiResponse(result, context),
  encodeError: (error, requestId) => ({
    status: geminiStatus(error),
    body: geminiErrorBody(error, requestId),
  }),
  createStreamEncoder: createGeminiStreamEncoder,
};
