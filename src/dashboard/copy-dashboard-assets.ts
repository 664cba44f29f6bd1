import { cpSync, existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dashboardContentTypes } from './load-dashboard-assets.js';

/**
 * Build step (`npm run build`, after `tsc`): copies the dashboard's hand-written browser files
 * from `src/dashboard/public` to `dist/src/dashboard/public`, where the built server reads them.
 * Run as `node dist/src/dashboard/copy-dashboard-assets.js`.
 */
const source = fileURLToPath(new URL('../../../src/dashboard/public/', import.meta.url));
const target = fileURLToPath(new URL('./public/', import.meta.url));

if (!existsSync(source)) throw new Error(`dashboard sources not found at ${source}`);
if (source !== target) {
  cpSync(source, target, {
    recursive: true,
    filter: (path) =>
      statSync(path).isDirectory() || dashboardContentTypes[extname(path)] !== undefined,
  });
}
