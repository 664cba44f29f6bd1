export { anthropicCodec } from './anthropic/anthropic-codec.js';
export { AnthropicErrorSchema, MessagesRequestSchema } from './anthropic/anthropic-schemas.js';
export { geminiCodec } from './gemini/gemini-codec.js';
export { GenerateContentRequestSchema, GoogleErrorSchema } from './gemini/gemini-schemas.js';
export { openaiErrorBody } from './openai/encode-openai-error.js';
export { openaiCodec } from './openai/openai-codec.js';
export {
  ChatCompletionRequestSchema,
  ChatCompletionSchema,
  OpenAIErrorSchema,
} from './openai/openai-schemas.js';
export { queryCodec } from './query/query-codec.js';
export * from './query/query-schemas.js';
export type { EncodedError, StreamEncoder, SurfaceCodec } from './surface-codec.js';
