import { queryCodec, type SurfaceCodec } from '../surfaces/index.js';

/**
 * The surface whose error envelope answers a request that failed before its route ran (unknown
 * path, body too large, wrong media type). Every surface added later registers its prefix here.
 */
export function codecForPath(_url: string): SurfaceCodec {
  return queryCodec;
}
