import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** README files larger than this are changelogs or generated API dumps, not prose. */
const maxReadmeBytes = 200_000;

/** Every `README.md` under `directory` (node_modules), sorted so that the set is reproducible. */
function findReadmes(directory: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        entry.isFile() &&
        entry.name.toLowerCase() === 'readme.md' &&
        statSync(path).size <= maxReadmeBytes
      )
        found.push(path);
    }
  };
  walk(directory);
  return found.sort();
}

/**
 * Benign prose the guard never trained on: the paragraphs of the README files of the installed
 * npm packages (pinned by package-lock.json), without code fences, tables and badge lines, 40 to
 * 2,000 characters each, each once. Software documentation is full of attack words used
 * harmlessly ("override the default configuration", "[instructions](…)", `agent:` keys).
 */
export function loadReadmeParagraphs(nodeModules: string): string[] {
  const paragraphs = new Set<string>();
  for (const file of findReadmes(nodeModules)) {
    for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
      const text = block.trim();
      if (text.length < 40 || text.length > 2000) continue;
      if (text.startsWith('```') || text.startsWith('|') || text.startsWith('[![')) continue;
      paragraphs.add(text);
    }
  }
  return [...paragraphs];
}
