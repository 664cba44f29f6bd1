import type { Command } from 'commander';
import { withStores } from './keys-command.js';

/** `llm-gateway audit verify`: checks the audit log's hash chain; exit code 1 when it is broken. */
export function registerAuditCommand(
  program: Command,
  env: Readonly<Record<string, string | undefined>>,
  output: { readonly write: (text: string) => void },
): void {
  const audit = program.command('audit').description('The hash-chained audit log');
  audit
    .command('verify')
    .description(
      'Check every row of the audit log: edits, deletions, insertions and reordering are found',
    )
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withStores(env, async (stores) => {
        const result = await stores.audit.verify();
        if (options.json === true) output.write(`${JSON.stringify(result, null, 2)}\n`);
        else if (result.ok) output.write(`audit log intact: ${result.count} rows\n`);
        else
          output.write(
            `AUDIT LOG TAMPERED: first bad row ${result.firstBadSequence} (${result.violation})\n`,
          );
        if (!result.ok) process.exitCode = 1;
      });
    });
}
