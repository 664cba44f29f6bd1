import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { LabelledPrompt } from './load-dataset.js';

/*
 * The hand-written probe sets of `test/guards/` as training data (round ten). Each was written by
 * hand (in a session or by a helper), none taken from the dataset, to find what the guard missed;
 * a test pins each one. Measured on a set held out of training (round nine's blind set A), training
 * on the others raised its attacks flagged from 90 to 113 of 150 and lowered its benign prompts
 * flagged from 18 to 13 (docs/guard-evaluation.md, Round ten). No probe shares half its character
 * 5-grams with a row of train, dev or test (checked when this was added).
 *
 * The texts stay where the tests read them; this reads the string arrays of the test files by
 * their names, so a set is written once. Attacks: names with "attack" or "miss" (`attacks`,
 * `knownMisses`, `secondAttacks`); benign: names with "benign", "negative" or "false"
 * (`benign`, `hardNegatives`, `knownFalsePositives`). Other arrays are not probes, and the files
 * named `held-out-*.test.ts` are not read.
 */

/**
 * Test files whose sets measure and are never trained on (`held-out-*.test.ts`): a set written for
 * a round's evaluation, scored before and after the round's changes.
 */
export const heldOutPrefix = 'held-out-';

/** The label an array of a probe file holds, by its name; undefined for arrays that are not probes. */
export function probeLabel(name: string): 0 | 1 | undefined {
  if (/attack|miss/i.test(name)) return 1;
  if (/benign|negative|false/i.test(name)) return 0;
  return undefined;
}

function stringValue(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = stringValue(node.left);
    const right = stringValue(node.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  return undefined;
}

/** The name an array literal is bound to: its property or variable, or the object's for `texts`. */
function bindingName(array: ts.ArrayLiteralExpression): string | undefined {
  const parent = array.parent;
  if (!(ts.isPropertyAssignment(parent) || ts.isVariableDeclaration(parent))) return undefined;
  const name = parent.name.getText();
  if (name !== 'texts') return name;
  const owner = parent.parent.parent;
  return ts.isPropertyAssignment(owner) || ts.isVariableDeclaration(owner)
    ? owner.name.getText()
    : undefined;
}

/** The probes of one test file's source, each text once. */
export function probesOfSource(fileName: string, source: string): LabelledPrompt[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const probes: LabelledPrompt[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isArrayLiteralExpression(node)) {
      const name = bindingName(node);
      const label = name === undefined ? undefined : probeLabel(name);
      const texts = node.elements.map(stringValue);
      if (label !== undefined && texts.every((text) => text !== undefined)) {
        for (const text of texts) {
          probes.push({ text, label, source: `probe:${fileName}`, category: `probe_${name}` });
        }
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return probes;
}

/**
 * Every probe of the `*.test.ts` files under `directory`, each text once, sorted by text: moving a
 * probe between two lists of one label (a known miss that is now flagged) leaves the training
 * examples, and so the model, unchanged.
 */
export function loadProbeSets(directory: string): LabelledPrompt[] {
  const seen = new Map<string, LabelledPrompt>();
  const probes: LabelledPrompt[] = [];
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.test.ts') && !name.startsWith(heldOutPrefix))
    .sort();
  for (const name of files) {
    for (const probe of probesOfSource(name, readFileSync(join(directory, name), 'utf8'))) {
      const earlier = seen.get(probe.text);
      if (earlier !== undefined && earlier.label !== probe.label) {
        throw new Error(
          `probe in ${earlier.source} and ${probe.source} with both labels: ${probe.text}`,
        );
      }
      if (earlier !== undefined) continue;
      seen.set(probe.text, probe);
      probes.push(probe);
    }
  }
  return probes.sort((left, right) =>
    left.text < right.text ? -1 : left.text > right.text ? 1 : 0,
  );
}
