/**
 * Hand-built ArticleDrafts: tests above the extractor (GraphQL, browser, example client) save
 * these through saveArticle, so what they assert is what they wrote, and improving src/ingest
 * never breaks them.
 *
 * A spec names items by the words they cover; the builder finds those words in the text with
 * indexOf, so every span slices the text exactly, and it refuses a phrase that is missing or
 * ambiguous instead of guessing. Claims get the quotes and figures that lie inside them.
 * Speakers and claimants are named like the people and organisations the spec lists; a quote
 * names the quote it continues by index or by its words. Other optional draft fields
 * (publishedOn, publishedPrecision, countMax, ...) pass straight through to the draft.
 */
import { createHash } from 'node:crypto';
import type {
  ArticleDraft,
  ClaimDraft,
  LocationDraft,
  OrganisationDraft,
  ParagraphDraft,
  ParagraphKind,
  PersonDraft,
  Qualifier,
  QuoteDraft,
  Span,
  TroopLevelDraft,
} from '../../src/ingest/types.ts';

/** Where an item's words are: their only occurrence, or their first inside `within` (which occurs once). */
interface Words {
  text: string;
  /** Passed on from the item specs as given, so possibly undefined. */
  within?: string | undefined;
}

/** Fields the builder computes from the text and the names used in the spec. */
type Placed = keyof Span | 'text' | 'paragraphIndex';

export type PersonSpec = Partial<Omit<PersonDraft, 'name'>> & { name: string };
export type OrganisationSpec = Partial<Omit<OrganisationDraft, 'name'>> & { name: string };
export type LocationSpec = Partial<Omit<LocationDraft, 'name' | 'kind'>> & Pick<LocationDraft, 'name' | 'kind'>;
export type ParagraphSpec = string | { kind: ParagraphKind; text: string; credit?: string };
export type AuthorSpec = string | { name: string; role?: string };

export type QuoteSpec = Words &
  Partial<Omit<QuoteDraft, Placed | 'speakerKey' | 'speakerOrganisationKey' | 'continues'>> & {
    /** Name or key of a person in `people`. */
    speaker?: string;
    /** Name, key or alias of an organisation in `organisations`. */
    speakerOrganisation?: string;
    /** The quote this one goes on with: its index among `quotes`, or its words. */
    continues?: number | string;
  };

export type ClaimSpec = Words &
  Partial<Omit<ClaimDraft, Placed | 'claimantKey' | 'claimantOrganisationKey' | 'quoteIndexes' | 'troopLevelIndexes'>> & {
    /** Name or key of a person in `people`; no claimant and no description: the article's own claim. */
    claimant?: string;
    /** Name, key or alias of an organisation in `organisations`. */
    claimantOrganisation?: string;
  };

export type TroopLevelSpec = Words &
  Omit<TroopLevelDraft, Placed | 'locationKey' | 'claimIndex' | 'qualifier' | 'force'> & {
    qualifier?: Qualifier;
    force?: string;
    /** Name, key or ISO code of a place in `locations`. */
    location?: string;
  };

type Computed =
  | 'text'
  | 'contentHash'
  | 'headline'
  | 'publishedAt'
  | 'authors'
  | 'people'
  | 'organisations'
  | 'locations'
  | 'paragraphs'
  | 'quotes'
  | 'claims'
  | 'troopLevels';

export interface ArticleSpec extends Partial<Omit<ArticleDraft, Computed>> {
  headline: string;
  dateline?: string;
  /** The byline paragraph as printed ("By Jane Doe"); authors are listed separately. */
  byline?: string;
  /** Paragraphs after the headline, standfirst, dateline and byline: a string is a body paragraph. */
  paragraphs: ParagraphSpec[];
  publishedAt?: Date | string;
  authors?: AuthorSpec[];
  people?: PersonSpec[];
  /** Organisations that speak or claim: kind OTHER unless given. */
  organisations?: OrganisationSpec[];
  locations?: LocationSpec[];
  quotes?: QuoteSpec[];
  claims?: ClaimSpec[];
  troopLevels?: TroopLevelSpec[];
}

