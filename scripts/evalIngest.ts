/**
 * `npm run eval:ingest`: precision, recall and F1 of the extractors against the golden
 * fixtures (tests/fixtures/articles/*.expected.json, written by hand from each article).
 * Quotes match on text + speaker, troop levels on place + count + kind, authors on name.
 * `--write` also saves the report to docs/eval-ingest.md.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import { wantsHelp } from '../src/cli/run.ts';
import { ingestArticle } from '../src/ingest/index.ts';
import type { ArticleDraft } from '../src/ingest/types.ts';

const root = path.resolve(import.meta.dirname, '..');
const fixturesDir = path.join(root, 'tests', 'fixtures', 'articles');
const seedDir = path.join(root, 'seed', 'articles');

export interface Golden {
  headline: string;
  publishedAt: string | null;
  authors: { name: string; role?: string }[];
  quotes: { text: string; speaker: string | null; speakerDescription?: string; partial: boolean }[];
  troopLevels: { location: string; count: number; kind: string; qualifier: string; force: string; effectiveDate?: string }[];
  notTroopLevels?: number[];
  paragraphKinds?: Record<string, number>;
}

export interface Fixture {
  name: string;
  text: string;
  golden: Golden;
}

export async function loadFixtures(): Promise<Fixture[]> {
  const names = (await fs.readdir(fixturesDir)).filter((f) => f.endsWith('.expected.json')).sort();
  return Promise.all(
    names.map(async (file) => {
      const name = file.replace(/\.expected\.json$/, '');
      const txt = [path.join(fixturesDir, `${name}.txt`), path.join(seedDir, `${name}.txt`)].find((p) => existsSync(p));
      if (!txt) throw new Error(`No article text for fixture ${name}`);
      const golden = JSON.parse(await fs.readFile(path.join(fixturesDir, file), 'utf8')) as Golden;
      return { name, text: await fs.readFile(txt, 'utf8'), golden };
    }),
  );
}

const norm = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** A place compared by ISO code when it is a country ("US", "United States" → us), else by name. */
function placeKey(name: string | undefined): string {
  if (!name) return '?';
  const code = countries.getAlpha2Code(name, 'en') ?? countries.getAlpha2Code(name.replace(/^the /i, ''), 'en');
  return code ? code.toLowerCase() : norm(name).replace(/^the /, '');
}

function speakerMatches(expected: Golden['quotes'][number], predicted: string | undefined, description: string | undefined): boolean {
  if (expected.speaker) return predicted !== undefined && norm(predicted) === norm(expected.speaker);
  if (predicted !== undefined || !description) return false;
  // Unnamed sources: the same kind of source ("official", "spokeswoman") is the same answer.
  const head = (s: string) => norm(s).split(' ').filter((w) => !['who', 'on', 'of', 'the'].includes(w));
  const a = head(description);
  return head(expected.speakerDescription ?? '').some((w) => a.includes(w) && w.length > 3);
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, misses: [] });

/** Greedy one-to-one matching of predictions to expectations. */
function score<E, P>(t: Tally, fixture: string, expected: E[], predicted: P[], same: (e: E, p: P) => boolean, show: (x: E | P) => string) {
  const left = [...predicted];
  for (const e of expected) {
    const i = left.findIndex((p) => same(e, p));
    if (i >= 0) {
      t.tp++;
      left.splice(i, 1);
    } else {
      t.fn++;
      t.misses.push(`${fixture}: missed ${show(e)}`);
    }
  }
  t.fp += left.length;
  for (const p of left) t.misses.push(`${fixture}: extra ${show(p)}`);
}

export function evaluate(fixtures: Fixture[]): Record<'quotes' | 'troopLevels' | 'authors', Tally> {
  const result = { quotes: tally(), troopLevels: tally(), authors: tally() };
  for (const { name, text, golden } of fixtures) {
    const draft: ArticleDraft = ingestArticle(text);
    const person = (key: string | undefined) => draft.people.find((p) => p.key === key)?.name;
    const place = (key: string | undefined) => draft.locations.find((l) => l.key === key)?.name;
    const quotes = draft.quotes.map((q) => ({ text: q.text, speaker: person(q.speakerKey), description: q.speakerDescription }));
    score(result.quotes, name, golden.quotes, quotes,
      (e, p) => norm(e.text) === norm(p.text) && speakerMatches(e, p.speaker, p.description),
      (x) => `quote "${x.text.slice(0, 50)}" by ${'description' in x ? (x.speaker ?? x.description) : (x.speaker ?? x.speakerDescription)}`);
    const figures = draft.troopLevels.map((t) => ({ location: place(t.locationKey) ?? '?', count: t.count, kind: t.kind }));
    score(result.troopLevels, name, golden.troopLevels, figures,
      (e, p) => e.count === p.count && e.kind === p.kind && placeKey(e.location) === placeKey(p.location),
      (x) => `troop level ${x.count} ${x.kind} in ${x.location}`);
    const authors = draft.authors.map((a) => person(a.personKey) ?? '?');
    score(result.authors, name, golden.authors.map((a) => a.name), authors, (e, p) => norm(e) === norm(p), (x) => `author ${x}`);
  }
  return result;
}

export function metrics(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

async function main(): Promise<void> {
  const fixtures = await loadFixtures();
  const result = evaluate(fixtures);
  const pct = (n: number) => n.toFixed(3);
  const lines = [
    `# Ingestion evaluation`,
    ``,
    `${fixtures.length} golden fixtures (tests/fixtures/articles). Generated by \`npm run eval:ingest -- --write\`.`,
    ``,
    `| extractor | precision | recall | F1 | matched | extra | missed |`,
    `| --- | --- | --- | --- | --- | --- | --- |`,
    ...Object.entries(result).map(([what, t]) => {
      const m = metrics(t);
      return `| ${what} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.f1)} | ${t.tp} | ${t.fp} | ${t.fn} |`;
    }),
    ``,
    `## Differences`,
    ``,
    ...Object.values(result).flatMap((t) => t.misses.map((m) => `- ${m}`)),
    '',
  ];
  const report = lines.join('\n');
  console.log(report);
  if (process.argv.includes('--write')) await fs.writeFile(path.join(root, 'docs', 'eval-ingest.md'), report);
}

const USAGE = `
Usage: npm run eval:ingest

Runs the extractors on the golden fixtures (tests/fixtures/articles) and prints precision,
recall and F1 for quotes, troop levels and authors; npm run eval:ingest writes the report to
docs/eval-ingest.md (tsx scripts/evalIngest.ts without --write only prints it).`;

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename) && !wantsHelp(USAGE)) await main();
