import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built program: next to this file when it runs from dist/, under dist/ when run from source. */
export const cliPath = fileURLToPath(
  new URL(
    import.meta.url.includes('/dist/') ? '../src/cli.js' : '../dist/src/cli.js',
    import.meta.url,
  ),
);

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const pinning = hasTaskset();

/**
 * Pins this (the drill's) process to CPU 1, leaving CPU 0 to the gateway, where possible. Every
 * thread (`-a`): V8's and libuv's threads exist before this runs, and pinning only the main one
 * left them free to run on the gateway's core (seen there in 15 % of samples under overload).
 */
export function pinDrillProcess(): void {
  if (pinning)
    execFileSync('taskset', ['-a', '-cp', '1', String(process.pid)], { stdio: 'ignore' });
}

/** The command that runs `node <args>` on CPU 1 (the drill's core) where pinning is possible. */
export function onDrillCore(args: readonly string[]): { command: string; args: string[] } {
  return pinning
    ? { command: 'taskset', args: ['-c', '1', process.execPath, ...args] }
    : { command: process.execPath, args: [...args] };
}

export interface GatewayProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** The gateway's JSON log lines so far (stdout). */
  readonly logLines: string[];
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** Runs `llm-gateway serve` as its own process, as in production, and waits until it listens. */
export async function spawnGateway(
  env: Readonly<Record<string, string>>,
  options: { readonly pin?: boolean } = {},
): Promise<GatewayProcess> {
  const pin = pinning && options.pin !== false;
  const command = pin ? 'taskset' : process.execPath;
  const args = pin ? ['-c', '0', process.execPath, cliPath, 'serve'] : [cliPath, 'serve'];
  const dataDirectory = mkdtempSync(join(tmpdir(), 'lsg-gateway-'));
  const child = spawn(command, args, {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      // Its own embedded store, removed at exit, unless the caller names one.
      SQLITE_PATH: join(dataDirectory, 'gateway.sqlite'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.once('exit', () => rmSync(dataDirectory, { recursive: true, force: true }));
  const logLines: string[] = [];
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    logLines.push(...lines.filter((line) => line !== ''));
  });
  let banner = '';
  child.stderr?.on('data', (chunk: Buffer) => (banner += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /listening on (http:\/\/\S+)/.exec(banner);
      if (match?.[1] !== undefined) {
        clearInterval(timer);
        resolve(match[1]);
      }
    }, 20);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`gateway exited with ${String(code)}: ${banner}`));
    });
  });
  return {
    child,
    url,
    logLines,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve(child.exitCode);
          return;
        }
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
