import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { createInjectionGuard, scanText } from '../guards/index.js';

/**
 * `llm-gateway scan`: JSON lines `{"text": "…"}` on standard input, one JSON line out per input
 * (`{"flagged", "score", "categories", "spans", "pii"}`, plus `id` when the input had one). A line
 * that is not such an object gets `{"error": …}`; the exit code is then 2. With `--fail-on-flag`
 * the exit code is 1 when any text was flagged, for CI pipelines.
 */
export function registerScanCommand(
  program: Command,
  input: Readable,
  output: { readonly write: (text: string) => void },
): void {
  program
    .command('scan')
    .description(
      'Scan JSON lines {"text": …} from stdin for prompt injection, PII and credentials; one JSON line out per input',
    )
    .option('--threshold <score>', 'injection score that flags a text (default: the model’s)')
    .option('--fail-on-flag', 'exit with code 1 when any text is flagged')
    .action(async (options: { threshold?: string; failOnFlag?: boolean }) => {
      const guard = createInjectionGuard();
      const threshold =
        options.threshold === undefined ? guard.threshold : Number(options.threshold);
      if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
        output.write(`${JSON.stringify({ error: '--threshold must be a number from 0 to 1' })}\n`);
        process.exitCode = 2;
        return;
      }
      let flagged = false;
      let malformed = false;
      const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        if (line.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          value = undefined;
        }
        const record =
          typeof value === 'object' && value !== null
            ? (value as Record<string, unknown>)
            : undefined;
        if (record === undefined || typeof record.text !== 'string') {
          malformed = true;
          output.write(
            `${JSON.stringify({ error: 'expected a JSON object with a string "text"' })}\n`,
          );
          continue;
        }
        const result = scanText(guard, threshold, record.text);
        flagged ||= result.flagged;
        const id = record.id;
        output.write(
          `${JSON.stringify(typeof id === 'string' || typeof id === 'number' ? { id, ...result } : result)}\n`,
        );
      }
      if (malformed) process.exitCode = 2;
      else if (flagged && options.failOnFlag === true) process.exitCode = 1;
    });
}
