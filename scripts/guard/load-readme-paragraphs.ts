import { readFileSync } from 'node:fs';
import { findPackageFiles } from './find-package-files.js';

/** README files larger than this are changelogs or generated API dumps, not prose. */
const maxReadmeBytes = 200_000;

/**
 * Benign prose the guard never trained on: the paragraphs of the README files of the installed
 * npm packages (pinned by package-lock.json), without code fences, tables and badge lines, 40 to
 * 2,000 characters each, each once. Software documentation is full of attack words used
 * harmlessly ("override the default configuration", "[instructions](…)", `agent:` keys).
 */
export function loadReadmeParagraphs(nodeModules: string): string[] {
  const paragraphs = new Set<string>();
  for (const file of findPackageFiles(
    nodeModules,
    (name) => name.toLowerCase() === 'readme.md',
    maxReadmeBytes,
  )) {
    for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
      const text = block.trim();
      if (text.length < 40 || text.length > 2000) continue;
      if (text.startsWith('```') || text.startsWith('|') || text.startsWith('[![')) continue;
      paragraphs.add(text);
    }
  }
  return [...paragraphs];
}
