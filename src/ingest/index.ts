/**
 * ingestArticle: raw article text → ArticleDraft (paragraphs, people, places, quotes,
 * troop-level figures and claims, each with offsets into the stored text). Pure: no I/O.
 */
import { createHash } from 'node:crypto';
import { attributeQuotes } from './attribution/index.ts';
import { extractClaims } from './claims.ts';
import { figuresIn } from './figures.ts';
import { parseArticle, type Byline } from './parse.ts';
import { inferGenders } from './mentions/gender.ts';
import { readMentions } from './mentions/index.ts';
import { People } from './mentions/people.ts';
import { datelineCity, dominantForce, findPlaces } from './places.ts';
import { localDay } from './dates.ts';
import { normalizeText, slugify } from './text.ts';
import type { ArticleDraft, AuthorDraft, ClaimDraft, IngestOptions, LocationDraft, ParagraphDraft, TroopLevelDraft } from './types.ts';

export type { ArticleDraft, IngestOptions } from './types.ts';

export const MAX_ARTICLE_BYTES = 1_048_576;
export const DEFAULT_TIME_ZONE = 'Europe/London';

/** Input that is not an article; the message says why, for the person who sent it. */
export class IngestInputError extends Error {
  override name = 'IngestInputError';
}

/** Control characters other than tab and line breaks, or U+FFFD from undecodable bytes: binary data, not prose. */
function hasBinary(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) return true;
  }
  return false;
}

function assertArticleText(raw: string): void {
  if (Buffer.byteLength(raw, 'utf8') > MAX_ARTICLE_BYTES) throw new IngestInputError('The article text is over the 1 MB (1,048,576 bytes) limit.');
  if (raw.trim().length === 0) throw new IngestInputError('The article text is empty.');
  if (hasBinary(raw)) throw new IngestInputError('The article text contains binary data (control characters).');
  if (!/\p{L}{2,}/u.test(raw)) throw new IngestInputError('The article text has no words.');
}

const WHERE = /\b(in|from|out of|inside|within|across|throughout|leave|leaving)\s+(the\s+)?$/i;
const WHITHER = /\b(to|into)\s+(the\s+)?$/i;

/** The country or region the article is mostly about: named after "in/from/to", headline first. */
function mainPlace(text: string, paragraphs: ParagraphDraft[]): LocationDraft | undefined {
  const scores = new Map<string, { location: LocationDraft; score: number }>();
  const weight: Partial<Record<ParagraphDraft['kind'], number>> = { HEADLINE: 3, STANDFIRST: 2, BODY: 1 };
  for (const paragraph of paragraphs) {
    const w = weight[paragraph.kind];
    if (!w) continue;
    for (const place of findPlaces(paragraph.text, paragraph.start)) {
      if (place.location.kind !== 'COUNTRY' && place.location.kind !== 'REGION') continue;
      // Where troops are ("in", "from") counts most; where they go ("to") less; passing mentions least.
      const before = text.slice(Math.max(0, place.start - 14), place.start);
      const entry = scores.get(place.location.key) ?? { location: place.location, score: 0 };
      entry.score += w * (WHERE.test(before) ? 2 : WHITHER.test(before) ? 0.5 : 0.25);
      scores.set(place.location.key, entry);
    }
  }
  return [...scores.values()].sort((a, b) => b.score - a.score)[0]?.location;
}

function authorsOf(parsed: ReturnType<typeof parseArticle>, people: People): AuthorDraft[] {
  const authors: AuthorDraft[] = [];
  const bylines: Byline[] = parsed.bylines.length > 0 ? parsed.bylines : parsed.paragraphs.filter((p) => p.kind === 'BYLINE').map((p) => ({ names: [p.text] }));
  for (const byline of bylines) {
    for (const name of byline.names) {
      const person = people.add(name, byline.role);
      if (!authors.some((a) => a.personKey === person.key)) authors.push({ personKey: person.key, ...(byline.role ? { role: byline.role } : {}) });
    }
  }
  return authors;
}

/**
 * One figure per (place, count, kind, force): an article often states a figure twice. The
 * occurrence kept is the one in a sentence with a named claimant, else the first; claims'
 * figure indexes are remapped to the kept list.
 */
function dedupeFigures(figures: TroopLevelDraft[], claims: ClaimDraft[]): TroopLevelDraft[] {
  const claimByFigure = new Map(claims.flatMap((c) => c.troopLevelIndexes.map((i) => [i, c] as const)).reverse());
  const claimOf = (i: number) => claimByFigure.get(i);
  const chosen = new Map<string, number>();
  figures.forEach((f, i) => {
    const key = `${f.locationKey}|${f.count}|${f.kind}|${f.force}`;
    const current = chosen.get(key);
    if (current === undefined || (!claimOf(current)?.claimantKey && claimOf(i)?.claimantKey)) chosen.set(key, i);
  });
  const kept = [...chosen.values()].sort((a, b) => a - b);
  const newIndex = new Map(kept.map((old, i) => [old, i]));
  for (const claim of claims) claim.troopLevelIndexes = claim.troopLevelIndexes.flatMap((i) => (newIndex.has(i) ? [newIndex.get(i) as number] : []));
  const result = kept.map((i) => ({ ...(figures[i] as TroopLevelDraft) }));
  claims.forEach((claim, index) => claim.troopLevelIndexes.forEach((i) => ((result[i] as TroopLevelDraft).claimIndex = index)));
  return result;
}

