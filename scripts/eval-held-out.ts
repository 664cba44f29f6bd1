import { join } from 'node:path';
import { createInjectionGuard } from '../src/guards/injection/create-injection-guard.js';
import { countHeldOut, longTextCharacters, type FlaggedCount } from './guard/count-held-out.js';
import { repositoryRoot } from './guard/load-dataset.js';
import { loadHeldOutSets } from './guard/load-probe-sets.js';

/*
 * npm run eval:held-out — how many attacks and benign prompts of each held-out set
 * (test/guards/held-out-*.test.ts, never trained on) the injection guard flags at its default
 * threshold, long texts (pasted documents) apart. Prints counts only, never a text, so that
 * running it does not spend a set's blindness; the README's held-out figures come from it.
 */
const guard = createInjectionGuard();
const directory = join(repositoryRoot(), 'test', 'guards');
const format = (count: FlaggedCount): string =>
  `${count.flagged}/${count.total}${count.total === 0 ? '' : ` (${((count.flagged / count.total) * 100).toFixed(1)} %)`}`;

console.log(
  `held-out sets, flagged at threshold ${guard.threshold} (long: over ${longTextCharacters} characters)`,
);
for (const { file, probes } of loadHeldOutSets(directory)) {
  const tally = countHeldOut(guard, probes);
  console.log(
    `${file.padEnd(36)} attacks ${format(tally.attacks).padEnd(16)} benign ${format(tally.benign).padEnd(15)} long attacks ${format(tally.longAttacks).padEnd(14)} long benign ${format(tally.longBenign)}`,
  );
}
