import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

export interface StartedProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly output: () => string;
  stop(): Promise<void>;
}

/** Starts a Node process and waits until its output matches `ready`. */
export async function startProcess(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  ready: RegExp,
  options: { readonly cpu?: string } = {},
): Promise<StartedProcess & { readonly match: RegExpExecArray }> {
  const command = options.cpu === undefined ? process.execPath : 'taskset';
  const commandArgs =
    options.cpu === undefined ? [...args] : ['-c', options.cpu, process.execPath, ...args];
  const child = spawn(command, commandArgs, {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (chunk: Buffer): void => {
    if (output.length < 200_000) output += chunk.toString();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setInterval(() => {
      const found = ready.exec(output);
      if (found !== null) {
        clearInterval(timer);
        resolve(found);
      }
    }, 20);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`process exited with ${String(code)} before it was ready:\n${output}`));
    });
  });
  return {
    child,
    pid: child.pid ?? 0,
    output: () => output,
    match,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Pins this process (the load generator) to CPU 1, leaving CPU 0 to the process measured: every
 * thread (`-a`), or V8's and libuv's threads stay free to run on the measured core.
 */
export function pinLoadGenerator(): void {
  try {
    execFileSync('taskset', ['-a', '-cp', '1', String(process.pid)], { stdio: 'ignore' });
  } catch {
    // Not Linux, or one core only: measure unpinned.
  }
}
