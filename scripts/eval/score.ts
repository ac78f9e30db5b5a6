/**
 * Scores drafts against gold labels, the way the corpus' `_format.scoring` says: quotes on
 * startsWith + speaker surname (a null speaker: no person), troop levels on location + count +
 * kind (`any`: kind ignored), authors on the name, the publication day where the text prints
 * one. Greedy one-to-one matching; F1 over all articles of a set.
 */
import { findPlaces } from '../../src/ingest/places.ts';
import { fold } from '../../src/ingest/text.ts';
import type { ArticleDraft } from '../../src/ingest/types.ts';
import type { GoldArticle, GoldQuote, GoldTroopLevel } from './gold.ts';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

export interface DateTally {
  /** Articles whose text prints a date, and how many of those we read right. */
  printed: number;
  correct: number;
  /** Articles printing no date that we dated anyway. */
  invented: number;
  misses: string[];
}

export interface Scores {
  quotes: Tally;
  troopLevels: Tally;
  authors: Tally;
  dates: DateTally;
}

export const emptyScores = (): Scores => ({
  quotes: { tp: 0, fp: 0, fn: 0, misses: [] },
  troopLevels: { tp: 0, fp: 0, fn: 0, misses: [] },
  authors: { tp: 0, fp: 0, fn: 0, misses: [] },
  dates: { printed: 0, correct: 0, invented: 0, misses: [] },
});

/** Text compared loosely: diacritics folded, quotes and dashes straightened, spaces squeezed. */
export const loose = (s: string): string =>
  fold(s).replace(/[“”"]/g, '"').replace(/[–—]/g, '-').replace(/…/g, '...').replace(/\s+/g, ' ').trim();

const surname = (name: string): string => loose(name).split(' ').at(-1) ?? '';

/** A place as one key: the country's ISO code or the region's key, whatever the spelling. */
export function placeKey(name: string): string {
  const places = findPlaces(name);
  if (places.length === 1) return (places[0]?.location.key ?? '').toLowerCase();
  return loose(name).replace(/^the /, '');
}

/** Greedy one-to-one matching of predictions to expectations. */
function match<E, P>(
  t: Tally,
  article: string,
  expected: E[],
  predicted: P[],
  same: (e: E, p: P) => boolean,
  showE: (e: E) => string,
  showP: (p: P) => string,
): void {
  const left = [...predicted];
  for (const e of expected) {
    const i = left.findIndex((p) => same(e, p));
    if (i >= 0) {
      t.tp++;
      left.splice(i, 1);
    } else {
      t.fn++;
      t.misses.push(`${article}: missed ${showE(e)}`);
    }
  }
  t.fp += left.length;
  for (const p of left) t.misses.push(`${article}: extra ${showP(p)}`);
}

interface PredictedQuote {
  text: string;
  speaker?: string;
  source?: string;
}

interface PredictedLevel {
  location: string;
  locationKey: string;
  count: number;
  kind: string;
}

const quoteMatches = (e: GoldQuote, p: PredictedQuote): boolean =>
  loose(p.text).startsWith(loose(e.startsWith)) &&
  (e.speaker === null ? p.speaker === undefined : p.speaker !== undefined && surname(p.speaker) === surname(e.speaker));

const levelMatches = (e: GoldTroopLevel, p: PredictedLevel): boolean =>
  e.count === p.count && (e.kind === 'any' || e.kind === p.kind) && placeKey(e.location) === p.locationKey;

export function scoreArticle(scores: Scores, article: string, gold: GoldArticle, draft: ArticleDraft): void {
  const person = (key: string | undefined) => (key ? draft.people.find((p) => p.key === key)?.name : undefined);
  // A segment that goes on with an earlier quote's words ('"A," X said. "B"') is part of that quote.
  const quotes: PredictedQuote[] = draft.quotes
    .filter((q) => q.continues === undefined)
    .map((q) => {
      const speaker = person(q.speakerKey);
      const organisation = draft.organisations.find((o) => o.key === q.speakerOrganisationKey)?.name;
      return {
        text: q.text,
        ...(speaker ? { speaker } : {}),
        ...(organisation || q.speakerDescription ? { source: organisation ?? q.speakerDescription } : {}),
      };
    });
  match(
    scores.quotes,
    article,
    gold.quotes,
    quotes,
    quoteMatches,
    (e) => `quote "${e.startsWith}" by ${e.speaker ?? `(${e.speakerDescription ?? 'unnamed'})`}`,
    (p) => `quote "${p.text.slice(0, 50)}" by ${p.speaker ?? `(${p.source ?? 'nobody'})`}`,
  );

  const levels: PredictedLevel[] = draft.troopLevels.map((t) => {
    const location = draft.locations.find((l) => l.key === t.locationKey);
    return { location: location?.name ?? '?', locationKey: location?.key ?? '?', count: t.count, kind: t.kind.toLowerCase() };
  });
  match(
    scores.troopLevels,
    article,
    gold.troopLevels,
    levels,
    levelMatches,
    (e) => `troop level ${e.count} ${e.kind} in ${e.location}`,
    (p) => `troop level ${p.count} ${p.kind} in ${p.location}`,
  );

  const authors = draft.authors.map((a) => person(a.personKey) ?? '?');
  match(
    scores.authors,
    article,
    gold.authors,
    authors,
    (e, p) => loose(e) === loose(p),
    (e) => `author ${e}`,
    (p) => `author ${p}`,
  );

  const day = draft.publishedOn;
  if (gold.publishedDate) {
    scores.dates.printed++;
    if (day === gold.publishedDate) scores.dates.correct++;
    else scores.dates.misses.push(`${article}: date ${day ?? 'none'}, printed ${gold.publishedDate}`);
  } else if (day) {
    scores.dates.invented++;
    scores.dates.misses.push(`${article}: date ${day}, none printed`);
  }
}

export function metrics(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Share of printed dates read right (1 when none is printed). */
export const dateAccuracy = (d: DateTally): number => (d.printed === 0 ? 1 : d.correct / d.printed);
