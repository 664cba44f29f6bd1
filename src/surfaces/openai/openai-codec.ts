import type { SurfaceCodec } from '../surface-codec.js';
import { createOpenAIStreamEncoder } from './create-openai-stream-encoder.js';
import { openaiDecoder } from './decode-openai-request.js';
import { encodeOpenAICompletion } from './encode-openai-completion.js';
import { encodeOpenAIError } from './encode-openai-error.js';

/** OpenAI Chat Completions: `POST /v1/chat/completions`. */
export const openaiCodec: SurfaceCodec = {
  id: 'openai',
  decoder: openaiDecoder,
  encodeCompletion: (result, _target, context) => encodeOpenAICompletion(result, context),
  encodeError: (error, requestId) => encodeOpenAIError(error, requestId),
  createStreamEncoder: createOpenAIStreamEncoder,
};
