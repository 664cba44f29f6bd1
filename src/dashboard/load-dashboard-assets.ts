import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** One file of the dashboard, read once at start, with its gzip form and validator. */
export interface DashboardAsset {
  readonly body: Buffer;
  /** Undefined when compressing would not pay (tiny files). */
  readonly gzip: Buffer | undefined;
  readonly etag: string;
  readonly contentType: string;
}

/** The dashboard's files by path relative to its root (`index.html`, `views/keys.js`). */
export type DashboardAssets = ReadonlyMap<string, DashboardAsset>;

/** The file types the dashboard serves; anything else in the folder (its tsconfig) is not served. */
export const dashboardContentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Next to this module: `src/dashboard/public` in the source tree, `dist/src/dashboard/public` once built. */
export const dashboardDirectory = fileURLToPath(new URL('./public/', import.meta.url));

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Reads the dashboard's files into memory (a few tens of kilobytes): the server then answers from
 * a fixed map, so no request path ever reaches the file system. An empty map means the assets are
 * missing (a build that skipped the copy step).
 */
export async function loadDashboardAssets(
  directory: string = dashboardDirectory,
): Promise<DashboardAssets> {
  const assets = new Map<string, DashboardAsset>();
  let files: string[];
  try {
    files = await listFiles(directory);
  } catch {
    return assets;
  }
  for (const file of files) {
    const contentType = dashboardContentTypes[extname(file)];
    if (contentType === undefined) continue;
    const body = await readFile(file);
    const gzip = body.length > 1024 ? gzipSync(body, { level: 9 }) : undefined;
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    const path = relative(directory, file).split(sep).join('/');
    assets.set(path, {
      body,
      gzip: gzip !== undefined && gzip.length < body.length ? gzip : undefined,
      etag,
      contentType,
    });
  }
  return assets;
}
