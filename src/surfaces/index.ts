export { queryCodec } from './query/query-codec.js';
export * from './query/query-schemas.js';
export type { EncodedError, SurfaceCodec } from './surface-codec.js';