export function ingestArticle(raw: string, options: IngestOptions = {}): ArticleDraft {
  assertArticleText(raw);
  const text = normalizeText(raw);
  const parsed = parseArticle(text, options.defaultTimeZone ?? DEFAULT_TIME_ZONE);
  // The caller's instant wins over the page's date; a printed day without a time has no instant.
  const publishedAt = options.publishedAt ?? parsed.publishedAt;
  const publishedDay = options.publishedAt ? localDay(options.publishedAt, options.defaultTimeZone ?? DEFAULT_TIME_ZONE) : parsed.publishedOn;
  const publishedPrecision = options.publishedAt ? 'SECOND' : parsed.publishedPrecision;
  // What "this month" is resolved against: the instant, else noon UTC of the printed day.
  const reference = publishedAt ?? (publishedDay ? new Date(`${publishedDay}T12:00:00Z`) : undefined);
  const prose = parsed.paragraphs.filter((p) => p.kind === 'BODY' || p.kind === 'STANDFIRST');

  const people = new People();
  const authors = authorsOf(parsed, people);
  const read = readMentions(prose, people);
  inferGenders(people, text, read.mentions);
  const { quotes, sentences } = attributeQuotes(text, read);

  const main = mainPlace(text, parsed.paragraphs);
  const force = dominantForce([parsed.headline, ...prose.map((p) => p.text)].join('\n'), main?.isoCode);
  const figureSentences = sentences;
  const allFigures = figureSentences.flatMap(({ sentence, paragraphIndex }, i) => {
    const previous = figureSentences[i - 1];
    const afterTroopSentence = previous?.paragraphIndex === paragraphIndex && /\b(troops?|soldiers|forces?|personnel|marines)\b/i.test(previous.sentence.text);
    return figuresIn({ sentence, paragraphIndex, afterTroopSentence, ...(reference ? { publishedAt: reference, publishedDay } : {}), ...(main ? { mainPlace: main } : {}), ...(force ? { defaultForce: force } : {}) });
  });
  // Claims are the body's: a standfirst restates them.
  const claims = extractClaims(sentences.filter((s) => parsed.paragraphs[s.paragraphIndex]?.kind === 'BODY'), quotes, allFigures);
  const troopLevels = dedupeFigures(allFigures, claims);

  const locations = new Map<string, LocationDraft>();
  for (const paragraph of [...parsed.paragraphs.filter((p) => p.kind === 'HEADLINE'), ...prose]) {
    for (const place of findPlaces(paragraph.text)) locations.set(place.location.key, place.location);
  }
  const firstBody = parsed.paragraphs.find((p) => p.kind === 'BODY');
  const city = firstBody ? datelineCity(firstBody.text) : undefined;
  if (city) locations.set(city.key, city);
  if (main) locations.set(main.key, main);

  const referenced = new Set([
    ...authors.map((a) => a.personKey),
    ...read.mentions.filter((m) => m.kind === 'PERSON').map((m) => m.key),
    ...quotes.flatMap((q) => (q.speakerKey ? [q.speakerKey] : [])),
    ...claims.flatMap((c) => (c.claimantKey ? [c.claimantKey] : [])),
  ]);
  const speaking = new Set([...quotes.flatMap((q) => (q.speakerOrganisationKey ? [q.speakerOrganisationKey] : [])), ...claims.flatMap((c) => (c.claimantOrganisationKey ? [c.claimantOrganisationKey] : []))]);
  const date = publishedDay ? `-${publishedDay}` : '';
  return {
    text,
    contentHash: createHash('sha256').update(text).digest('hex'),
    slug: `${slugify(parsed.headline, 80) || 'article'}${date}`,
    headline: parsed.headline,
    ...(parsed.standfirst ? { standfirst: parsed.standfirst } : {}),
    ...(publishedDay ? { publishedOn: publishedDay } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(publishedPrecision ? { publishedPrecision } : {}),
    ...(options.sourceUrl ? { sourceUrl: options.sourceUrl } : {}),
    authors,
    people: people.all().filter((p) => referenced.has(p.key)),
    organisations: read.organisations.all().filter((o) => speaking.has(o.key)),
    locations: [...locations.values()],
    paragraphs: parsed.paragraphs,
    quotes,
    claims,
    troopLevels,
  };
}