/** A country as the store keys it: by ISO code. */
export const country = (name: string, isoCode: string): LocationSpec => ({ key: isoCode.toLowerCase(), name, kind: 'COUNTRY', isoCode });

/** The identity key of a person or place name: lowercase, diacritics folded. */
export const keyOf = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/** The headline slugged, with the day of publication (the instant's UTC day, else the printed day). */
const slugOf = (headline: string, publishedAt?: Date, publishedOn?: string): string =>
  [
    keyOf(headline)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
    publishedAt?.toISOString().slice(0, 10) ?? publishedOn,
  ]
    .filter(Boolean)
    .join('-');

export function buildDraft(spec: ArticleSpec): ArticleDraft {
  const {
    headline,
    dateline,
    byline,
    paragraphs: bodySpecs,
    publishedAt: when,
    authors: authorSpecs = [],
    people: peopleSpecs = [],
    organisations: organisationSpecs = [],
    locations: locationSpecs = [],
    quotes: quoteSpecs = [],
    claims: claimSpecs = [],
    troopLevels: levelSpecs = [],
    ...passThrough
  } = spec;
  const paragraphs = layOut([
    { kind: 'HEADLINE', text: headline },
    ...(spec.standfirst ? [{ kind: 'STANDFIRST' as const, text: spec.standfirst }] : []),
    ...(dateline ? [{ kind: 'DATELINE' as const, text: dateline }] : []),
    ...(byline ? [{ kind: 'BYLINE' as const, text: byline }] : []),
    ...bodySpecs.map((p) => (typeof p === 'string' ? { kind: 'BODY' as const, text: p } : p)),
  ]);
  const text = paragraphs.map((p) => p.text).join('\n\n');
  const publishedAt = when === undefined ? undefined : new Date(when);

  const people = withAuthors(peopleSpecs, authorSpecs).map((p): PersonDraft => ({
    ...p,
    key: p.key ?? keyOf(p.name),
    roles: p.roles ?? [],
    aliases: p.aliases ?? [],
  }));
  const organisations = organisationSpecs.map((o): OrganisationDraft => ({
    kind: 'OTHER',
    ...o,
    key: o.key ?? keyOf(o.name),
    aliases: o.aliases ?? [],
  }));
  const locations = locationSpecs.map((l): LocationDraft => ({ ...l, key: l.key ?? keyOf(l.name) }));
  // A reference the spec leaves out stays out of the draft: no key with an undefined value.
  const personNamed = (ref: string) => resolve(ref, people.find((p) => p.name === ref || p.key === ref)?.key, 'person');
  const organisationNamed = (ref: string) =>
    resolve(ref, organisations.find((o) => o.name === ref || o.key === ref || o.aliases.includes(ref))?.key, 'organisation');
  const quoteNamed = (ref: number | string, own: number) => {
    const index = typeof ref === 'number' ? ref : quoteSpecs.findIndex((q) => q.text === ref);
    if (index < 0 || index >= quoteSpecs.length || index === own)
      throw new Error(`Quote ${own} continues "${ref}", which is not another quote of the spec.`);
    return index;
  };
  const placeNamed = (ref: string) => resolve(ref, locations.find((l) => [l.name, l.key, l.isoCode].includes(ref))?.key, 'location');
  const place = (words: Words) => {
    const span = find(text, words);
    return { ...span, text: words.text, paragraphIndex: paragraphAt(paragraphs, span) };
  };

  const quotes = quoteSpecs.map(({ text: words, within, speaker, speakerOrganisation, continues, ...rest }, i): QuoteDraft => ({
    partial: false,
    ...rest,
    ...place({ text: words, within }),
    ...(speaker === undefined ? {} : { speakerKey: personNamed(speaker) }),
    ...(speakerOrganisation === undefined ? {} : { speakerOrganisationKey: organisationNamed(speakerOrganisation) }),
    ...(continues === undefined ? {} : { continues: quoteNamed(continues, i) }),
  }));
  const claimSpans = claimSpecs.map((c) => find(text, c));
  const claimOf = (span: Span) => {
    const index = claimSpans.findIndex((c) => inside(span, c));
    return index === -1 ? undefined : index;
  };
  const troopLevels = levelSpecs.map(({ text: words, within, location, ...rest }): TroopLevelDraft => {
    const placed = place({ text: words, within });
    const claimIndex = claimOf(placed);
    return {
      qualifier: 'EXACT',
      force: 'US',
      ...rest,
      ...placed,
      ...(location === undefined ? {} : { locationKey: placeNamed(location) }),
      ...(claimIndex === undefined ? {} : { claimIndex }),
    };
  });
  const claims = claimSpecs.map(({ text: words, within, claimant, claimantOrganisation, ...rest }, i): ClaimDraft => {
    const span = claimSpans[i] as Span;
    return {
      kind: 'STATEMENT',
      ...rest,
      ...place({ text: words, within }),
      ...(claimant === undefined ? {} : { claimantKey: personNamed(claimant) }),
      ...(claimantOrganisation === undefined ? {} : { claimantOrganisationKey: organisationNamed(claimantOrganisation) }),
      quoteIndexes: indexesInside(quotes, span),
      troopLevelIndexes: indexesInside(troopLevels, span),
    };
  });

  return {
    ...passThrough,
    text,
    contentHash: createHash('sha256').update(text).digest('hex'),
    slug: spec.slug ?? slugOf(headline, publishedAt, spec.publishedOn),
    headline,
    ...(publishedAt === undefined ? {} : { publishedAt }),
    authors: authorSpecs.map((a) =>
      typeof a === 'string' ? { personKey: keyOf(a) } : { personKey: keyOf(a.name), ...(a.role === undefined ? {} : { role: a.role }) },
    ),
    people,
    organisations,
    locations,
    paragraphs,
    quotes,
    claims,
    troopLevels,
  };
}

