/**
 * What a news page says of itself, in order of trust: schema.org JSON-LD, then OpenGraph and
 * `article:*` meta tags, `<meta name="author">`, a `<time datetime>` in the article, and
 * `rel=canonical`. The text heuristics of parse.ts stand in only for what none of these gives.
 */
import { oneLine } from '../text.ts';
import { parseDateline } from '../dates.ts';
import { zonedTime } from '../zones.ts';
import { canonicalLanguage } from '../language.ts';
import type { PublishedPrecision } from '../types.ts';
import { readJsonLd, type Party } from './jsonLd.ts';

export type { Party } from './jsonLd.ts';

export interface Publication {
  /** The instant, when the page gives a time. */
  at?: Date;
  /** The calendar day as the outlet wrote it (its own offset), YYYY-MM-DD. */
  on: string;
  precision: PublishedPrecision;
}

export interface PageMetadata {
  headline?: string;
  published?: Publication;
  modifiedAt?: Date;
  /** People and organisations credited as authors, in the page's order. */
  authors: Party[];
  outlet?: { name: string; siteUrl?: string };
  language?: string;
  canonicalUrl?: string;
  /** False when the page declares its text paywalled. */
  accessibleForFree?: boolean;
}

/** The subset of the DOM read here (linkedom's Document provides it). */
export interface MetadataSource {
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** An ISO 8601 date or date-time as the page wrote it; a time without an offset is in `zone`. */
export function readPublication(value: string | undefined, zone: string): Publication | undefined {
  const written = value?.trim();
  if (!written) return undefined;
  const m = ISO.exec(written);
  if (m) {
    const [, y, mo, d, h, mi, s, fraction, offset] = m;
    const on = `${y}-${mo}-${d}`;
    if (h === undefined || mi === undefined) return Number.isNaN(Date.parse(on)) ? undefined : { on, precision: 'DAY' };
    const precision = s === undefined ? 'MINUTE' : 'SECOND';
    const at = offset
      ? new Date(
          `${on}T${h}:${mi}:${s ?? '00'}${fraction?.slice(0, 4) ?? ''}${offset.toUpperCase() === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')}`,
        )
      : zonedTime(Number(y), Number(mo), Number(d), Number(h), Number(mi), zone, Number(s ?? 0));
    return Number.isNaN(at.getTime()) ? undefined : { at, on, precision };
  }
  // "March 13, 2015 9:30pm AEDT", "Sat, 14 Mar 2026 09:30:00 +0200": read as a printed dateline is.
  const printed = parseDateline(written, zone);
  if (printed) return { ...(printed.at ? { at: printed.at } : {}), on: printed.day, precision: printed.precision };
  // Anything else only with a numeric offset or UTC: a zone abbreviation is no instant (Date reads
  // "EST" as New York's, though a Sydney paper means its own).
  if (!/(?:[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|Z))\s*$/i.test(written)) return undefined;
  const at = new Date(written);
  return Number.isNaN(at.getTime()) ? undefined : { at, on: at.toISOString().slice(0, 10), precision: 'SECOND' };
}

/** Meta tags by property or name (lowercase), first occurrence wins. */
function metaTags(page: MetadataSource): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of page.querySelectorAll('meta[content]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

/**
 * The other tags news CMSs write, by field, in order of preference: Parse.ly's and Sailthru's
 * analytics tags and Dublin Core sit in many pages that have no OpenGraph date or author.
 */
const TAGS = {
  published: [
    'article:published_time',
    'datepublished',
    'parsely-pub-date',
    'sailthru.date',
    'pubdate',
    'publishdate',
    'publish-date',
    'dc.date.issued',
    'dcterms.created',
    'dc.date',
    'article:publicationdate',
    'date',
  ],
  modified: ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified'],
  author: ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'],
  headline: ['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title'],
};

const tag = (meta: Map<string, string>, names: readonly string[]): string | undefined =>
  names.map((name) => meta.get(name)).find((value) => value !== undefined);

const first = (page: MetadataSource, selector: string, attribute: string): string | undefined => {
  for (const element of page.querySelectorAll(selector)) {
    const value = element.getAttribute(attribute)?.trim();
    if (value) return value;
  }
  return undefined;
};

/**
 * The page's address for itself. A site's home page is no article's address: templates that
 * put the home page in every page's og:url or rel=canonical would make all their articles one.
 */
function canonical(value: string | undefined, base: string | undefined): string | undefined {
  const url = absoluteUrl(value, base);
  return url && !/^https?:\/\/[^/]+\/$/.test(url) ? url : undefined;
}

/** An absolute http(s) URL without its fragment, resolved against the page's own address. */
export function absoluteUrl(value: string | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

const isUrl = (value: string) => /^https?:\/\//i.test(value);

/** Names in a meta author tag: "Jane Doe, John Roe", "By Jane Doe and John Roe". */
const authorNames = (value: string | undefined): Party[] =>
  value && !isUrl(value)
    ? value
        .replace(/^by\s+/i, '')
        .split(/\s*(?:,|;|\band\b|&)\s*/)
        .filter((n) => /\p{L}/u.test(n))
        .map((name) => ({ name, kind: 'PERSON' as const }))
    : [];

/** The page's metadata; `pageUrl` (where it was fetched) resolves relative links. */
export function readMetadata(page: MetadataSource, pageUrl: string | undefined, zone: string): PageMetadata {
  const blocks = [...page.querySelectorAll('script[type="application/ld+json" i]')].map((s) => s.textContent ?? '');
  const ld = readJsonLd(blocks);
  const meta = metaTags(page);
  const time =
    first(
      page,
      'article time[datetime][pubdate], time[itemprop="datePublished"][datetime], article time[datetime], main time[datetime]',
      'datetime',
    ) ?? first(page, 'time[datetime]', 'datetime');
  const published =
    readPublication(ld?.datePublished, zone) ?? readPublication(tag(meta, TAGS.published), zone) ?? readPublication(time, zone);
  const modified = readPublication(ld?.dateModified ?? tag(meta, TAGS.modified), zone);
  const authors = ld?.authors.length ? ld.authors : authorNames(tag(meta, TAGS.author));
  const canonicalUrl =
    canonical(ld?.url, pageUrl) ??
    canonical(meta.get('og:url'), pageUrl) ??
    canonical(first(page, 'link[rel~="canonical" i][href]', 'href'), pageUrl);
  const outletName = ld?.publisher?.name ?? meta.get('og:site_name') ?? meta.get('application-name');
  const siteUrl = absoluteUrl(ld?.publisher?.url, pageUrl);
  const language =
    canonicalLanguage(ld?.language) ??
    canonicalLanguage(page.documentElement?.getAttribute('lang') ?? undefined) ??
    canonicalLanguage(meta.get('og:locale'));
  const headline = oneLine(ld?.headline ?? tag(meta, TAGS.headline) ?? '') || undefined;
  return {
    ...(headline ? { headline } : {}),
    ...(published ? { published } : {}),
    ...(modified?.at ? { modifiedAt: modified.at } : {}),
    authors,
    ...(outletName ? { outlet: { name: outletName, ...(siteUrl ? { siteUrl } : {}) } } : {}),
    ...(language ? { language } : {}),
    ...(canonicalUrl ? { canonicalUrl } : {}),
    ...(ld?.accessibleForFree === undefined ? {} : { accessibleForFree: ld.accessibleForFree }),
  };
}
