/**
 * ingestArticle: raw article text → ArticleDraft (paragraphs, people, places, quotes,
 * troop-level figures and claims, each with offsets into the stored text). Pure: no I/O.
 */
import { createHash } from 'node:crypto';
import { attributeQuotes } from './attribution/index.ts';
import { extractClaims } from './claims.ts';
import { mainPlace, namedPlaces, sentencePlaces } from './figures/articlePlaces.ts';
import { troopForce } from './figures/force.ts';
import { figuresIn } from './figures/index.ts';
import { parseArticle, type Byline } from './parse.ts';
import { inferGenders } from './mentions/gender.ts';
import { readMentions } from './mentions/index.ts';
import { People } from './mentions/people.ts';
import { datelineCity, findPlaces } from './places.ts';
import { localDay } from './dates.ts';
import { TROOP_NOUNS } from './lexicon/troops.ts';
import { escapeRegExp, lowerBound, normalizeText, slugify } from './text.ts';
import { detectLanguage } from './language.ts';
import { formatBytesExactly, IngestInputError, MAX_ARTICLE_BYTES } from './limits.ts';
import { outletOf } from './outlet.ts';
import { DEFAULT_TIME_ZONE } from './zones.ts';
import type {
  ArticleDraft,
  AuthorDraft,
  ClaimDraft,
  IngestOptions,
  LocationDraft,
  PageFacts,
  ParagraphDraft,
  Span,
  TroopLevelDraft,
} from './types.ts';

export type { ArticleDraft, IngestOptions, PageFacts } from './types.ts';

export { IngestInputError } from './limits.ts';

/** Control characters other than tab and line breaks, or U+FFFD from undecodable bytes: binary data, not prose. */
function hasBinary(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) return true;
  }
  return false;
}

function assertArticleText(raw: string): void {
  if (Buffer.byteLength(raw, 'utf8') > MAX_ARTICLE_BYTES)
    throw new IngestInputError(`The article text is over the ${formatBytesExactly(MAX_ARTICLE_BYTES)} limit.`);
  if (raw.trim().length === 0) throw new IngestInputError('The article text is empty.');
  if (hasBinary(raw)) throw new IngestInputError('The article text contains binary data (control characters).');
  if (!/\p{L}{2,}/u.test(raw)) throw new IngestInputError('The article text has no words.');
}

const TROOPS = new RegExp(`\\b(?:${TROOP_NOUNS.slice(0, 12).map(escapeRegExp).join('|')})\\b`, 'i');

/** With no date printed, the latest year the article names stands for its year ("in 2011" is then history). */
function latestYear(prose: ParagraphDraft[]): number | undefined {
  const now = new Date().getUTCFullYear();
  const years = prose.flatMap((p) => [...p.text.matchAll(/\b(19[5-9]\d|20\d{2})\b/g)].map((m) => Number(m[1]))).filter((y) => y <= now);
  return years.length > 0 ? Math.max(...years) : undefined;
}

function authorsOf(parsed: ReturnType<typeof parseArticle>, people: People, page: PageFacts | undefined): AuthorDraft[] {
  const authors: AuthorDraft[] = [];
  // The page's metadata names its authors more surely than any byline the text heuristics find.
  const named = page?.authors?.filter((a) => a.kind === 'PERSON').map((a) => ({ names: [a.name] }));
  const bylines: Byline[] = page?.authors?.length
    ? (named ?? [])
    : parsed.bylines.length > 0
      ? parsed.bylines
      : parsed.paragraphs.filter((p) => p.kind === 'BYLINE').map((p) => ({ names: [p.text] }));
  for (const byline of bylines) {
    for (const name of byline.names) {
      const person = people.add(name, byline.role);
      if (!authors.some((a) => a.personKey === person.key))
        authors.push({ personKey: person.key, ...(byline.role ? { role: byline.role } : {}) });
    }
  }
  return authors;
}

