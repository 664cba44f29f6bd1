import {
  anthropicCodec,
  geminiCodec,
  openaiCodec,
  queryCodec,
  type SurfaceCodec,
} from '../surfaces/index.js';

/**
 * The surface whose error envelope answers a request that failed before its route ran (unknown
 * path, body too large, wrong media type), so each SDK still raises its own exception.
 */
export function codecForPath(url: string): SurfaceCodec {
  if (url.startsWith('/v1/messages')) return anthropicCodec;
  if (url.startsWith('/v1beta/')) return geminiCodec;
  if (url.startsWith('/v1/')) return openaiCodec;
  return queryCodec;
}
