/**
 * `npm run conformance`: drives the official OpenAI, Anthropic and Gemini SDKs through the gateway
 * against every provider dialect (simulated upstreams on loopback), runs the same checks as
 * `test/conformance/`, and prints the matrix as a Markdown table. Exits non-zero when a cell fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checksBySurface } from '../test/conformance/checks-by-surface.js';
import {
  checkColumns,
  providerRows,
  rowLabels,
  surfaces,
  type CheckId,
  type ProviderRow,
  type Surface,
} from '../test/conformance/conformance-matrix.js';
import { startConformanceRig } from '../test/conformance/conformance-rig.js';

interface CellResult {
  readonly surface: Surface;
  readonly row: ProviderRow;
  readonly column: CheckId;
  readonly failure: string | undefined;
}

const sdkPackages = ['openai', '@anthropic-ai/sdk', '@google/genai'] as const;

function installedVersion(name: string): string {
  try {
    const manifest = JSON.parse(
      readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8'),
    ) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

function describeFailure(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 400);
}

/** Every cell of one surface, over one rig, with faults and journals cleared before each check. */
async function runSurface(surface: Surface): Promise<CellResult[]> {
  const checks = checksBySurface[surface];
  const rig = await startConformanceRig();
  const results: CellResult[] = [];
  try {
    for (const row of providerRows) {
      for (const { id } of checkColumns) {
        rig.reset();
        let failure: string | undefined;
        try {
          await checks[id](rig.cell(row), rig);
        } catch (error) {
          failure = describeFailure(error);
        }
        results.push({ surface, row, column: id, failure });
      }
    }
  } finally {
    await rig.close();
  }
  return results;
}

/** Columns as wide as Prettier makes them, so the printed table can be pasted into Markdown as is. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += character === '✅' || character === '❌' ? 2 : 1;
  return width;
}

function renderTable(results: readonly CellResult[]): string {
  const rows: string[][] = [
    ['surface', 'provider dialect', ...checkColumns.map((column) => column.label)],
  ];
  for (const surface of surfaces) {
    for (const row of providerRows) {
      const cells = checkColumns.map(({ id }) => {
        const result = results.find(
          (candidate) =>
            candidate.surface === surface && candidate.row === row && candidate.column === id,
        );
        return result !== undefined && result.failure === undefined ? '✅' : '❌';
      });
      rows.push([surface, rowLabels[row], ...cells]);
    }
  }
  const widths =
    rows[0]?.map((_, index) =>
      Math.max(3, ...rows.map((cells) => displayWidth(cells[index] ?? ''))),
    ) ?? [];
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, index) => cell + ' '.repeat((widths[index] ?? 0) - displayWidth(cell))).join(' | ')} |`;
  const [header, ...body] = rows;
  return [
    line(header ?? []),
    line(widths.map((width) => '-'.repeat(width))),
    ...body.map(line),
  ].join('\n');
}

async function main(): Promise<number> {
  const started = performance.now();
  const results: CellResult[] = [];
  for (const surface of surfaces) results.push(...(await runSurface(surface)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const failures = results.filter((result) => result.failure !== undefined);
  const versions = sdkPackages.map((name) => `${name} ${installedVersion(name)}`).join(', ');

  const output = [
    `Conformance: official SDKs (${versions}) through the gateway, Node ${process.versions.node}`,
    '',
    renderTable(results),
    '',
    `${results.length - failures.length}/${results.length} checks passed, ${failures.length} failed ` +
      `(${surfaces.length} surfaces × ${providerRows.length} provider dialects × ${checkColumns.length} checks) in ${seconds} s`,
  ];
  if (failures.length > 0) {
    output.push('', 'Failures:');
    for (const failure of failures) {
      const label =
        checkColumns.find((column) => column.id === failure.column)?.label ?? failure.column;
      output.push(
        `- ${failure.surface} × ${rowLabels[failure.row]} · ${label}: ${failure.failure ?? ''}`,
      );
    }
  }
  process.stdout.write(`${output.join('\n')}\n`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`conformance run failed: ${describeFailure(error)}\n`);
    process.exitCode = 2;
  },
);
