/**
 * The draft an article becomes after parsing and extraction: plain data, no I/O.
 * src/db/store.ts persists it; nothing here knows about the database.
 *
 * Every span is a half-open [start, end) range of UTF-16 offsets into `ArticleDraft.text`,
 * so `draft.text.slice(span.start, span.end) === item.text` for paragraphs, quotes, claims and
 * troop levels (for troop levels, `text` is the phrase the figure was read from).
 * The domain's enums are the value lists below, each type derived from its list: this layer
 * is the lowest that needs them and imports nothing, so they are the single source. Prisma's
 * enums are checked against them at compile time (src/db/enums.ts), the GraphQL schema's by a
 * test (src/graphql/enums.test.ts), and zod schemas are built from them (`z.enum(CLAIM_KINDS)`).
 */

export interface Span {
  start: number;
  end: number;
}

export const PARAGRAPH_KINDS = ['HEADLINE', 'STANDFIRST', 'DATELINE', 'BYLINE', 'BODY', 'CAPTION', 'RELATED_LINK'] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

export interface ParagraphDraft extends Span {
  /** 0-based position among all paragraphs of the article (every kind). */
  index: number;
  kind: ParagraphKind;
  text: string;
  /** Image credit of a caption ("Getty", "PA"), when the caption names one. */
  credit?: string;
}

/** No code needs Gender's values as a list, so the union is its source. */
export type Gender = 'MALE' | 'FEMALE';

export interface PersonDraft {
  /** Normalized identity key, e.g. "frank mckenzie" (lowercase, diacritics folded, no titles). */
  key: string;
  /** Full display name without titles: "Frank McKenzie". */
  name: string;
  /** Titles and roles seen: "Marine General", "top American commander for the Middle East". */
  roles: string[];
  /** Other forms of the name seen in the text: "McKenzie", "Gen. McKenzie". */
  aliases: string[];
  gender?: Gender;
}

