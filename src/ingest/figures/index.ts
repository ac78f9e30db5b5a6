/**
 * Troop-level figures of a sentence: the numbers that count troops (candidates.ts), each read
 * in its clause (clause.ts) for its kind (kinds.ts) and place (placing.ts), with whose troops
 * they are and the period they apply to. A distributive figure ("about 1,000 troops in each of
 * the Baltic states") is one figure per place.
 */
import { periodOf, type Period } from '../periods.ts';
import { INSTITUTIONS } from '../lexicon/organisations.ts';
import { actingCountry, forceCountry, forceLabel } from '../places.ts';
import { escapeRegExp } from '../text.ts';
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
  /** The force of the article's previous figure, for a sentence going on about it. */
  previousForce?: string;
  /** The article names NATO. */
  nato?: boolean;
  /** The last place an earlier sentence named. */
  previousPlace?: LocationDraft;
}

/** Blocs and missions that field forces of their own, as a force is written. */
const BLOCS = Object.entries(INSTITUTIONS)
  .filter(([, v]) => v.kind === 'INTERNATIONAL')
  .map(([k]) => k);
const BLOC = new RegExp(
  `\\b(${BLOCS.filter((b) => /^[a-z.]+$/.test(b))
    .map((b) => escapeRegExp(b))
    .join('|')})\\b`,
  'i',
);
const blocLabel = (word: string): string => (/^(?:un|u\.n\.|united nations)$/i.test(word) ? 'UN' : word.toUpperCase());
/** "the new contingent will join …": a sentence that goes on about the force of the one before. */
const ANAPHORIC =
  /^(?:the|this|that|its|their)\s+(?:new\s+|additional\s+|same\s+)?(?:contingent|force|troops|deployment|battalion|brigade|unit|detachment|mission|soldiers|reinforcements)\b/i;

interface ForceCues {
  modifiers: string;
  sentence: string;
  local: number;
  places: SentencePlace[];
  /** The article names NATO ("allied troops" are then NATO's). */
  nato: boolean;
  previous?: string;
  /** The force of an earlier figure of the same sentence. */
  inSentence?: string;
  defaultForce?: string;
}

