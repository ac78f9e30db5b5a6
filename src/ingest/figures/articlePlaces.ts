/**
 * The places of an article as figures need them: for each sentence, the places it names, a
 * city, region or base standing for its country; and the article's main place — the country or
 * region it is mostly about, where troops are ("in", "from") more than where they go ("to"),
 * the headline weighing most, the troops' own country excluded.
 */
import { DEPLOYING_VERBS, WITHDRAWING_VERBS } from '../lexicon/quantities.ts';
import { TROOP_NOUNS } from '../lexicon/troops.ts';
import type { ReadParagraph } from '../mentions/index.ts';
import { findPlaces, forceCountry, lowercaseRegions, placeNamed } from '../places.ts';
import type { Sentence } from '../sentences.ts';
import type { LocationDraft, ParagraphDraft } from '../types.ts';
import type { SentencePlace } from './placing.ts';

/** Cities, regions and bases the paragraph names, as themselves (a figure's place is their country). */
export function namedPlaces(paragraph: ReadParagraph): LocationDraft[] {
  return paragraph.runs.flatMap((r) => (r.kind === 'PLACE' && r.location && r.location.kind !== 'COUNTRY' ? [r.location] : []));
}

/** Places of the sentence, offsets within it: name runs first, regions the runs miss ("the Baltic states"). */
export function sentencePlaces(sentence: Sentence, paragraph: ReadParagraph | undefined): SentencePlace[] {
  const fromRuns: SentencePlace[] = (paragraph?.runs ?? [])
    .filter((r) => r.kind === 'PLACE' && r.start >= sentence.start && r.end <= sentence.end && (r.country ?? r.location))
    .map((r) => ({
      location: (r.country ?? r.location) as LocationDraft,
      ...(r.location ? { named: r.location.kind } : {}),
      start: r.start - sentence.start,
      end: r.end - sentence.start,
    }));
  // "U.S. Forces Korea", "Multi-National Force Iraq": a command named for the country it serves in.
  const commands: SentencePlace[] = (paragraph?.runs ?? []).flatMap((r) => {
    if (r.kind !== 'ORGANISATION' || r.start < sentence.start || r.end > sentence.end) return [];
    // ("UN Assistance Mission Iraq", "Multi-National Force Iraq", "U.S. Forces Korea".)
    const served = /\b(?:Forces?|Mission|Command)\s+(\p{Lu}[\p{L} ]+)$/u.exec(
      paragraph?.paragraph.text.slice(r.start - (paragraph?.paragraph.start ?? 0), r.end - (paragraph?.paragraph.start ?? 0)) ?? '',
    );
    const location = served?.[1] ? placeNamed(served[1]) : undefined;
    return location ? [{ location, start: r.end - sentence.start - (served?.[1]?.length ?? 0), end: r.end - sentence.start }] : [];
  });
  fromRuns.push(...commands);
  // "the Horn of Africa nation", "the Baltic country": a region describing a country is not where troops are.
  const describing = (p: SentencePlace) =>
    p.location.kind === 'REGION' && /^\s+(?:nation|country|state|kingdom|republic)\b/.test(sentence.text.slice(p.end, p.end + 12));
  const kept = fromRuns.filter((p) => !describing(p));
  const regions = lowercaseRegions(sentence.text)
    .filter((p) => !fromRuns.some((r) => p.start < r.end && p.end > r.start))
    .map((p) => ({ location: p.location, start: p.start, end: p.end }))
    .filter((p) => !describing(p));
  return [...kept, ...regions].sort((a, b) => a.start - b.start);
}

const WHERE = /\b(?:in|inside|within|across|throughout|at|based in|stationed in)\s+(?:the\s+)?$/i;
/** "from" and "leave" say where troops are only in a sentence that takes them out. */
const LEFT = /\b(?:from|out of|leave|leaving|left)\s+(?:the\s+)?$/i;
const WHITHER = /\b(?:to|into)\s+(?:the\s+)?$/i;
const WEIGHT: Partial<Record<ParagraphDraft['kind'], number>> = { HEADLINE: 3, STANDFIRST: 2, BODY: 1 };