/** Paragraphs one blank line apart, each with its offsets. */
function layOut(specs: { kind: ParagraphKind; text: string; credit?: string }[]): ParagraphDraft[] {
  let start = 0;
  return specs.map((p, index) => {
    const paragraph = { ...p, index, start, end: start + p.text.length };
    start = paragraph.end + 2;
    return paragraph;
  });
}

/** Authors are people too: add those the spec's people do not already name. */
function withAuthors(people: PersonSpec[], authors: AuthorSpec[]): PersonSpec[] {
  const missing = authors
    .map((a) => (typeof a === 'string' ? { name: a } : { name: a.name, roles: a.role ? [a.role] : [] }))
    .filter((a) => !people.some((p) => (p.key ?? keyOf(p.name)) === keyOf(a.name)));
  return [...people, ...missing];
}

export function find(text: string, { text: words, within }: Words): Span {
  const from = within === undefined ? 0 : only(text, within, 0);
  const start = within === undefined ? only(text, words, 0) : text.indexOf(words, from);
  if (start === -1 || (within !== undefined && start + words.length > from + within.length)) {
    throw new Error(`"${words}" is not inside "${within}".`);
  }
  return { start, end: start + words.length };
}

function only(text: string, words: string, from: number): number {
  const start = text.indexOf(words, from);
  if (start === -1) throw new Error(`"${words}" is not in the article text.`);
  if (text.indexOf(words, start + 1) !== -1) throw new Error(`"${words}" occurs more than once: say which with \`within\`.`);
  return start;
}

function paragraphAt(paragraphs: ParagraphDraft[], span: Span): number {
  const paragraph = paragraphs.find((p) => inside(span, p));
  if (!paragraph) throw new Error(`The span ${span.start}-${span.end} crosses a paragraph break.`);
  return paragraph.index;
}

const inside = (span: Span, outer: Span): boolean => span.start >= outer.start && span.end <= outer.end;

const indexesInside = (items: Span[], outer: Span): number[] => items.flatMap((item, i) => (inside(item, outer) ? [i] : []));

function resolve(ref: string, key: string | undefined, what: string): string {
  if (key === undefined) throw new Error(`The spec names ${what} "${ref}" that it does not list.`);
  return key;
}
