/**
 * Full-text search through the generated `search` tsvector columns (GIN-indexed).
 * websearch_to_tsquery accepts what people type ("quoted phrase", -exclude, or) and never
 * fails on syntax; the query is always a bound parameter.
 */
import { z } from 'zod';
import { Prisma, type PrismaClient } from '../../db/client.ts';
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

export type SearchTable = 'article' | 'claim' | 'quote';

const TABLES: Record<SearchTable, Prisma.Sql> = {
  article: Prisma.sql`"article"`,
  claim: Prisma.sql`"claim"`,
  quote: Prisma.sql`"quote"`,
};

export interface RankedId {
  id: string;
  rank: number;
}

/** Ids of matching rows, best first; `limit` undefined means all matches. */
export function searchIds(prisma: PrismaClient, table: SearchTable, query: string, limit?: number): Promise<RankedId[]> {
  const tsquery = Prisma.sql`websearch_to_tsquery('english', ${query})`;
  return prisma.$queryRaw<RankedId[]>`
    SELECT id::text AS id, ts_rank_cd(search, ${tsquery})::float8 AS rank
      FROM ${TABLES[table]}
     WHERE search @@ ${tsquery}
     ORDER BY rank DESC, id
     ${limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
}

export interface RankedHit extends RankedId {
  table: SearchTable;
}

/**
 * The best `limit` matches across articles, claims and quotes in one statement: each table's
 * own top `limit` (GIN index), merged by rank, ties by table then id.
 */
export function searchAll(prisma: PrismaClient, query: string, limit: number): Promise<RankedHit[]> {
  const tsquery = Prisma.sql`websearch_to_tsquery('english', ${query})`;
  const top = (table: SearchTable) => Prisma.sql`
    (SELECT ${table}::text AS "table", id::text AS id, ts_rank_cd(search, ${tsquery})::float8 AS rank
       FROM ${TABLES[table]} WHERE search @@ ${tsquery} ORDER BY rank DESC, id LIMIT ${limit})`;
  return prisma.$queryRaw<RankedHit[]>`
    SELECT * FROM (${top('article')} UNION ALL ${top('claim')} UNION ALL ${top('quote')}) hits
     ORDER BY rank DESC, "table", id LIMIT ${limit}`;
}

/** A Prisma `id in (...)` condition for a search, or nothing when there is no search. */
export async function searchCondition(
  prisma: PrismaClient,
  table: SearchTable,
  query: string | null | undefined,
): Promise<{ id: { in: string[] } } | undefined> {
  if (query == null || query.trim() === '') return undefined;
  return { id: { in: (await searchIds(prisma, table, checkedSearch(query, 'filter.search'))).map((hit) => hit.id) } };
}
