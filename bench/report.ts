/**
 * Rounds → one row per (size, shape, server): medians across rounds for throughput and
 * latency, worst case for max and RSS, sums for errors; then the ratios the targets name,
 * each the median over rounds of the ratio within a round (see pairedRatios).
 */
import type { Measurement } from './load.ts';
import type { ServerName, ShapeName } from './queries.ts';

/** One row of the report: a (size, shape, server) cell over all its rounds. */
export type Summary = Omit<Measurement, 'server' | 'shape' | 'round' | 'requests'> & {
  articles: number;
  shape: ShapeName;
  server: ServerName;
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export function summarize(articles: number, measurements: Measurement[]): Summary[] {
  const keys = [...new Set(measurements.map((m) => `${m.shape}|${m.server}`))];
  return keys.map((key) => {
    const runs = measurements.filter((m) => `${m.shape}|${m.server}` === key);
    const [shape, server] = key.split('|') as [ShapeName, ServerName];
    return {
      articles,
      shape,
      server,
      reqPerSec: Math.round(median(runs.map((r) => r.reqPerSec))),
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
      max: Math.max(...runs.map((r) => r.max)),
      errors: runs.reduce((sum, r) => sum + r.errors, 0),
      rssMiB: Math.max(...runs.map((r) => r.rssMiB)),
      sqlPerRequest: Math.round(median(runs.map((r) => r.sqlPerRequest)) * 100) / 100,
      serverCpuMs: Math.round(median(runs.map((r) => r.serverCpuMs)) * 100) / 100,
      postgresCpuMs: Math.round(median(runs.map((r) => r.postgresCpuMs)) * 100) / 100,
    };
  });
}

const ratio = (a: number | undefined, b: number | undefined): string => (a !== undefined && b ? (a / b).toFixed(2) : '—');

/** Ours against one peer on one shape and size: the median over rounds of each round's ratio. */
export interface PairedRatio {
  articles: number;
  shape: ShapeName;
  peer: Exclude<ServerName, 'ours'>;
  reqPerSec: number;
  p99: number;
  /** Each round's ours/peer req/s, in round order. */
  rounds: number[];
}

/**
 * Ratios between servers measured in the same round, one after the other: the machine's
 * speed drifts between rounds (a peer's req/s moved by 45% from its first round to its third
 * in one run), and a ratio of medians taken over different rounds carries that drift into
 * the comparison, which the turns the servers take within a round exist to cancel.
 */
export function pairedRatios(articles: number, measurements: Measurement[]): PairedRatio[] {
  const shapes = [...new Set(measurements.map((m) => m.shape as ShapeName))];
  const rounds = [...new Set(measurements.map((m) => m.round))].sort((a, b) => a - b);
  const at = (shape: string, server: string, round: number) =>
    measurements.find((m) => m.shape === shape && m.server === server && m.round === round);
  return shapes.flatMap((shape) =>
    (['postgraphile', 'raw'] as const).flatMap((peer) => {
      const pairs = rounds.flatMap((round) => {
        const ours = at(shape, 'ours', round);
        const other = at(shape, peer, round);
        return ours && other && other.reqPerSec > 0 && other.p99 > 0 ? [{ ours, other }] : [];
      });
      if (pairs.length === 0) return [];
      const rates = pairs.map(({ ours, other }) => ours.reqPerSec / other.reqPerSec);
      const round2 = (x: number) => Math.round(x * 100) / 100;
      return [
        {
          articles,
          shape,
          peer,
          reqPerSec: round2(median(rates)),
          p99: round2(median(pairs.map(({ ours, other }) => ours.p99 / other.p99))),
          rounds: rates.map(round2),
        },
      ];
    }),
  );
}

export function resultTable(rows: Summary[]): string {
  const lines = [
    '| articles | shape | server | req/s | p50 ms | p99 ms | max ms | errors | RSS MiB | SQL/request | server CPU ms/req | Postgres CPU ms/req |',
    '|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.articles} | ${r.shape} | ${r.server} | ${r.reqPerSec} | ${r.p50} | ${r.p99} | ${r.max} | ${r.errors} | ${r.rssMiB} | ${r.sqlPerRequest} | ${r.serverCpuMs} | ${r.postgresCpuMs} |`,
    );
  }
  return lines.join('\n');
}

/** pairedRatios for every corpus size of a run (its measurements by size, as saved in `runs`). */
export const pairedRatiosOfRun = (runs: Record<string, { measurements: Measurement[] }>): PairedRatio[] =>
  Object.entries(runs).flatMap(([articles, { measurements }]) => pairedRatios(Number(articles), measurements));

export function ratioTable(rows: Summary[], paired: PairedRatio[]): string {
  const sizes = [...new Set(rows.map((r) => r.articles))].sort((a, b) => a - b);
  const shapes = [...new Set(rows.map((r) => r.shape))];
  const find = (articles: number, shape: string, server: string) =>
    rows.find((r) => r.articles === articles && r.shape === shape && r.server === server);
  const pairedWith = (articles: number, shape: string, peer: string) =>
    paired.find((r) => r.articles === articles && r.shape === shape && r.peer === peer);
  const cell = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(2));
  const smallest = sizes[0] as number;
  const largest = sizes[sizes.length - 1] as number;
  const scaled = sizes.length > 1;
  const lines = [
    `| shape | articles | ours/PostGraphile req/s (each round) | ours/raw req/s | ours/PostGraphile p99 |${scaled ? ` ours p99 ${largest / 1000}k/${smallest / 1000}k | PostGraphile p99 ${largest / 1000}k/${smallest / 1000}k | raw p99 ${largest / 1000}k/${smallest / 1000}k |` : ''}`,
    `|---|---:|---:|---:|---:|${scaled ? '---:|---:|---:|' : ''}`,
  ];
  for (const shape of shapes) {
    for (const articles of sizes) {
      const pgl = pairedWith(articles, shape, 'postgraphile');
      const growth = (server: string) => ratio(find(largest, shape, server)?.p99, find(smallest, shape, server)?.p99);
      const scaleCells = scaled
        ? articles === largest
          ? ` ${growth('ours')} | ${growth('postgraphile')} | ${growth('raw')} |`
          : ' | | |'
        : '';
      lines.push(
        `| ${shape} | ${articles} | ${cell(pgl?.reqPerSec)}${pgl ? ` (${pgl.rounds.map((x) => x.toFixed(2)).join(', ')})` : ''} | ${cell(pairedWith(articles, shape, 'raw')?.reqPerSec)} | ${cell(pgl?.p99)} |${scaleCells}`,
      );
    }
  }
  return lines.join('\n');
}