export const ORGANISATION_KINDS = ['GOVERNMENT', 'MINISTRY', 'MILITARY', 'INTERNATIONAL', 'AGENCY', 'MEDIA', 'OTHER'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A speaker or claimant that is not a person: a ministry, the Pentagon, a press office. */
export interface OrganisationDraft {
  /** Normalized identity key: "pentagon", "inter-services public relations". */
  key: string;
  /** Display name: "the Pentagon" → "Pentagon"; "Inter-Services Public Relations". */
  name: string;
  kind: OrganisationKind;
  /** Other forms seen: "ISPR", "the ministry". */
  aliases: string[];
  /** ISO 3166-1 alpha-2 code of the country it belongs to, when known. */
  countryCode?: string;
}

export interface AuthorDraft {
  personKey: string;
  /** "Defence Correspondent" in "By Jane Doe, Defence Correspondent". */
  role?: string;
}

export const LOCATION_KINDS = ['COUNTRY', 'CITY', 'BASE', 'REGION'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export interface LocationDraft {
  /** Normalized key: ISO alpha-2 for countries ("iq"), else lowercase name ("al-asad air base"). */
  key: string;
  name: string;
  kind: LocationKind;
  /** ISO 3166-1 alpha-2 code for countries. */
  isoCode?: string;
}

export interface QuoteDraft extends Span {
  /** The quoted words, without the quotation marks. The span covers exactly these words. */
  text: string;
  /** A fragment inside a sentence of the article's own ("endless wars"). */
  partial: boolean;
  speakerKey?: string;
  /** An organisation speaking: "the Pentagon said", "a statement from the ministry". */
  speakerOrganisationKey?: string;
  /** Unnamed source: "a senior Trump administration official". */
  speakerDescription?: string;
  /** "said", "told reporters", "added"; absent when the quote continues a previous one. */
  attributionVerb?: string;
  /**
   * Index of the quote whose words this one goes on with, past an attribution in between:
   * in '"A," Logan said. "B."' B continues A — one utterance in two segments.
   */
  continues?: number;
  paragraphIndex: number;
}

export const QUALIFIERS = ['EXACT', 'APPROXIMATELY', 'MORE_THAN', 'FEWER_THAN', 'ALMOST', 'AT_LEAST', 'UP_TO'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const TROOP_LEVEL_KINDS = ['CURRENT', 'TARGET', 'CHANGE', 'HISTORICAL'] as const;
export type TroopLevelKind = (typeof TROOP_LEVEL_KINDS)[number];

export const PUBLISHED_PRECISIONS = ['DAY', 'MINUTE', 'SECOND'] as const;
export type PublishedPrecision = (typeof PUBLISHED_PRECISIONS)[number];

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR', 'PERIOD'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface TroopLevelDraft extends Span {
  /** The phrase the figure was read from, e.g. "from 5,200 to 3,000" or "more than 2,000". */
  text: string;
  count: number;
  /** Upper bound of a range ("between 500 and 650 troops": count 500, countMax 650). */
  countMax?: number;
  qualifier: Qualifier;
  kind: TroopLevelKind;
  /** Whose troops: "US", "UK", "coalition", "NATO"... */
  force: string;
  locationKey?: string;
  /** ISO date (YYYY-MM-DD): start of the period the figure applies to. */
  effectiveDate?: string;
  /** ISO date (YYYY-MM-DD): inclusive end of that period, when it is a period. */
  periodEnd?: string;
  datePrecision?: DatePrecision;
  paragraphIndex: number;
  /** Index into ArticleDraft.claims of the claim whose sentence contains this figure. */
  claimIndex?: number;
}

export const CLAIM_KINDS = ['FIGURE', 'EVENT', 'STATEMENT', 'FORECAST'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export interface ClaimDraft extends Span {
  text: string;
  kind: ClaimKind;
  /** Named claimant; absent together with claimantDescription means the article itself. */
  claimantKey?: string;
  claimantOrganisationKey?: string;
  claimantDescription?: string;
  paragraphIndex: number;
  /** Indexes into ArticleDraft.quotes of the quotes that lie inside this claim. */
  quoteIndexes: number[];
  /** Indexes into ArticleDraft.troopLevels of the figures inside this claim. */
  troopLevelIndexes: number[];
}

/** Who published an article: upserted by key. */
export interface OutletDraft {
  /** The site's host without "www." ("baltic-ledger.example"), else the name folded to lowercase. */
  key: string;
  name: string;
  siteUrl?: string;
}

export interface ArticleDraft {
  /** The stored text: input with line endings normalized to \n and a BOM removed. */
  text: string;
  /** sha256 hex of `text`: the identity of an article (ingest is idempotent). */
  contentHash: string;
  slug: string;
  headline: string;
  standfirst?: string;
  /** The calendar day of publication as printed, in the outlet's own zone (YYYY-MM-DD). */
  publishedOn?: string;
  /** The instant of publication: only when the page states a time (or the caller gives one). */
  publishedAt?: Date;
  /** What was printed: a day, or a time to the minute or second. */
  publishedPrecision?: PublishedPrecision;
  sourceUrl?: string;
  /** The page's own address for itself: the same canonical URL is the same article. */
  canonicalUrl?: string;
  /** When the outlet last changed the page, as its metadata says. */
  modifiedAt?: Date;
  /** BCP 47: the page's declaration, else detected from the text. */
  language?: string;
  outlet?: OutletDraft;
  authors: AuthorDraft[];
  /** Organisations credited as authors (a wire agency in the page's metadata), in order. */
  agencyKeys?: string[];
  /** Everyone referred to: authors, speakers, claimants. Keys are unique. */
  people: PersonDraft[];
  /** Organisations that speak or claim: keys are unique. */
  organisations: OrganisationDraft[];
  /** Places referred to by troop levels (and others named). Keys are unique. */
  locations: LocationDraft[];
  paragraphs: ParagraphDraft[];
  quotes: QuoteDraft[];
  claims: ClaimDraft[];
  troopLevels: TroopLevelDraft[];
}

/** What a page's metadata says of it (src/ingest/page): each field wins over the text's reading. */
export interface PageFacts {
  published?: { at?: Date; on: string; precision: PublishedPrecision };
  modifiedAt?: Date;
  /** People and organisations credited as authors, in the page's order. */
  authors?: { name: string; kind: 'PERSON' | 'ORGANIZATION' }[];
  outlet?: OutletDraft;
  language?: string;
  canonicalUrl?: string;
  /** Offsets in the text where a figure's caption starts: those paragraphs are captions. */
  captionStarts?: number[];
}

export interface IngestOptions {
  /** IANA zone for datelines without an explicit zone. Default DEFAULT_TIME_ZONE (zones.ts). */
  defaultTimeZone?: string;
  /** Overrides the dateline and the page's metadata. */
  publishedAt?: Date;
  sourceUrl?: string;
  page?: PageFacts;
}
