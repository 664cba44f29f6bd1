import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isSqliteFile } from './sqlite/open-sqlite-database.js';

/**
 * The server secret that keys API-key hashes and the audit chain. Given: used as is. Not given
 * (single machine, SQLite): generated once and kept in `gateway-secret` next to the database,
 * readable by the owner only, so keys stay valid across restarts. Replicas sharing PostgreSQL must
 * share a configured secret instead. An in-memory database lives as long as the process, and so
 * does its generated secret.
 */
export function loadServerSecret(configured: string | undefined, sqlitePath: string): string {
  if (configured !== undefined) return configured;
  if (!isSqliteFile(sqlitePath)) return randomBytes(48).toString('base64url');
  const directory = dirname(sqlitePath);
  const file = join(directory, 'gateway-secret');
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
  return readFileSync(file, 'utf8').trim();
}
