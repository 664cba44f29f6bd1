import {
  benignLookalikes,
  benignMultilingual,
  embeddedInstructions,
  hostWrappers,
  overridePhrases,
  payloads,
  personaJailbreaks,
} from './augmentation-phrases.js';
import { augmentTechniques } from './augment-techniques.js';
import { buildContactRequests } from './build-contact-requests.js';
import { buildInterfaceNotices } from './build-interface-notices.js';
import { buildRedirectMoves } from './build-redirect-moves.js';
import type { Random } from './create-random.js';
import type { LabelledPrompt } from './load-dataset.js';
import { obfuscateText, obfuscations } from './obfuscate-text.js';

/**
 * Round seven's counts: contact requests (and half as many reply-language requests), chosen on dev
 * with single-run training (40 and 80 kept dev recall at 0.916, 120 lost an attack); copies per
 * redirect-move template (two and four tried; four failed one probe fewer).
 */
const contactRequestCount = 80;
const redirectMoveCopies = 4;

function example(text: string, label: 0 | 1, category: string): LabelledPrompt {
  return { text, label, source: 'augmentation', category };
}

/** Injected sentences of the train split's indirect attacks: the attack minus its clean e-mail. */
export function extractInjectedSentences(rows: readonly LabelledPrompt[]): string[] {
  const clean = rows.filter((row) => row.category === 'benign_email_task').map((row) => row.text);
  const sentences: string[] = [];
  for (const row of rows) {
    if (row.category !== 'indirect_injection') continue;
    let best = '';
    let bestShared = -1;
    for (const email of clean) {
      let prefix = 0;
      while (
        prefix < row.text.length &&
        prefix < email.length &&
        row.text[prefix] === email[prefix]
      )
        prefix++;
      let suffix = 0;
      while (
        suffix < row.text.length - prefix &&
        suffix < email.length - prefix &&
        row.text[row.text.length - 1 - suffix] === email[email.length - 1 - suffix]
      )
        suffix++;
      if (prefix + suffix > bestShared && prefix + suffix >= email.length - 5) {
        bestShared = prefix + suffix;
        best = row.text.slice(prefix, row.text.length - suffix).trim();
      }
    }
    if (best.length >= 8 && best.length <= 300) sentences.push(best);
  }
  return sentences;
}

function insertInto(document: string, sentence: string, random: Random): string {
  const lines = document.split('\n');
  const at = random.below(lines.length + 1);
  lines.splice(at, 0, sentence);
  return lines.join('\n');
}

/**
 * Training-data augmentation (train split only, seeded): obfuscated and encoded attacks, override
 * phrases in ten languages, instructions embedded in benign documents, benign look-alikes and
 * benign non-English prompts, long benign concatenations and short attack prefixes, so that the
 * model learns what attacks say rather than how long or how English they are.
 */
export function augmentTrainingData(
  rows: readonly LabelledPrompt[],
  random: Random,
): LabelledPrompt[] {
  const out: LabelledPrompt[] = [];
  const attacks = rows.filter((row) => row.label === 1);
  const benign = rows.filter((row) => row.label === 0);
  const shortAttacks = attacks.filter(
    (row) => row.text.length <= 400 && row.category !== 'indirect_injection',
  );
  const shortBenign = benign.filter((row) => row.text.length <= 200);
  const documents = benign.filter((row) => row.text.length >= 200 && row.text.length <= 2500);

  // 1. Obfuscated and encoded variants of short attacks.
  for (const attack of shortAttacks) {
    out.push(
      example(obfuscateText(attack.text, random.pick(obfuscations), random), 1, 'aug_obfuscated'),
    );
  }
  for (const phrase of [...(overridePhrases.en ?? []), ...personaJailbreaks]) {
    for (const kind of obfuscations) {
      out.push(
        example(
          obfuscateText(`${phrase} ${random.pick(payloads)}`, kind, random),
          1,
          'aug_obfuscated',
        ),
      );
    }
  }
  // 2. Override phrases in every language, alone or after a benign question.
  for (const phrases of Object.values(overridePhrases)) {
    for (const phrase of phrases) {
      for (let copy = 0; copy < 6; copy++) {
        const lead = random.next() < 0.6 ? `${random.pick(shortBenign).text} ` : '';
        out.push(example(`${lead}${phrase} ${random.pick(payloads)}`, 1, 'aug_multilingual'));
      }
    }
  }
  // 3. Instructions embedded in documents, and the same documents clean.
  const injected = [...extractInjectedSentences(rows), ...embeddedInstructions];
  for (let copy = 0; copy < 500; copy++) {
    const host = random.pick(documents).text;
    const wrapper = random.pick(hostWrappers);
    const question = random.pick(shortBenign).text;
    const fill = (doc: string): string =>
      wrapper.replace('{doc}', doc).replace('{question}', question);
    out.push(example(fill(insertInto(host, random.pick(injected), random)), 1, 'aug_embedded'));
    out.push(example(fill(host), 0, 'aug_embedded_clean'));
  }
  // 4. Benign look-alikes and benign non-English prompts, several times each; clean e-mail tasks
  // again, so that the e-mail template of the indirect attacks is not itself evidence.
  for (const row of benign) {
    if (row.category === 'benign_email_task') out.push(example(row.text, 0, 'aug_clean_email'));
  }
  for (let copy = 0; copy < 4; copy++) {
    for (const text of benignLookalikes) out.push(example(text, 0, 'aug_lookalike'));
    for (const text of benignMultilingual) out.push(example(text, 0, 'aug_benign_multilingual'));
  }
  // 5. Persona jailbreaks assembled from fragments.
  for (let copy = 0; copy < 120; copy++) {
    const parts = random.shuffle([...personaJailbreaks]).slice(0, 1 + random.below(3));
    out.push(example(`${parts.join(' ')} ${random.pick(payloads)}`, 1, 'aug_persona'));
  }
  // 6. Length: long benign concatenations, short prefixes of long attacks.
  for (let copy = 0; copy < 300; copy++) {
    const parts = [random.pick(benign).text, random.pick(benign).text, random.pick(benign).text];
    out.push(example(parts.join('\n\n'), 0, 'aug_long_benign'));
  }
  for (const attack of attacks) {
    if (attack.text.length > 1500 && random.next() < 0.5) {
      out.push(example(attack.text.slice(0, 400 + random.below(400)), 1, 'aug_attack_prefix'));
    }
  }
  // 7. Round two: the techniques the first model under-learned, and their benign look-alikes.
  out.push(...augmentTechniques(rows, random));
  // 8. Round five: interface notices that start like a persona switch ("You are now following …").
  for (const text of buildInterfaceNotices(random, 150)) {
    out.push(example(text, 0, 'aug_interface_notice'));
  }
  // 9. Round seven: short requests that hold an e-mail address or ask for a reply language.
  for (const text of buildContactRequests(random, contactRequestCount)) {
    out.push(example(text, 0, 'aug_contact_request'));
  }
  // 10. Round seven: the redirect moves of rounds five and six, and their benign look-alikes.
  const moves = buildRedirectMoves(
    random,
    redirectMoveCopies,
    shortBenign.map((row) => row.text),
  );
  for (const text of moves.attacks) out.push(example(text, 1, 'aug_redirect_move'));
  for (const text of moves.benign) out.push(example(text, 0, 'aug_redirect_lookalike'));
  return out;
}