/**
 * One figure per (place, count, kind): an article often states a figure twice. The
 * occurrence kept is the one in a sentence with a named claimant, else the first; claims'
 * figure indexes are remapped to the kept list.
 */
function dedupeFigures(figures: TroopLevelDraft[], claims: ClaimDraft[], quotes: readonly Span[]): TroopLevelDraft[] {
  // A count a speaker repeats ("Three hundred soldiers is a symbol") restates the reported figure.
  // Quotes do not overlap: the one a figure could be in is the last to start before it.
  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  const starts = ordered.map((q) => q.start);
  const quoted = (f: TroopLevelDraft) => {
    const q = ordered[lowerBound(starts, f.start + 1) - 1];
    return q !== undefined && f.end <= q.end;
  };
  const reported = new Set(figures.filter((f) => !quoted(f)).map((f) => f.count));
  const claimByFigure = new Map(claims.flatMap((c) => c.troopLevelIndexes.map((i) => [i, c] as const)).reverse());
  const claimOf = (i: number) => claimByFigure.get(i);
  const chosen = new Map<string, number>();
  figures.forEach((f, i) => {
    if (quoted(f) && reported.has(f.count)) return;
    // The same count of the same kind in the same place is one figure, whoever's troops the sentence names.
    const key = `${f.locationKey}|${f.count}|${f.kind}`;
    const current = chosen.get(key);
    if (current === undefined || (!claimOf(current)?.claimantKey && claimOf(i)?.claimantKey)) chosen.set(key, i);
  });
  const kept = [...chosen.values()].sort((a, b) => a - b);
  const newIndex = new Map(kept.map((old, i) => [old, i]));
  for (const claim of claims)
    claim.troopLevelIndexes = claim.troopLevelIndexes.flatMap((i) => (newIndex.has(i) ? [newIndex.get(i) as number] : []));
  const result = kept.map((i) => ({ ...(figures[i] as TroopLevelDraft) }));
  claims.forEach((claim, index) => claim.troopLevelIndexes.forEach((i) => ((result[i] as TroopLevelDraft).claimIndex = index)));
  return result;
}

/** Paragraphs the page marked as figure captions are captions, whatever their words. */
function markCaptions(paragraphs: ParagraphDraft[], starts: readonly number[] | undefined): void {
  if (!starts?.length) return;
  const captions = new Set(starts);
  for (const paragraph of paragraphs) if (captions.has(paragraph.start) && paragraph.kind !== 'HEADLINE') paragraph.kind = 'CAPTION';
}

