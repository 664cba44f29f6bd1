import type { Command } from 'commander';
import { loadStorageConfig } from '../config/index.js';
import { presentKey } from '../http/admin/present-key.js';
import type { Stores } from '../stores/index.js';
import { openStores } from '../open-stores.js';
import { printTable } from './print-table.js';

interface Output {
  readonly write: (text: string) => void;
}

async function withStores<T>(
  env: Readonly<Record<string, string | undefined>>,
  work: (stores: Stores) => Promise<T>,
): Promise<T> {
  const stores = await openStores(loadStorageConfig(env));
  try {
    return await work(stores);
  } finally {
    await stores.close();
  }
}

function number(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0)
    throw new Error(`expected a positive number, got "${value}"`);
  return parsed;
}

function list(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

const columns = [
  'id',
  'name',
  'tenant',
  'status',
  'rpm',
  'tpm',
  'budget_usd_per_day',
  'budget_usd_per_month',
  'last_used_at',
];

/** `llm-gateway keys create | list | revoke | rotate`, on the configured stores. */
export function registerKeysCommand(
  program: Command,
  env: Readonly<Record<string, string | undefined>>,
  output: Output,
): void {
  const keys = program
    .command('keys')
    .description('Issue, list, revoke and rotate client API keys (same stores as the gateway)');

  keys
    .command('create')
    .description('Issue a key; the key is printed this once')
    .requiredOption('--name <name>', 'what the key is for')
    .option('--tenant <tenant>', 'organisation or team', 'default')
    .option('--rpm <n>', 'requests per minute')
    .option('--tpm <n>', 'tokens per minute')
    .option('--max-concurrency <n>', 'requests in flight')
    .option('--budget-day <usd>', 'spend cap per UTC day')
    .option('--budget-month <usd>', 'spend cap per UTC month')
    .option('--models <list>', 'models or routes it may use, comma-separated')
    .option('--surfaces <list>', 'APIs it may use: query,openai,anthropic,gemini')
    .option('--max-tokens <n>', 'largest output per request')
    .option('--expires <time>', 'ISO 8601 expiry')
    .option('--json', 'print JSON')
    .action(async (options: Record<string, string | boolean | undefined>) => {
      const text = (name: string) =>
        typeof options[name] === 'string' ? options[name] : undefined;
      await withStores(env, async (stores) => {
        const expires = text('expires');
        const issued = await stores.apiKeys.issue({
          name: text('name') ?? '',
          tenant: text('tenant') ?? 'default',
          limits: {
            requestsPerMinute: number(text('rpm')) ?? null,
            tokensPerMinute: number(text('tpm')) ?? null,
            maxConcurrency: number(text('maxConcurrency')) ?? null,
            budgetUsdPerDay: number(text('budgetDay')) ?? null,
            budgetUsdPerMonth: number(text('budgetMonth')) ?? null,
          },
          scopes: {
            models: list(text('models')) ?? null,
            surfaces: list(text('surfaces')) ?? null,
            maxTokensPerRequest: number(text('maxTokens')) ?? null,
          },
          ...(expires === undefined ? {} : { expiresAtMs: Date.parse(expires) }),
        });
        await stores.audit.append({
          type: 'key.created',
          actor: 'cli',
          subject: issued.record.id,
          tenant: issued.record.tenant,
          requestId: null,
          details: { name: issued.record.name },
        });
        const view = { ...presentKey(issued.record, Date.now()), key: issued.key };
        if (options.json === true) output.write(`${JSON.stringify(view, null, 2)}\n`);
        else
          output.write(
            `id:  ${issued.record.id}\nkey: ${issued.key}\n(the key is shown this once: store it now)\n`,
          );
      });
    });

  keys
    .command('list')
    .description('List keys')
    .option('--tenant <tenant>', 'only this tenant')
    .option('--all', 'include revoked keys')
    .option('--json', 'print JSON')
    .action(async (options: { tenant?: string; all?: boolean; json?: boolean }) => {
      await withStores(env, async (stores) => {
        const page = await stores.keys.list({
          ...(options.tenant === undefined ? {} : { tenant: options.tenant }),
          includeRevoked: options.all === true,
          limit: 1000,
        });
        const views = page.keys.map((record) => presentKey(record, Date.now()));
        if (options.json === true) output.write(`${JSON.stringify(views, null, 2)}\n`);
        else printTable(views, columns, output.write);
      });
    });

  keys
    .command('revoke <id>')
    .description('Revoke a key; every replica refuses it within a second')
    .action(async (id: string) => {
      await withStores(env, async (stores) => {
        const record = await stores.apiKeys.revoke(id);
        if (record === undefined) throw new Error(`no key ${id}`);
        await stores.audit.append({
          type: 'key.revoked',
          actor: 'cli',
          subject: id,
          tenant: record.tenant,
          requestId: null,
          details: {},
        });
        output.write(`revoked ${id}\n`);
      });
    });

  keys
    .command('rotate <id>')
    .description('Issue a replacement; the old key stays valid for the overlap')
    .option('--overlap <seconds>', 'how long the old key stays valid', '3600')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { overlap: string; json?: boolean }) => {
      await withStores(env, async (stores) => {
        const issued = await stores.apiKeys.rotate(id, {
          overlapMs: Number(options.overlap) * 1000,
        });
        if (issued === undefined)
          throw new Error(`cannot rotate ${id}: missing, revoked, expired or already rotated`);
        await stores.audit.append({
          type: 'key.rotated',
          actor: 'cli',
          subject: id,
          tenant: issued.record.tenant,
          requestId: null,
          details: { replaced_by: issued.record.id },
        });
        if (options.json === true)
          output.write(
            `${JSON.stringify({ ...presentKey(issued.record, Date.now()), key: issued.key, replaces: id }, null, 2)}\n`,
          );
        else
          output.write(
            `id:  ${issued.record.id}\nkey: ${issued.key}\n(the old key ${id} stays valid for ${options.overlap} s)\n`,
          );
      });
    });
}

export { withStores };
