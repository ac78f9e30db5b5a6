/**
 * The filters of the lists of what articles carry (quotes, claims, troop levels) as SQL
 * conditions on the list's rows (alias `x`); lists.ts builds the page.
 */
import { Conditions } from './lists.ts';
import { column, NEWEST_ARTICLE_FIRST, type ModelName, type OrderTerm } from './models.ts';
import { placeMatchSql } from './places.ts';
import { addSearch } from './search.ts';

export { NEWEST_ARTICLE_FIRST };

/** Postgres types of the columns filters compare that are not uuids. */
const TYPES: Record<string, string> = { status: '"ReviewStatus"', kind: '"TroopLevelKind"' };

/** The rows that match `search` (when given) and whose every other named field equals its value. */
function matching(model: ModelName, { search, ...equal }: Record<string, string | undefined>): Conditions {
  const c = new Conditions();
  if (search) addSearch(c, search);
  for (const [field, value] of Object.entries(equal))
    if (value !== undefined) c.add(`x.${column(model, field)} = ${c.param(value, TYPES[field] ?? 'uuid')}`);
  return c;
}

/** A day as Postgres' date, whatever the server's time zone. */
export const day = (date: Date): string => date.toISOString().slice(0, 10);

export interface QuoteListFilter {
  search?: string;
  speakerId?: string;
  speakerOrganisationId?: string;
  articleId?: string;
}

export const quoteConditions = (filter: QuoteListFilter): Conditions => matching('Quote', { ...filter });

export interface ClaimListFilter {
  search?: string;
  articleId?: string;
  claimantId?: string;
  claimantOrganisationId?: string;
  status?: string;
}

export const claimConditions = (filter: ClaimListFilter): Conditions => matching('Claim', { ...filter });

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

export function troopLevelConditions({ location, from, to, ...equal }: TroopLevelListFilter): Conditions {
  const c = matching('TroopLevel', { ...equal });
  if (location?.trim())
    c.add(`EXISTS (SELECT 1 FROM location l WHERE l.id = x.location_id AND ${placeMatchSql('l', c.param(location.trim(), 'text'))})`);
  if (from) c.add(`x.effective_date >= ${c.param(day(from), 'date')}`);
  if (to) c.add(`x.effective_date <= ${c.param(day(to), 'date')}`);
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
