import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `directory` (node_modules) whose name `matches` and whose size is at most
 * `maxBytes`, sorted so that the set is reproducible (package-lock.json pins what is there).
 */
export function findPackageFiles(
  directory: string,
  matches: (name: string) => boolean,
  maxBytes: number,
): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && matches(entry.name) && statSync(path).size <= maxBytes)
        found.push(path);
    }
  };
  walk(directory);
  return found.sort();
}
