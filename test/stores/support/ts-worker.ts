import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Worker threads that run TypeScript modules of this repository (Vitest does not transform a
 * worker's imports). Each worker registers a small module loader that strips types with Rolldown's
 * transformer (which Vite ships) and maps the `.js` suffixes of relative imports to `.ts`.
 */
const require = createRequire(import.meta.url);
const transformerUrl = pathToFileURL(require.resolve('rolldown/utils')).href;

const loaderSource = `
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from ${JSON.stringify(transformerUrl)};
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (specifier.endsWith('.js') && ['.', '/', 'file:'].some((start) => specifier.startsWith(start))) {
      return next(specifier.slice(0, -3) + '.ts', context);
    }
    throw error;
  }
}
export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const path = fileURLToPath(url);
  const output = transformSync(path, readFileSync(path, 'utf8'));
  return { format: 'module', source: output.code, shortCircuit: true };
}
`;

const loaderUrl = `data:text/javascript;base64,${Buffer.from(loaderSource).toString('base64')}`;

/** Starts a worker thread running the TypeScript module at `moduleUrl`. */
export function startTypeScriptWorker(moduleUrl: URL, workerData: unknown): Worker {
  const bootstrap = `
    const { register } = require('node:module');
    register(${JSON.stringify(loaderUrl)});
    import(${JSON.stringify(moduleUrl.href)}).catch((error) => { console.error(error); process.exit(1); });
  `;
  return new Worker(bootstrap, { eval: true, workerData });
}
