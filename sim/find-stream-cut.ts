import type { StreamFrame } from './dialect.js';

/**
 * Where a stream fault strikes: after `afterChunks` content frames. When the reply has no more
 * content frames than that, the cut falls before the last content frame, so the finishing event
 * (which Gemini carries on its last content chunk) is never sent and the fault always bites.
 */
export function findStreamCut(frames: readonly StreamFrame[], afterChunks: number): number {
  const contentIndexes: number[] = [];
  frames.forEach((frame, index) => {
    if (frame.content) contentIndexes.push(index);
  });
  if (contentIndexes.length === 0) return Math.min(1, frames.length);
  if (contentIndexes.length > afterChunks) {
    if (afterChunks === 0) return contentIndexes[0] ?? 0;
    return (contentIndexes[afterChunks - 1] ?? 0) + 1;
  }
  return contentIndexes[contentIndexes.length - 1] ?? 0;
}
