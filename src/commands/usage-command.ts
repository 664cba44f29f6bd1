import type { Command } from 'commander';
import { presentUsageRow, usageDimensions, type UsageDimension } from '../stores/index.js';
import { withStores } from './keys-command.js';
import { printTable } from './print-table.js';

function time(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`expected an ISO 8601 time, got "${value}"`);
  return ms;
}

/** `llm-gateway usage`: totals from the usage ledger. */
export function registerUsageCommand(
  program: Command,
  env: Readonly<Record<string, string | undefined>>,
  output: { readonly write: (text: string) => void },
): void {
  program
    .command('usage')
    .description('Usage totals per key, tenant, model or day, from the usage ledger')
    .option('--key <id>', 'only this key')
    .option('--tenant <tenant>', 'only this tenant')
    .option('--model <model>', 'only this model')
    .option('--from <time>', 'from this time (ISO 8601)')
    .option('--to <time>', 'before this time (ISO 8601)')
    .option('--group-by <list>', 'day,key,tenant,model', 'day')
    .option('--json', 'print JSON')
    .action(async (options: Record<string, string | boolean | undefined>) => {
      const text = (name: string) =>
        typeof options[name] === 'string' ? options[name] : undefined;
      const groups = (text('groupBy') ?? 'day').split(',');
      const unknown = groups.filter((group) => usageDimensions[group] === undefined);
      if (unknown.length > 0)
        throw new Error(`--group-by takes day, key, tenant, model (got ${unknown.join(', ')})`);
      await withStores(env, async (stores) => {
        const fromMs = time(text('from'));
        const toMs = time(text('to'));
        const keyId = text('key');
        const tenant = text('tenant');
        const model = text('model');
        const rows = await stores.usage.summarize({
          groupBy: groups.map((group) => usageDimensions[group] as UsageDimension),
          ...(keyId === undefined ? {} : { keyId }),
          ...(tenant === undefined ? {} : { tenant }),
          ...(model === undefined ? {} : { model }),
          ...(fromMs === undefined ? {} : { fromMs }),
          ...(toMs === undefined ? {} : { toMs }),
        });
        const view = rows.map(presentUsageRow);
        if (options.json === true) output.write(`${JSON.stringify(view, null, 2)}\n`);
        else
          printTable(
            view,
            [...groups, 'requests', 'prompt_tokens', 'completion_tokens', 'cost_usd'],
            output.write,
          );
      });
    });
}
