import { readFileSync } from 'node:fs';
import { findPackageFiles } from './find-package-files.js';

/** Declaration files larger than this are generated bundles; their comments repeat. */
const maxDeclarationBytes = 1_000_000;

/** The prose of one `/** … *\/` block: leading asterisks and `@tag` lines dropped. */
function commentProse(block: string): string {
  return block
    .split('\n')
    .map((line) => line.replace(/^\s*\/?\*+\/?\s?/, '').trimEnd())
    .filter((line) => !line.trimStart().startsWith('@'))
    .join('\n')
    .replace(/\*\/\s*$/, '')
    .trim();
}

/**
 * Benign technical prose for training (round ten): the documentation comments of the installed
 * npm packages' type declarations, 60 to 1,500 characters each, each once. They are the same kind
 * of text as the README paragraphs the evaluation measures false positives on (API docs full of
 * "instructions", "override", "system", "ignore"), but other text: the evaluation's paragraphs come
 * from README files, never from declarations.
 */
export function loadDocComments(nodeModules: string): string[] {
  const comments = new Set<string>();
  for (const file of findPackageFiles(
    nodeModules,
    (name) => name.endsWith('.d.ts'),
    maxDeclarationBytes,
  )) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\/\*\*[^]*?\*\//g)) {
      const text = commentProse(match[0]);
      if (text.length >= 60 && text.length <= 1500) comments.add(text);
    }
  }
  return [...comments];
}
