import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { http } from '../helpers/http-client.js';

const cli = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'gateway-cli-'));
const env = {
  PATH: process.env.PATH ?? '',
  SQLITE_PATH: join(directory, 'gateway.sqlite'),
  HOST: '127.0.0.1',
  PORT: '0',
  SERVICE_API_KEY: 'cli-test-service-key-0123',
};
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function serve(): Promise<string> {
  const child = spawn(process.execPath, [cli, 'serve'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let waited = 0; waited < 15_000; waited += 50) {
    const match = /listening on (http:\/\/\S+)/.exec(output);
    if (match?.[1] !== undefined) return match[1];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gateway did not start: ${output}`);
}

describe('llm-gateway keys, usage and audit', () => {
  it('issues a key the running gateway accepts, revokes it within a second, and reports usage', async () => {
    const created = run(
      'keys',
      'create',
      '--name',
      'cli app',
      '--tenant',
      'acme',
      '--rpm',
      '100',
      '--json',
    );
    expect(created.status).toBe(0);
    const { id, key } = JSON.parse(created.stdout) as { id: string; key: string };
    const url = await serve();
    const ask = () =>
      http(`${url}/v1/chat/completions`, {
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'default', messages: [{ role: 'user', content: 'hello' }] }),
      });
    expect((await ask()).status).toBe(200);

    const listed = run('keys', 'list');
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).toContain('acme');
    expect(listed.stdout).not.toContain(key);

    expect(run('keys', 'revoke', id).status).toBe(0);
    const revokedAt = Date.now();
    let status = 200;
    while (status === 200 && Date.now() - revokedAt < 3000) status = (await ask()).status;
    expect(status).toBe(401);
    expect(Date.now() - revokedAt).toBeLessThan(1500);

    await new Promise((resolve) => setTimeout(resolve, 400));
    const usage = run('usage', '--key', id, '--group-by', 'key', '--json');
    expect(usage.status).toBe(0);
    expect(JSON.parse(usage.stdout)).toEqual([expect.objectContaining({ key: id, requests: 1 })]);
  });

  it('rotates a key and verifies the audit log, and finds a tampered row', () => {
    const { id } = JSON.parse(run('keys', 'create', '--name', 'to rotate', '--json').stdout) as {
      id: string;
    };
    const rotated = run('keys', 'rotate', id, '--overlap', '60', '--json');
    expect(rotated.status).toBe(0);
    expect(JSON.parse(rotated.stdout)).toMatchObject({
      replaces: id,
      key: expect.stringMatching(/^lsg_/),
    });
    const verified = run('audit', 'verify');
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(/intact: \d+ rows/);

    const database = new Database(env.SQLITE_PATH);
    database.exec('DROP TRIGGER IF EXISTS audit_log_no_update');
    const triggers = database
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
      .all() as { name: string }[];
    for (const trigger of triggers) database.exec(`DROP TRIGGER ${trigger.name}`);
    database.prepare("UPDATE audit_log SET actor = 'someone else' WHERE sequence = 1").run();
    database.close();
    const tampered = run('audit', 'verify');
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toContain('TAMPERED');
  });

  it('names a bad variable', () => {
    const result = spawnSync(process.execPath, [cli, 'keys', 'list'], {
      env: { ...env, GATEWAY_SECRET: 'short' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('GATEWAY_SECRET');
  });
});