export function ingestArticle(raw: string, options: IngestOptions = {}): ArticleDraft {
  assertArticleText(raw);
  const text = normalizeText(raw);
  const parsed = parseArticle(text, options.defaultTimeZone ?? DEFAULT_TIME_ZONE);
  const page = options.page;
  markCaptions(parsed.paragraphs, page?.captionStarts);
  // The caller's instant wins over the page's metadata, which wins over the printed date; a
  // day without a time has no instant.
  const metadata = page?.published;
  const publishedAt = options.publishedAt ?? (metadata ? metadata.at : parsed.publishedAt);
  const publishedDay = options.publishedAt
    ? localDay(options.publishedAt, options.defaultTimeZone ?? DEFAULT_TIME_ZONE)
    : (metadata?.on ?? parsed.publishedOn);
  const publishedPrecision = options.publishedAt ? 'SECOND' : (metadata?.precision ?? parsed.publishedPrecision);
  // What "this month" is resolved against: the instant, else noon UTC of the printed day.
  const reference = publishedAt ?? (publishedDay ? new Date(`${publishedDay}T12:00:00Z`) : undefined);
  const prose = parsed.paragraphs.filter((p) => p.kind === 'BODY' || p.kind === 'STANDFIRST');

  const people = new People();
  const authors = authorsOf(parsed, people, page);
  const read = readMentions(prose, people);
  const agencyKeys = (page?.authors ?? [])
    .filter((a) => a.kind === 'ORGANIZATION')
    .map((a) => read.organisations.add(a.name, { kind: 'MEDIA' }).key);
  inferGenders(people, text, read.mentions);
  const { quotes, sentences } = attributeQuotes(text, read);

  // Whose troops first, then where: the troops' own country is not the place they are in.
  const force = troopForce(parsed.headline, read.paragraphs);
  const { main, country: mainCountry } = mainPlace(
    parsed.paragraphs.find((p) => p.kind === 'HEADLINE'),
    read.paragraphs,
    force,
  );
  const readOf = new Map(read.paragraphs.map((p) => [p.paragraph.index, p]));
  const locations = new Map<string, LocationDraft>();
  const referenceYear = reference?.getUTCFullYear() ?? latestYear(prose);
  const nato = /\b(?:NATO|Nato)\b/.test(text);
  let previousForce: string | undefined;
  let previousPlace: LocationDraft | undefined;
  let afterTroopSentence = false;
  const allFigures = sentences.flatMap(({ sentence, paragraphIndex }) => {
    const places = sentencePlaces(sentence, readOf.get(paragraphIndex));
    for (const place of places) locations.set(place.location.key, place.location);
    const figures = figuresIn({
      sentence,
      paragraphIndex,
      places,
      afterTroopSentence,
      nato,
      ...(previousForce ? { previousForce } : {}),
      ...(reference ? { publishedAt: reference, publishedDay } : {}),
      ...(referenceYear ? { referenceYear } : {}),
      ...(main ? { mainPlace: main } : {}),
      ...(mainCountry ? { mainCountry } : {}),
      ...(force ? { defaultForce: force } : {}),
      ...(previousPlace ? { previousPlace } : {}),
    });
    previousForce = figures.at(-1)?.force ?? previousForce;
    previousPlace = places.filter((p) => p.location.kind === 'COUNTRY' || p.location.kind === 'REGION').at(-1)?.location ?? previousPlace;
    // The sentence just before, even across a paragraph break ("… serving worldwide." / "Of them, 3,756 …").
    afterTroopSentence = TROOPS.test(sentence.text);
    return figures;
  });
  // Claims are the body's: a standfirst restates them.
  const claims = extractClaims(
    sentences.filter((s) => parsed.paragraphs[s.paragraphIndex]?.kind === 'BODY'),
    quotes,
    allFigures,
  );
  const troopLevels = dedupeFigures(allFigures, claims, quotes);

  for (const paragraph of read.paragraphs) for (const place of namedPlaces(paragraph)) locations.set(place.key, place);
  for (const paragraph of parsed.paragraphs.filter((p) => p.kind === 'HEADLINE')) {
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
  const speaking = new Set([
    ...agencyKeys,
    ...quotes.flatMap((q) => (q.speakerOrganisationKey ? [q.speakerOrganisationKey] : [])),
    ...claims.flatMap((c) => (c.claimantOrganisationKey ? [c.claimantOrganisationKey] : [])),
  ]);
  const date = publishedDay ? `-${publishedDay}` : '';
  // A text article from a known address is published by that site.
  const outlet = page?.outlet ?? outletOf(options.sourceUrl);
  const language = page?.language ?? detectLanguage(prose.map((p) => p.text).join('\n'));
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
    ...(page?.canonicalUrl ? { canonicalUrl: page.canonicalUrl } : {}),
    ...(page?.modifiedAt ? { modifiedAt: page.modifiedAt } : {}),
    ...(language ? { language } : {}),
    ...(outlet ? { outlet } : {}),
    authors,
    agencyKeys: [...new Set(agencyKeys)],
    people: people.all().filter((p) => referenced.has(p.key)),
    organisations: read.organisations.all().filter((o) => speaking.has(o.key)),
    locations: [...locations.values()],
    paragraphs: parsed.paragraphs,
    quotes,
    claims,
    troopLevels,
  };
}
