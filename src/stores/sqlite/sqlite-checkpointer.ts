import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { silentLogger, type Logger } from '../../core/index.js';
import type { SqliteDatabase } from './open-sqlite-database.js';

/** SQLite's own default: checkpoint once the WAL holds this many pages. */
const defaultAutoCheckpointPages = 1000;

// A CommonJS script: eval'd workers cannot import. It opens its own connection to the same file.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
const database = new Database(workerData.path, { timeout: 5000 });
const checkpoint = () => {
  try {
    const [result] = database.pragma('wal_checkpoint(PASSIVE)');
    if (result.log > 0 && result.checkpointed === result.log) parentPort.postMessage({ caughtUp: true });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message) });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  database.close();
  parentPort.close();
});
`;

export interface SqliteCheckpointer {
  /** Runs a last checkpoint and stops the worker. */
  close(): Promise<void>;
}

/**
 * Moves WAL checkpoints off the event loop. SQLite checkpoints inside whichever commit crosses the
 * WAL's size threshold, and a checkpoint writes the database file and fsyncs it: measured under
 * load, those commits stalled the event loop for tens of milliseconds (p99 of a shed 503 85 ms
 * with them, 24-34 ms without). Here the gateway's connection never checkpoints; a worker thread
 * with its own connection runs a PASSIVE checkpoint (which never blocks writers) every interval.
 * Should the worker fail, the connection goes back to SQLite's automatic checkpoints.
 */
export function startSqliteCheckpointer(
  database: SqliteDatabase,
  path: string,
  options: { readonly intervalMs?: number; readonly logger?: Logger } = {},
): SqliteCheckpointer {
  const logger = options.logger ?? silentLogger;
  database.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: {
      modulePath: createRequire(import.meta.url).resolve('better-sqlite3'),
      path,
      intervalMs: options.intervalMs ?? 1000,
    },
  });
  worker.unref();
  let failed = false;
  const fallBack = (error: unknown): void => {
    if (failed) return;
    failed = true;
    logger.warn({ err: error }, 'SQLite checkpoint worker failed; checkpointing inline again.');
    if (database.open) database.pragma(`wal_autocheckpoint = ${defaultAutoCheckpointPages}`);
  };
  worker.on('message', (message: { readonly error?: string; readonly caughtUp?: boolean }) => {
    if (message.error !== undefined)
      logger.warn({ err: message.error }, 'SQLite checkpoint failed.');
    // SQLite reuses the WAL from its start only when a write begins with every frame copied back;
    // under steady writes the worker's checkpoint never sees that moment. Copying the few frames
    // written since it started, here, between two of our own writes, lets the next write restart
    // the WAL, so the file stays bounded.
    if (message.caughtUp === true && database.open) database.pragma('wal_checkpoint(PASSIVE)');
  });
  worker.on('error', fallBack);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async close() {
      // Unreferenced, the worker would not keep the process alive until it has exited.
      worker.ref();
      if (!failed) worker.postMessage('stop');
      await exited;
    },
  };
}
