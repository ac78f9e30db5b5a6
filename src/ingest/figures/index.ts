/**
 * Troop-level figures of a sentence: the numbers that count troops (candidates.ts), each read
 * in its clause (clause.ts) for its kind (kinds.ts) and place (placing.ts), with whose troops
 * they are and the period they apply to. A distributive figure ("about 1,000 troops in each of
 * the Baltic states") is one figure per place.
 */
import { periodOf, type Period } from '../periods.ts';
import { actingCountry, forceCountry, forceLabel } from '../places.ts';
import type { Sentence } from '../sentences.ts';
import type { LocationDraft, TroopLevelDraft } from '../types.ts';
import { troopCandidates } from './candidates.ts';
import { clauseAround } from './clause.ts';
import { kindOf } from './kinds.ts';
import { placesOf, type SentencePlace } from './placing.ts';

export type { SentencePlace } from './placing.ts';

export interface FigureContext {
  sentence: Sentence;
  paragraphIndex: number;
  /** Places named in the sentence, offsets within it. */
  places: SentencePlace[];
  /** What "this month" resolves against, and the day printed. */
  publishedAt?: Date;
  publishedDay?: string;
  /** The publication year, or the latest year the article names when it prints no date. */
  referenceYear?: number;
  mainPlace?: LocationDraft;
  mainCountry?: LocationDraft;
  defaultForce?: string;
  /** The previous sentence of the paragraph was about troops (for "The number fell …"). */
  afterTroopSentence?: boolean;
}

function forceOf(modifiers: string, sentence: string, local: number, places: SentencePlace[], defaultForce?: string): string | undefined {
  const before = sentence.slice(0, local);
  if (/\bNATO\b/i.test(modifiers) || /^(?:[^,;]*\s)?(?:NATO|Nato)(?:[’']s)?\s+(?:will|would|is|are|has|plans?|to|says?|sends?)\b/.test(before)) return 'NATO';
  if (/\b(?:coalition|allied)\b/i.test(modifiers)) return 'coalition';
  if (/\b(?:UN|U\.N\.|United Nations)\b/.test(modifiers) || /\b(?:UN|U\.N\.|United Nations)\b[^,;]*\b(?:[Ff]orce|[Mm]ission|[Pp]eacekeep\w*)\b/.test(before)) return 'UN';
  for (const word of modifiers.trim().split(/\s+/).reverse()) {
    const code = forceCountry(word.replace(/[’']s$/, ''));
    if (code) return forceLabel(code);
  }
  // "the number of American troops in the country expected to fall to about 2,000": named earlier.
  const named = [...before.slice(-120).matchAll(/([\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}]*)?)\s+(?:troops|soldiers|forces|personnel|military|marines)\b/gu)].at(-1);
  const code = named?.[1] ? forceCountry(named[1]) : undefined;
  if (code) return forceLabel(code);
  return actingCountry(sentence, local, places) ?? defaultForce;
}

const pastYearIn = (text: string, year: number | undefined): boolean =>
  year !== undefined && [...text.matchAll(/\b(1[89]\d{2}|20\d{2})s?\b/g)].some((m) => Number(m[1]) < year);

export function figuresIn(context: FigureContext): TroopLevelDraft[] {
  const { sentence } = context;
  const text = sentence.text;
  const found: TroopLevelDraft[] = [];
  for (const candidate of troopCandidates(sentence, Boolean(context.afterTroopSentence))) {
    const clause = clauseAround(text, candidate.local, candidate.localEnd);
    const phrase = text.slice(candidate.start - sentence.start, candidate.end - sentence.start).toLowerCase();
    const placed = context.places.some((p) => p.start >= clause.start && p.end <= clause.end);
    const { kind } = kindOf({ clause, text: clause.text.toLowerCase(), phrase, pastYear: pastYearIn(clause.text, context.referenceYear), placed });
    if (kind === 'NONE') continue;
    // "Marines" with no country named are the US Marine Corps's.
    const marines = candidate.noun === 'Marines' && !/\b(?:Royal|Korean|Philippine|Dutch|Brazilian)\s+$/.test(candidate.modifiers) ? 'US' : undefined;
    const force = forceOf(candidate.modifiers, text, candidate.local, context.places, marines ?? context.defaultForce) ?? 'unknown';
    const forceCode = context.places.find((p) => p.location.isoCode && forceLabel(p.location.isoCode) === force)?.location.isoCode ?? forceCountry(force);
    const locations = placesOf({
      sentence: text,
      places: context.places,
      clause,
      local: candidate.local,
      localEnd: candidate.localEnd,
      ...(forceCode ? { forceCode } : {}),
      ...(context.mainPlace ? { main: context.mainPlace } : {}),
      ...(context.mainCountry ? { mainCountry: context.mainCountry } : {}),
    });
    const published: Period | undefined = context.publishedDay ? { effectiveDate: context.publishedDay, datePrecision: 'DAY' } : undefined;
    // "currently has 900, down from 2,000 in 2018": the year dates the old figure, not this one.
    const now = kind === 'CURRENT' && /\b(?:currently|now|today|at present|still)\b/i.test(text);
    const period = (now ? published : periodOf(clause.text, context.publishedAt)) ?? (kind === 'CURRENT' ? published : undefined);
    for (const location of locations ?? [undefined]) {
      found.push({
        text: text.slice(candidate.start - sentence.start, candidate.end - sentence.start),
        start: candidate.start,
        end: candidate.end,
        count: candidate.value,
        ...(candidate.max !== undefined ? { countMax: candidate.max } : {}),
        qualifier: candidate.qualifier,
        kind,
        force,
        ...(location ? { locationKey: location.key } : {}),
        ...(period ? { effectiveDate: period.effectiveDate, datePrecision: period.datePrecision } : {}),
        ...(period?.periodEnd ? { periodEnd: period.periodEnd } : {}),
        paragraphIndex: context.paragraphIndex,
      });
    }
  }
  return found;
}
