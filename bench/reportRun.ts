/**
 * `tsx bench/reportRun.ts bench/results/<run>.json`: a saved run's tables again, with the
 * ratios worked out from its rounds as the harness now reports them (runs saved before the
 * ratios were paired by round have no `ratios` of their own).
 */
import { readFileSync } from 'node:fs';
import type { Measurement } from './load.ts';
import { pairedRatiosOfRun, ratioTable, resultTable, type Summary } from './report.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: tsx bench/reportRun.ts bench/results/<run>.json');
  process.exit(2);
}
const run = JSON.parse(readFileSync(file, 'utf8')) as { summaries: Summary[]; runs: Record<string, { measurements: Measurement[] }> };
const paired = pairedRatiosOfRun(run.runs);
console.log(`${resultTable(run.summaries)}\n\n${ratioTable(run.summaries, paired)}`);
