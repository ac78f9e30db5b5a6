/**
 * The filters of the lists of what articles carry (quotes, claims, troop levels) as SQL
 * conditions on the list's rows (alias `x`); lists.ts builds the page.
 */
import { Conditions } from './lists.ts';
import { column, NEWEST_ARTICLE_FIRST, type ModelName, type OrderTerm } from './models.ts';
import { placeMatchSql } from './places.ts';
import { addSearch } from './search.ts';

export { NEWEST_ARTICLE_FIRST };

/** Keeps the rows whose `field` equals `value`, when one is given. */
function equal(c: Conditions, model: ModelName, field: string, value: string | undefined, type = 'uuid'): void {
  if (value !== undefined) c.add(`x.${column(model, field)} = ${c.param(value, type)}`);
}

/** A day as Postgres' date, whatever the server's time zone. */
export const day = (date: Date): string => date.toISOString().slice(0, 10);

export interface QuoteListFilter {
  search?: string;
  speakerId?: string;
  speakerOrganisationId?: string;
  articleId?: string;
}

export function quoteConditions(filter: QuoteListFilter): Conditions {
  const c = new Conditions();
  if (filter.search) addSearch(c, filter.search);
  equal(c, 'Quote', 'speakerId', filter.speakerId);
  equal(c, 'Quote', 'speakerOrganisationId', filter.speakerOrganisationId);
  equal(c, 'Quote', 'articleId', filter.articleId);
  return c;
}

export interface ClaimListFilter {
  search?: string;
  articleId?: string;
  claimantId?: string;
  claimantOrganisationId?: string;
  status?: string;
}

export function claimConditions(filter: ClaimListFilter): Conditions {
  const c = new Conditions();
  if (filter.search) addSearch(c, filter.search);
  equal(c, 'Claim', 'articleId', filter.articleId);
  equal(c, 'Claim', 'claimantId', filter.claimantId);
  equal(c, 'Claim', 'claimantOrganisationId', filter.claimantOrganisationId);
  equal(c, 'Claim', 'status', filter.status, '"ReviewStatus"');
  return c;
}

export interface TroopLevelListFilter {
  /** A place's name (any case), ISO code or key. */
  location?: string;
  kind?: string;
  from?: Date;
  to?: Date;
  articleId?: string;
}

/** Troop levels by date (undated last), then as they stand in their articles. */
export const TIMELINE_ORDER: OrderTerm[] = [
  { field: 'effectiveDate', nullsLast: true },
  { field: 'articleId' },
  { field: 'start' },
  { field: 'id' },
];

export function troopLevelConditions(filter: TroopLevelListFilter): Conditions {
  const c = new Conditions();
  if (filter.location?.trim())
    c.add(
      `EXISTS (SELECT 1 FROM location l WHERE l.id = x.location_id AND ${placeMatchSql('l', c.param(filter.location.trim(), 'text'))})`,
    );
  equal(c, 'TroopLevel', 'kind', filter.kind, '"TroopLevelKind"');
  if (filter.from) c.add(`x.effective_date >= ${c.param(day(filter.from), 'date')}`);
  if (filter.to) c.add(`x.effective_date <= ${c.param(day(filter.to), 'date')}`);
  equal(c, 'TroopLevel', 'articleId', filter.articleId);
  return c;
}

/**
 * People, organisations or outlets whose name contains `search` in any case, or whose key
 * contains it folded, or (people, organisations) one of whose aliases it is exactly.
 */
export function namedConditions(search: string | undefined, { aliases }: { aliases: boolean }): Conditions {
  const c = new Conditions();
  if (search) {
    const text = c.param(search, 'text');
    const alias = aliases ? ` OR ${text} = ANY(x.aliases)` : '';
    c.add(`(strpos(lower(x.name), lower(${text})) > 0 OR strpos(x.key, lower(${text})) > 0${alias})`);
  }
  return c;
}

/** Directories (people, organisations, outlets) by name, ties by id. */
export const BY_NAME: OrderTerm[] = [{ field: 'name' }, { field: 'id' }];
