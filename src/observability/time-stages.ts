import type { Stage } from '../core/index.js';

/**
 * Wraps each stage so that its span (start and duration, relative to the request's arrival) lands
 * in `context.stageTimings`, for the tracing observer. Used only when tracing is on: without it
 * the pipeline pays nothing.
 */
export function timeStages(stages: readonly Stage[], now: () => number): Stage[] {
  return stages.map((stage) => ({
    name: stage.name,
    async handle(context, next) {
      const startedAt = now();
      try {
        return await stage.handle(context, next);
      } finally {
        (context.stageTimings ??= []).push({
          name: stage.name,
          startedAfterMs: startedAt - context.startedAt,
          durationMs: now() - startedAt,
        });
      }
    },
  }));
}
