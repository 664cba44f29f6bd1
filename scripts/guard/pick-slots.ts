import type { Random } from './create-random.js';

/**
 * `template` with each `{slot}` replaced by a value drawn from `fillers[slot]`, one draw per
 * occurrence. A trailing digit names a second draw from the same list (`{email2}`).
 */
export function pickSlots(
  template: string,
  fillers: Readonly<Record<string, readonly string[]>>,
  random: Random,
): string {
  return template.replace(/\{(\w+?)\d?\}/g, (_match, key: string) =>
    random.pick(fillers[key] ?? ['it']),
  );
}
