import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { http } from '../helpers/http-client.js';

const cli = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

interface Started {
  readonly child: ChildProcess;
  readonly stderr: () => string;
  readonly stdout: () => string;
}

/** Runs the built CLI as a user would (`npm test` builds it first). */
function run(args: string[], env: Record<string, string>): Started {
  if (!existsSync(cli))
    throw new Error(`build the project first (npm run build): ${cli} is missing`);
  const child = spawn(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return { child, stderr: () => stderr, stdout: () => stdout };
}

async function waitFor(
  read: () => string,
  pattern: RegExp,
  timeoutMs = 15_000,
): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = pattern.exec(read());
    if (match !== null) return match;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; got:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('llm-gateway serve', () => {
  it('starts in demo mode without provider keys, prints a generated key once, and answers /query with it', async () => {
    const started = run(['serve'], {});
    const [, address] = await waitFor(started.stderr, /listening on (http:\/\/[\d.:]+)/);
    const [, key] = await waitFor(started.stderr, /shown once\):\n\s+(lsg_demo_\S+)/);
    expect(started.stderr()).toContain('DEMO MODE');
    expect(started.stderr().split(key ?? '').length - 1).toBe(2); // the line itself and the curl example
    await waitFor(started.stdout, /DEMO MODE/);
    expect(started.stdout()).not.toContain(key);

    const health = await http(`${address}/health`);
    expect(health.json()).toMatchObject({
      mode: 'demo',
      demo: true,
      providers: ['gemini', 'groq', 'openrouter'],
    });
    expect(String(health.json().message)).toContain('GEMINI_API_KEY');

    const answer = await http(`${address}/query`, {
      headers: { 'content-type': 'application/json', 'x-api-key': key ?? '' },
      body: JSON.stringify({ prompt: 'Hello from the CLI test' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ provider: 'gemini', status: 'success' });
    expect(String(answer.json().response)).toContain('Simulated');

    started.child.kill('SIGTERM');
    expect(await exitCode(started.child)).toBe(0);
  });

  it('uses SERVICE_API_KEY when it is set and does not print it', async () => {
    const started = run(['serve'], { SERVICE_API_KEY: 'my-own-key-123456' });
    const [, address] = await waitFor(started.stderr, /listening on (http:\/\/[\d.:]+)/);
    expect(started.stderr()).not.toContain('my-own-key-123456');
    const answer = await http(`${address}/query`, {
      headers: { 'content-type': 'application/json', 'x-api-key': 'my-own-key-123456' },
      body: JSON.stringify({ prompt: 'Hello' }),
    });
    expect(answer.status).toBe(200);
  });

  it('refuses to start in production without provider keys and a client key, naming them', async () => {
    const started = run(['serve'], { NODE_ENV: 'production' });
    expect(await exitCode(started.child)).toBe(1);
    expect(started.stderr()).toContain('SERVICE_API_KEY');
    expect(started.stderr()).toContain('GEMINI_API_KEY');
  });

  it('names a bad variable and exits 1', async () => {
    const started = run(['serve'], { RATE_LIMIT: 'often' });
    expect(await exitCode(started.child)).toBe(1);
    expect(started.stderr()).toContain('RATE_LIMIT');
  });
});
