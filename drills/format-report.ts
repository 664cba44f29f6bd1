import type { DrillResult } from './drill-result.js';

/** A drill result as Markdown, for the terminal and for docs/resilience.md. */
export function formatReport(result: DrillResult): string {
  const lines = [`### ${result.name}`, '', result.description, ''];
  const summary = result.summary;
  if (summary !== undefined) {
    lines.push(
      `requests ${summary.requests}, succeeded ${summary.succeeded} (${(summary.successRate * 100).toFixed(3)} %), ` +
        `attempts/request ${summary.attemptsPerRequest}, latency p50 ${summary.p50Ms} ms, p95 ${summary.p95Ms} ms, p99 ${summary.p99Ms} ms`,
      `served by: ${
        Object.entries(summary.byProvider)
          .map(([provider, count]) => `${provider} ${count}`)
          .join(', ') || '–'
      }; ` +
        `error codes: ${
          Object.entries(summary.byCode)
            .map(([code, count]) => `${code} ${count}`)
            .join(', ') || 'none'
        }`,
      '',
    );
  }
  for (const note of result.notes ?? []) lines.push(`- ${note}`);
  if (result.transitions !== undefined && result.transitions.length > 0) {
    lines.push(`- breaker transitions: ${result.transitions.join('; ')}`);
  }
  lines.push('', '| check | measured | target | |', '| --- | --- | --- | --- |');
  for (const item of result.checks) {
    lines.push(
      `| ${item.name} | ${item.measured} | ${item.target} | ${item.pass ? 'pass' : 'FAIL'} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
