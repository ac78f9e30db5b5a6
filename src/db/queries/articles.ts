/**
 * The article list's filters as SQL conditions (lists.ts builds the page). Through the Prisma
 * client the same page took three statements (search ids, page ids, JSON) and about a
 * millisecond of client CPU each time (BENCHMARKS.md); here it is one.
 */
import { siteOf } from '../../ingest/outlet.ts';
import { Conditions } from './lists.ts';
import type { OrderTerm } from './models.ts';
import { placeMatchSql } from './places.ts';
import { addSearch } from './search.ts';

export interface ArticleListFilter {
  /** websearch_to_tsquery text, already checked and not blank. */
  search?: string;
  /** Bounds on the reading-order instant (published_sort): a date-only article counts from the start of its day (UTC). */
  publishedFrom?: Date;
  publishedTo?: Date;
  authorId?: string;
  personId?: string;
  /** Quoted or claiming in the article. */
  organisationId?: string;
  /** A place's name (any case), ISO code or key. */
  location?: string;
  /** An outlet's name (any case), its site's host, or a URL on that site. */
  outlet?: string;
  /** A BCP 47 tag; a bare language ("en") also matches its regional forms ("en-GB"). */
  language?: string;
}

/**
 * Newest first or oldest first, undated last either way; ties by id. "Dated" is
 * published_sort: the instant when one was printed, else the start of the printed day (UTC).
 */
export const articleOrder = (direction: 'asc' | 'desc'): OrderTerm[] => [
  { field: 'publishedSort', desc: direction === 'desc', nullsLast: true },
  { field: 'id' },
];

/** The outlet key a filter value may name: "https://www.site.example/x" or "site.example/x" → "site.example". */
const outletKey = (value: string): string =>
  siteOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`) ?? value.toLowerCase();

export function articleConditions(filter: ArticleListFilter): Conditions {
  const c = new Conditions();
  const { search, publishedFrom, publishedTo, authorId, personId, organisationId, location, outlet, language } = filter;
  if (search) addSearch(c, search);
  if (publishedFrom) c.add(`x.published_sort >= ${c.param(publishedFrom, 'timestamptz')}`);
  if (publishedTo) c.add(`x.published_sort <= ${c.param(publishedTo, 'timestamptz')}`);
  if (authorId) c.add(`EXISTS (SELECT 1 FROM article_author y WHERE y.article_id = x.id AND y.person_id = ${c.param(authorId, 'uuid')})`);
  if (personId) {
    const person = c.param(personId, 'uuid');
    c.add(`(EXISTS (SELECT 1 FROM article_author y WHERE y.article_id = x.id AND y.person_id = ${person})
      OR EXISTS (SELECT 1 FROM quote y WHERE y.article_id = x.id AND y.speaker_id = ${person})
      OR EXISTS (SELECT 1 FROM claim y WHERE y.article_id = x.id AND y.claimant_id = ${person}))`);
  }
  if (organisationId) {
    const organisation = c.param(organisationId, 'uuid');
    c.add(`(EXISTS (SELECT 1 FROM quote y WHERE y.article_id = x.id AND y.speaker_organisation_id = ${organisation})
      OR EXISTS (SELECT 1 FROM claim y WHERE y.article_id = x.id AND y.claimant_organisation_id = ${organisation}))`);
  }
  if (location?.trim()) {
    const place = c.param(location.trim(), 'text');
    c.add(
      `EXISTS (SELECT 1 FROM troop_level y JOIN location l ON l.id = y.location_id WHERE y.article_id = x.id AND ${placeMatchSql('l', place)})`,
    );
  }
  if (outlet) {
    const [name, key] = [c.param(outlet, 'text'), c.param(outletKey(outlet), 'text')];
    c.add(`EXISTS (SELECT 1 FROM outlet o WHERE o.id = x.outlet_id AND (lower(o.name) = lower(${name}) OR o.key = ${key}))`);
  }
  if (language) {
    const tag = c.param(language.toLowerCase(), 'text');
    c.add(`(lower(x.language) = ${tag} OR lower(x.language) LIKE ${tag} || '-%')`);
  }
  return c;
}
