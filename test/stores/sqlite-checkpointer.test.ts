import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../../src/stores/sqlite/open-sqlite-database.js';
import { startSqliteCheckpointer } from '../../src/stores/sqlite/sqlite-checkpointer.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0))
    rmSync(directory, { recursive: true, force: true });
});

function openFile() {
  const directory = mkdtempSync(join(tmpdir(), 'lsg-checkpoint-'));
  directories.push(directory);
  const path = join(directory, 'gateway.sqlite');
  const database = openSqliteDatabase(path);
  database.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  return { path, database };
}

/** Small commits without pause, as the usage ledger's group commits arrive under load. */
async function writeSteadily(database: ReturnType<typeof openFile>['database'], ms: number) {
  const insert = database.prepare('INSERT INTO rows (body) VALUES (?)');
  const batch = database.transaction(() => {
    for (let row = 0; row < 20; row += 1) insert.run('x'.repeat(400));
  });
  const until = Date.now() + ms;
  while (Date.now() < until) {
    batch();
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('SQLite checkpoints off the event loop', () => {
  it('keeps the WAL bounded under steady writes while the connection never checkpoints itself', async () => {
    const { path, database } = openFile();
    const checkpointer = startSqliteCheckpointer(database, path, { intervalMs: 100 });
    expect(database.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await writeSteadily(database, 3000);
    const walBytes = statSync(`${path}-wal`).size;
    const written = (database.prepare('SELECT count(*) AS n FROM rows').get() as { n: number }).n;
    await checkpointer.close();
    database.close();
    // Three seconds of writes is far more than the WAL may hold: every row went through it.
    expect(written * 400).toBeGreaterThan(3 * walBytes);
    expect(walBytes).toBeLessThan(4 * 1024 * 1024);
  });

  it('leaves every row in the database file after close', async () => {
    const { path, database } = openFile();
    const checkpointer = startSqliteCheckpointer(database, path, { intervalMs: 50 });
    await writeSteadily(database, 300);
    const written = (database.prepare('SELECT count(*) AS n FROM rows').get() as { n: number }).n;
    await checkpointer.close();
    database.close();
    const reopened = openSqliteDatabase(path);
    const read = (reopened.prepare('SELECT count(*) AS n FROM rows').get() as { n: number }).n;
    reopened.close();
    expect(read).toBe(written);
    expect(written).toBeGreaterThan(0);
  });
});
