/**
 * The article list as SQL on the pool: one statement for a page (filter, keyset cursor,
 * LIMIT, then the look-ahead's JSON), one for the total. Through the Prisma client the same
 * page took three statements (search ids, page ids, JSON) and about a millisecond of client
 * CPU each time (BENCHMARKS.md); here every value is a bound parameter and each combination
 * of filters gives one statement text, prepared once per connection.
 */
import type { SqlRunner } from './client.ts';
import { selectJsonPage } from './jsonSelect.ts';
import { placeMatchSql } from './placeMatch.ts';

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

/** The outlet key a filter value may name: "https://www.site.example/x" → "site.example". */
function siteOf(value: string): string {
  const host = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? URL.parse(value)?.hostname : value.split('/')[0];
  return (host ?? value).toLowerCase().replace(/^www\./, '');
}

export interface ArticleListPage {
  /**
   * Newest first (undated last) or oldest first (undated last); ties by id. "Dated" is
   * published_sort: the instant when one was printed, else the start of the printed day (UTC).
   */
  direction: 'asc' | 'desc';
  /** Rows to read: positive forwards from the cursor, negative backwards up to it. */
  take: number;
  /** The row the page starts after (forwards) or ends before (backwards), excluded. */
  cursor?: string;
}

/** SQL conditions on `article a` and their parameters, numbered from $1. */
class Conditions {
  readonly values: unknown[] = [];
  readonly terms: string[] = [];

  param(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }

  add(term: string): void {
    this.terms.push(term);
  }

  get where(): string {
    return this.terms.length ? `WHERE ${this.terms.join(' AND ')}` : '';
  }
}

function filtered({
  search,
  publishedFrom,
  publishedTo,
  authorId,
  personId,
  organisationId,
  location,
  outlet,
  language,
}: ArticleListFilter): Conditions {
  const c = new Conditions();
  if (search) c.add(`a.search @@ websearch_to_tsquery('english', ${c.param(search, 'text')})`);
  if (publishedFrom) c.add(`a.published_sort >= ${c.param(publishedFrom, 'timestamptz')}`);
  if (publishedTo) c.add(`a.published_sort <= ${c.param(publishedTo, 'timestamptz')}`);
  if (authorId) c.add(`EXISTS (SELECT 1 FROM article_author x WHERE x.article_id = a.id AND x.person_id = ${c.param(authorId, 'uuid')})`);
  if (personId) {
    const person = c.param(personId, 'uuid');
    c.add(`(EXISTS (SELECT 1 FROM article_author x WHERE x.article_id = a.id AND x.person_id = ${person})
      OR EXISTS (SELECT 1 FROM quote x WHERE x.article_id = a.id AND x.speaker_id = ${person})
      OR EXISTS (SELECT 1 FROM claim x WHERE x.article_id = a.id AND x.claimant_id = ${person}))`);
  }
  if (organisationId) {
    const organisation = c.param(organisationId, 'uuid');
    c.add(`(EXISTS (SELECT 1 FROM quote x WHERE x.article_id = a.id AND x.speaker_organisation_id = ${organisation})
      OR EXISTS (SELECT 1 FROM claim x WHERE x.article_id = a.id AND x.claimant_organisation_id = ${organisation}))`);
  }
  if (location?.trim()) {
    const place = c.param(location.trim(), 'text');
    c.add(
      `EXISTS (SELECT 1 FROM troop_level x JOIN location l ON l.id = x.location_id WHERE x.article_id = a.id AND ${placeMatchSql('l', place)})`,
    );
  }
  if (outlet) {
    c.add(
      `EXISTS (SELECT 1 FROM outlet o WHERE o.id = a.outlet_id AND (lower(o.name) = lower(${c.param(outlet, 'text')}) OR o.key = ${c.param(siteOf(outlet), 'text')}))`,
    );
  }
  if (language) {
    const tag = c.param(language.toLowerCase(), 'text');
    c.add(`(lower(a.language) = ${tag} OR lower(a.language) LIKE ${tag} || '-%')`);
  }
  return c;
}

/**
 * Rows strictly after (or before) the cursor row in reading order, undated rows last. Written
 * out rather than as a row comparison because published_sort may be null.
 */
function keyset(direction: 'asc' | 'desc', backwards: boolean): string {
  const later = direction === 'desc' ? '<' : '>';
  const earlier = direction === 'desc' ? '>' : '<';
  return backwards
    ? `CASE WHEN c.published_sort IS NULL THEN a.published_sort IS NOT NULL OR a.id < c.id
        ELSE a.published_sort ${earlier} c.published_sort OR (a.published_sort = c.published_sort AND a.id < c.id) END`
    : `CASE WHEN c.published_sort IS NULL THEN a.published_sort IS NULL AND a.id > c.id
        ELSE a.published_sort IS NULL OR a.published_sort ${later} c.published_sort OR (a.published_sort = c.published_sort AND a.id > c.id) END`;
}

const readingOrder = (alias: string, direction: 'asc' | 'desc', reversed = false): string => {
  const dir = (direction === 'desc') !== reversed ? 'DESC' : 'ASC';
  // Reversed, undated rows come first: the exact mirror of the reading order.
  return `${alias}.published_sort ${dir} NULLS ${reversed ? 'FIRST' : 'LAST'}, ${alias}.id ${reversed ? 'DESC' : 'ASC'}`;
};

/** One page of articles shaped by `select`, in reading order. */
export function articlePage<T>(
  sql: SqlRunner,
  select: Record<string, unknown>,
  filter: ArticleListFilter,
  page: ArticleListPage,
): Promise<T[]> {
  const c = filtered(filter);
  const backwards = page.take < 0;
  if (page.cursor) c.add(keyset(page.direction, backwards));
  const anchor = page.cursor ? ` CROSS JOIN (SELECT id, published_sort FROM article WHERE id = ${c.param(page.cursor, 'uuid')}) c` : '';
  const limit = c.param(Math.abs(page.take), 'int');
  const rows = `SELECT a.* FROM article a${anchor} ${c.where} ORDER BY ${readingOrder('a', page.direction, backwards)} LIMIT ${limit}`;
  return selectJsonPage<T>(sql, 'Article', select, { page: rows, order: readingOrder('t0', page.direction), values: c.values });
}

/** How many articles match `filter`, exactly. */
export async function countArticles(sql: SqlRunner, filter: ArticleListFilter): Promise<number> {
  const c = filtered(filter);
  const { rows } = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM article a ${c.where}`, c.values);
  return rows[0]?.n ?? 0;
}
