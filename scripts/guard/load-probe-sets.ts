import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { LabelledPrompt } from './load-dataset.js';

/*
 * The hand-written probe sets of `test/guards/` as training data (round ten). Each was written by
 * hand (in a session or by a helper), none taken from the dataset, to find what the guard missed;
 * a `describeProbeSet(name, set)` call pins each one. Measured on a set held out of training
 * (round nine's blind set A), training on the others raised its attacks flagged from 90 to 113 of
 * 150 and lowered its benign prompts flagged from 18 to 13 (docs/guard-evaluation.md, Round ten).
 *
 * The texts stay where the tests read them, so a set is written once: this reads the arguments of
 * the `describeProbeSet` calls, whose keys carry the labels (`attacks` and `knownMisses`: attacks;
 * `benign` and `knownFalsePositives.texts`: benign). A list may be written inline, as a
 * module-level constant of the same file, or as spreads of such lists; anything else in a set is
 * an error. Lists that no `describeProbeSet` call names (an `it.each` of rule checks) are not
 * probes and are not read. Files named `held-out-*.test.ts` are not read: their sets measure.
 */

/** Test files whose sets measure and are never trained on. */
export const heldOutPrefix = 'held-out-';

const labels: ReadonlyMap<string, 0 | 1> = new Map([
  ['attacks', 1],
  ['knownMisses', 1],
  ['benign', 0],
  ['knownFalsePositives', 0],
]);

function stringValue(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = stringValue(node.left);
    const right = stringValue(node.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  return undefined;
}

function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isParenthesizedExpression(current)
  )
    current = current.expression;
  return current;
}

/** Reads the probe sets of one test file's source. */
class ProbeFileReader {
  private readonly variables = new Map<string, ts.Expression>();

  constructor(
    private readonly fileName: string,
    private readonly file: ts.SourceFile,
  ) {
    // Lists are module-level constants: only those are read, so a local name cannot shadow one.
    for (const statement of file.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer)
          this.variables.set(declaration.name.text, declaration.initializer);
      }
    }
  }

  private fail(node: ts.Node, problem: string): never {
    const { line } = this.file.getLineAndCharacterOfPosition(node.getStart());
    throw new Error(`${this.fileName}:${line + 1}: ${problem}`);
  }

  /** An expression, or the initializer of the variable it names. */
  private resolve(node: ts.Expression): ts.Expression {
    const value = unwrap(node);
    if (!ts.isIdentifier(value)) return value;
    const initializer = this.variables.get(value.text);
    if (initializer === undefined)
      this.fail(node, `${value.text} is not a module-level constant of this file`);
    return unwrap(initializer);
  }

  /** The texts of a list: inline, a variable, or spreads of lists. */
  texts(node: ts.Expression): string[] {
    const list = this.resolve(node);
    if (!ts.isArrayLiteralExpression(list)) this.fail(node, 'a probe list is not an array literal');
    return list.elements.flatMap((element) => {
      if (ts.isSpreadElement(element)) return this.texts(element.expression);
      const text = stringValue(element);
      if (text === undefined) this.fail(element, 'a probe is not a string literal');
      return [text];
    });
  }

  /** The property initializers of an object literal, by name. */
  properties(node: ts.Expression): Map<string, ts.Expression> {
    const object = this.resolve(node);
    if (!ts.isObjectLiteralExpression(object)) this.fail(node, 'a probe set is not an object');
    const found = new Map<string, ts.Expression>();
    for (const property of object.properties) {
      if (ts.isPropertyAssignment(property))
        found.set(property.name.getText(), property.initializer);
      else if (ts.isShorthandPropertyAssignment(property))
        found.set(property.name.text, property.name);
      else this.fail(property, 'a probe set holds something other than properties');
    }
    return found;
  }

  /** The labelled texts of one `describeProbeSet(name, set)` call. */
  probesOf(call: ts.CallExpression): LabelledPrompt[] {
    const set = call.arguments[1];
    if (set === undefined) this.fail(call, 'describeProbeSet without a set');
    const probes: LabelledPrompt[] = [];
    for (const [key, value] of this.properties(set)) {
      const label = labels.get(key);
      if (label === undefined) this.fail(value, `unknown probe-set key ${key}`);
      const list = key === 'knownFalsePositives' ? this.properties(value).get('texts') : value;
      if (list === undefined) this.fail(value, 'knownFalsePositives without texts');
      for (const text of this.texts(list)) {
        probes.push({ text, label, source: `probe:${this.fileName}`, category: `probe_${key}` });
      }
    }
    return probes;
  }
}

/** The probes of one test file's source, in source order. */
export function probesOfSource(fileName: string, source: string): LabelledPrompt[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const reader = new ProbeFileReader(fileName, file);
  const probes: LabelledPrompt[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'describeProbeSet'
    ) {
      probes.push(...reader.probesOf(node));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return probes;
}

/**
 * Every probe of the `*.test.ts` files under `directory` but the held-out ones, each text once,
 * sorted by text: moving a probe between two lists of one label (a known miss that is now
 * flagged) leaves the training examples, and so the model, unchanged.
 */
export function loadProbeSets(directory: string): LabelledPrompt[] {
  const seen = new Map<string, LabelledPrompt>();
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
      if (earlier === undefined) seen.set(probe.text, probe);
    }
  }
  return [...seen.values()].sort((left, right) =>
    left.text < right.text ? -1 : left.text > right.text ? 1 : 0,
  );
}

/** One held-out set: its file's name and probes, in source order. */
export interface HeldOutSet {
  readonly file: string;
  readonly probes: readonly LabelledPrompt[];
}

/** The held-out sets (`held-out-*.test.ts`) under `directory`, by file name: never trained on. */
export function loadHeldOutSets(directory: string): HeldOutSet[] {
  return readdirSync(directory)
    .filter((name) => name.startsWith(heldOutPrefix) && name.endsWith('.test.ts'))
    .sort()
    .map((file) => ({
      file,
      probes: probesOfSource(file, readFileSync(join(directory, file), 'utf8')),
    }));
}
