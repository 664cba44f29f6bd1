import {
  aboutAiQuestions,
  actorFramings,
  actorNames,
  benignFollowUps,
  benignRoleTalk,
  benignShortQuestions,
  benignStyleInstructions,
  capabilityPretexts,
  crimes,
  escapedBreaks,
  everydayRequests,
  everydayTopics,
  hijackPayloads,
  inlineLanguages,
  inlinePhrases,
  inlineSentences,
  inlineTasks,
  personaNames,
  personaSwaps,
  praiseOpeners,
  stopCuts,
  taskSwitches,
} from './augmentation-families.js';
import type { Random } from './create-random.js';
import type { LabelledPrompt } from './load-dataset.js';

function example(text: string, label: 0 | 1, category: string): LabelledPrompt {
  return { text, label, source: 'augmentation', category };
}

function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => slots[name] ?? match);
}

/**
 * Round-two augmentation (seeded): task switches after praise, "stop and do this", typed line
 * breaks, never-break-role scenes, pretended capabilities and persona swaps, each after a benign
 * question from the train split or alone; and the benign prompts that share their words (follow-up
 * turns, short non-English questions, role talk), so that the words alone are not the evidence.
 */
export function augmentTechniques(
  rows: readonly LabelledPrompt[],
  random: Random,
): LabelledPrompt[] {
  const out: LabelledPrompt[] = [];
  const questions = rows
    .filter((row) => row.label === 0 && row.text.length <= 160)
    .map((row) => row.text);
  const lead = (): string => (random.next() < 0.7 ? `${random.pick(questions)} ` : '');
  for (let copy = 0; copy < 3; copy++) {
    for (const template of taskSwitches) {
      const payload = random.pick(hijackPayloads);
      const opener = random.pick(praiseOpeners);
      out.push(
        example(`${lead()}${opener} ${fill(template, { payload })}`.trim(), 1, 'aug_switch'),
      );
    }
    for (const template of stopCuts) {
      const text = `${random.pick(questions)} ${fill(template, { payload: random.pick(hijackPayloads) })}`;
      out.push(example(text, 1, 'aug_stop'));
    }
    for (const template of escapedBreaks) {
      const text = `${random.pick(questions)} ${fill(template, { payload: random.pick(hijackPayloads) })}`;
      out.push(example(text, 1, 'aug_escaped_break'));
    }
    for (const template of actorFramings) {
      const [a, b] = random.pick(actorNames);
      const [crime, expert, crimeVerb] = random.pick(crimes);
      const text = fill(template, { a, b, crime, expert, crime_verb: crimeVerb });
      out.push(example(`${lead()}${text}`, 1, 'aug_actor'));
    }
    for (const template of capabilityPretexts) {
      out.push(example(fill(template, { question: random.pick(questions) }), 1, 'aug_capability'));
    }
    for (const template of personaSwaps) {
      const text = fill(template, {
        persona: random.pick(personaNames),
        question: random.pick(hijackPayloads),
      });
      out.push(example(text, 1, 'aug_persona_swap'));
    }
    for (const text of benignFollowUps) {
      const opener = random.next() < 0.4 ? `${random.pick(praiseOpeners)} ` : '';
      out.push(example(`${opener}${text}`.trim(), 0, 'aug_follow_up'));
    }
    for (const text of benignShortQuestions) out.push(example(text, 0, 'aug_short_question'));
    for (const text of benignRoleTalk) out.push(example(text, 0, 'aug_role_talk'));
    for (const text of benignStyleInstructions) out.push(example(text, 0, 'aug_style'));
    for (const text of aboutAiQuestions) out.push(example(text, 0, 'aug_about_ai'));
  }
  for (const template of everydayRequests) {
    for (let copy = 0; copy < 6; copy++) {
      out.push(example(fill(template, { topic: random.pick(everydayTopics) }), 0, 'aug_everyday'));
    }
  }
  for (const template of inlineTasks) {
    for (let copy = 0; copy < 6; copy++) {
      const slots = {
        phrase: random.pick(inlinePhrases),
        sentence: random.pick(inlineSentences),
        language: random.pick(inlineLanguages),
      };
      out.push(example(fill(template, slots), 0, 'aug_inline_task'));
    }
  }
  out.push(...recombineCleanEmails(rows, random));
  return out;
}

const emailMarker = '\n\nHere is the email:\n';
const emailQuestions: readonly string[] = [
  'Summarize this email in two sentences.',
  'What is the sender asking me to do?',
  'Is there a deadline mentioned in this email?',
  'Draft a polite reply to this email.',
  'Who sent this email and what is it about?',
];

/**
 * Clean e-mail tasks with their questions and bodies recombined (and a few generic questions), so
 * that the e-mail template and the question are not evidence of an injection by themselves.
 */
function recombineCleanEmails(rows: readonly LabelledPrompt[], random: Random): LabelledPrompt[] {
  const parts = rows
    .filter((row) => row.label === 0 && row.text.includes(emailMarker))
    .map((row) => {
      const at = row.text.indexOf(emailMarker);
      return { question: row.text.slice(0, at), body: row.text.slice(at + emailMarker.length) };
    });
  if (parts.length === 0) return [];
  const questions = [...parts.map((part) => part.question), ...emailQuestions];
  const out: LabelledPrompt[] = [];
  for (let copy = 0; copy < 60; copy++) {
    const body = random.pick(parts).body;
    out.push(example(`${random.pick(questions)}${emailMarker}${body}`, 0, 'aug_clean_email_mix'));
  }
  return out;
}