const TROOP_SENTENCE = new RegExp(`\\b(?:${TROOP_NOUNS.slice(0, 10).join('|')})\\b`, 'i');
const DEPLOYING = new RegExp(`\\b(?:${DEPLOYING_VERBS.join('|')})\\b`, 'i');
const WITHDRAWING = new RegExp(`\\b(?:${WITHDRAWING_VERBS.join('|')})\\b`, 'i');
/** Quoted words: a speaker's "war in Ukraine" says nothing of where troops are. */
const QUOTED = /["“][^"“”]*["”]|‘[^‘’]*’(?=\s|[,.;:]|$)/g;

/** The country or region the article is mostly about, and the country it is most about. */
export function mainPlace(
  headline: ParagraphDraft | undefined,
  read: ReadParagraph[],
  force: string | undefined,
): { main?: LocationDraft; country?: LocationDraft } {
  const own = force ? forceCountry(force) : undefined;
  const scores = new Map<string, { location: LocationDraft; score: number }>();
  let home: LocationDraft | undefined;
  const vote = (location: LocationDraft, text: string, at: number, weight: number) => {
    // The troops' own country is where they are only when the article names nowhere else (a border at home).
    // "on the border with Mexico": the neighbour is not where troops are.
    if (/\b(?:border|frontier|boundary)\s+with\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 22), at))) return;
    // "the Horn of Africa nation": a region describing a country the article names otherwise.
    if (location.kind === 'REGION' && /^[\p{L}' -]{0,30}?\s(?:nation|country|state|kingdom|republic)\b/u.test(text.slice(at, at + 45)))
      return;
    if (location.isoCode && location.isoCode === own) {
      home = location;
      return;
    }
    const masked = text.replace(QUOTED, (q) => ' '.repeat(q.length));
    if (masked[at] === ' ' && text[at] !== ' ') return;
    const before = text.slice(Math.max(0, at - 16), at);
    // Where troops go counts when the sentence sends them; a sentence about troops counts double.
    const from = Math.max(masked.lastIndexOf('.', at), 0);
    const sentence = masked.slice(from, masked.indexOf('.', at + 1) === -1 ? undefined : masked.indexOf('.', at + 1));
    const troops = TROOP_SENTENCE.test(sentence) ? 2 : 1;
    const whither = DEPLOYING.test(sentence) ? 2 : 0.5;
    const entry = scores.get(location.key) ?? { location, score: 0 };
    const where = WHERE.test(before) || (LEFT.test(before) && WITHDRAWING.test(sentence));
    // ("troops deployed from Canada, Japan and Austria": where troops come from says nothing of where they are.)
    const origin =
      /\bfrom\s+(?:the\s+)?$/i.test(before) ||
      /\bfrom\s+(?:[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?(?:,\s+(?:and\s+)?|\s+and\s+))+$/u.test(
        text.slice(Math.max(0, at - 80), at),
      );
    entry.score += weight * troops * (where ? 2 : WHITHER.test(before) ? whither : origin ? 0 : 0.25);
    scores.set(location.key, entry);
  };
  if (headline)
    for (const p of findPlaces(headline.text))
      if (p.location.kind === 'COUNTRY' || p.location.kind === 'REGION') vote(p.location, headline.text, p.start, 3);
  for (const { paragraph, runs } of read) {
    const weight = WEIGHT[paragraph.kind] ?? 0;
    if (!weight) continue;
    const local = (at: number) => at - paragraph.start;
    for (const run of runs) {
      const location =
        run.kind === 'PLACE'
          ? (run.country ?? (run.location?.kind === 'COUNTRY' || run.location?.kind === 'REGION' ? run.location : undefined))
          : undefined;
      if (location) vote(location, paragraph.text, local(run.start), weight);
    }
    for (const p of lowercaseRegions(paragraph.text)) vote(p.location, paragraph.text, p.start, weight);
  }
  const ranked = [...scores.values()].sort((a, b) => b.score - a.score);
  const main = ranked[0]?.location ?? home;
  const country = ranked.find((r) => r.location.kind === 'COUNTRY')?.location;
  return { ...(main ? { main } : {}), ...(country ? { country } : {}) };
}
