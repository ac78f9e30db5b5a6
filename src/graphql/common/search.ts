/** What people type into a search, checked at the edge (the SQL is src/db/queries/search.ts). */
import { z } from 'zod';
import { badInput } from './errors.ts';

/** Longer queries are refused: Postgres' work grows with every word of a tsquery. */
export const MAX_SEARCH_LENGTH = 500;

const searchText = z.string().max(MAX_SEARCH_LENGTH, `must be at most ${MAX_SEARCH_LENGTH} characters`);

/** The search text, or BAD_USER_INPUT naming `field` when it is too long to be a search. */
export function checkedSearch(query: string, field: string): string {
  const parsed = searchText.safeParse(query);
  if (!parsed.success) throw badInput(`${field} ${parsed.error.issues[0]?.message ?? 'is invalid'}.`, field);
  return parsed.data;
}

/** A list filter's search: checked, or undefined when blank or absent. */
export const optionalSearch = (query: string | null | undefined, field = 'filter.search'): string | undefined =>
  query?.trim() ? checkedSearch(query, field) : undefined;
