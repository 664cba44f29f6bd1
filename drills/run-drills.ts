import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DrillResult, DrillScale } from './drill-result.js';
import { drills } from './drills.js';
import { formatReport } from './format-report.js';
import { pinDrillProcess } from './spawn-gateway.js';

/**
 * `npm run drills`: every fault drill at full scale (`--quick` for the short version, `--only name`
 * for one), a Markdown report on stdout and in bench/results/drills.json; exit 1 if a check fails.
 */
async function main(): Promise<void> {
  pinDrillProcess();
  const args = process.argv.slice(2);
  const scale: DrillScale = args.includes('--quick') ? 'quick' : 'full';
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const results: DrillResult[] = [];
  process.stdout.write(`# Fault drills (${scale})\n\n`);
  for (const drill of drills) {
    if (only !== undefined && drill.name !== only) continue;
    const started = Date.now();
    const result = await drill.run(scale);
    results.push(result);
    process.stdout.write(
      `${formatReport(result)}(${((Date.now() - started) / 1000).toFixed(1)} s)\n\n`,
    );
  }
  const failed = results.flatMap((result) =>
    result.checks.filter((item) => !item.pass).map((item) => `${result.name}: ${item.name}`),
  );
  process.stdout.write(
    failed.length === 0 ? 'All drill checks pass.\n' : `Failed checks:\n- ${failed.join('\n- ')}\n`,
  );
  const directory = fileURLToPath(new URL('../../bench/results/', import.meta.url));
  mkdirSync(directory, { recursive: true });
  writeFileSync(
    `${directory}drills.json`,
    `${JSON.stringify({ date: new Date().toISOString(), scale, results }, null, 2)}\n`,
  );
  process.exitCode = failed.length === 0 ? 0 : 1;
}

await main();