function forceOf(c: ForceCues): string | undefined {
  const before = c.sentence.slice(0, c.local);
  const clause = before.slice(-160);
  if (
    /\bNATO\b/i.test(c.modifiers) ||
    /^(?:[^,;]*\s)?(?:NATO|Nato)(?:[’']s)?\s+(?:will|would|is|are|has|plans?|to|says?|sends?|battlegroups?|forces?|troops|mission)\b/.test(
      before,
    ) ||
    /\b(?:NATO|Nato)\s+(?:battlegroups?|force|mission|troops)\b[^,;]*$/.test(before)
  )
    return 'NATO';
  // "while Nato leaders have agreed to raise the number of allied troops … to 30,000": the clause's own subject.
  const own = before.split(/[;,]|\b(?:while|but|whereas)\b/).at(-1) ?? '';
  if (/\b(?:NATO|Nato)\b/.test(own) || (c.nato && /\ballied\s+(?:troops|forces|soldiers|personnel)\b/i.test(own))) return 'NATO';
  if (/\b(?:coalition|allied)\b/i.test(c.modifiers)) return c.nato && /\ballied\b/i.test(c.modifiers) ? 'NATO' : 'coalition';
  if (
    /\b(?:UN|U\.N\.|United Nations)\b/.test(c.modifiers) ||
    /\b(?:UN|U\.N\.|United Nations)\b[^,;]*\b(?:[Ff]orce|[Mm]ission|[Pp]eacekeep\w*)\b/.test(before)
  )
    return 'UN';
  for (const word of c.modifiers.trim().split(/\s+/).reverse()) {
    const code = forceCountry(word.replace(/[’']s$/, ''));
    if (code) return forceLabel(code);
  }
  // "the number of American troops … to about 2,000", "the Japanese government plans to raise … to 250".
  // "U.S. Forces Korea troops": a command named for where it is is its country's, not the place's.
  const named = [
    ...clause.matchAll(
      /(?<!\bForces?\s)([\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}]*)?)\s+(?:[Tt]roops|[Ss]oldiers|[Ff]orces|[Pp]ersonnel|[Mm]ilitary|[Mm]arines|[Gg]overnment|[Aa]rmy|[Nn]avy|[Dd]efen[cs]e [Mm]inistry|[Aa]rmed [Ff]orces)\b/gu,
    ),
  ];
  const code = named
    .reverse()
    .map((m) => forceCountry(m[1] ?? '') ?? forceCountry((m[1] ?? '').split(/\s+/).at(-1) ?? ''))
    .find(Boolean);
  if (code) return forceLabel(code);
  // "SADC leaders have authorised a force not exceeding 5,000": a bloc as the subject.
  const bloc = /^(?:the\s+)?([A-Z][A-Za-z.]+)\b/.exec(c.sentence)?.[1];
  if (bloc && BLOC.test(bloc) && /\b(?:force|mission|troops|contingent)\b/i.test(before)) return blocLabel(bloc);
  const acting = actingCountry(c.sentence, c.local, c.places);
  if (acting) return acting;
  // "host up to 10,000 allied troops, up from a previous cap of 5,000": the sentence's own force goes on.
  if (c.inSentence) return c.inSentence;
  if (c.previous && ANAPHORIC.test(c.sentence)) return c.previous;
  return c.defaultForce;
}

/** A word that makes a clause a clause of its own. */
const VERB = /\b(?:is|are|was|were|has|have|had|will|would|be|been|being|keeps?|kept|sends?|sent|remains?|stays?|numbers?|\w+ed)\b/i;

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
    const antecedent = text.slice(Math.max(0, clause.start - 60), clause.start).toLowerCase();
    const read = kindOf({
      clause,
      text: clause.text.toLowerCase(),
      phrase,
      pastYear: pastYearIn(clause.text, context.referenceYear),
      placed,
      antecedent,
      pastYearBefore: pastYearIn(antecedent, context.referenceYear),
    });
    // "Kyrgyzstan sent a 150-strong squad, Armenia - 100 of its troops": a verbless clause goes on with the one before.
    const previous = found.at(-1);
    const kind = read.rule === 'default' && previous && !VERB.test(clause.text) ? previous.kind : read.kind;
    if (kind === 'NONE') continue;
    // "Marines" with no country named are the US Marine Corps's.
    const marines =
      candidate.noun === 'Marines' && !/\b(?:Royal|Korean|Philippine|Dutch|Brazilian)\s+$/.test(candidate.modifiers) ? 'US' : undefined;
    const defaultForce = marines ?? context.defaultForce;
    const inSentence = found.at(-1)?.force;
    const force =
      forceOf({
        modifiers: candidate.modifiers,
        sentence: text,
        local: candidate.local,
        places: context.places,
        nato: Boolean(context.nato),
        ...(context.previousForce ? { previous: context.previousForce } : {}),
        ...(inSentence ? { inSentence } : {}),
        ...(defaultForce ? { defaultForce } : {}),
      }) ?? 'unknown';
    const forceCode =
      context.places.find((p) => p.location.isoCode && forceLabel(p.location.isoCode) === force)?.location.isoCode ?? forceCountry(force);
    const locations = placesOf({
      sentence: text,
      places: context.places,
      clause,
      local: candidate.local,
      localEnd: candidate.localEnd,
      ...(forceCode ? { forceCode } : {}),
      ...(context.mainPlace ? { main: context.mainPlace } : {}),
      ...(context.mainCountry ? { mainCountry: context.mainCountry } : {}),
      ...(context.previousPlace ? { previous: context.previousPlace } : {}),
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
