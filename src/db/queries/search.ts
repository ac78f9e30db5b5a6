/**
 * Full-text search through the generated `search` tsvector columns (GIN-indexed).
 * websearch_to_tsquery accepts what people type ("quoted phrase", -exclude, or) and never
 * fails on syntax; the query is always a bound parameter.
 */
import type { SqlRunner } from '../client.ts';
import type { Conditions } from './lists.ts';
import { table, type ModelName } from './models.ts';

export type SearchedModel = Extract<ModelName, 'Article' | 'Claim' | 'Quote'>;
export const SEARCHED_MODELS: readonly SearchedModel[] = ['Article', 'Claim', 'Quote'];

/** A list's rows (alias `x`) that match `query`: bounded by the list's own LIMIT. */
export const addSearch = (where: Conditions, query: string): void =>
  where.add(`x.search @@ websearch_to_tsquery('english', ${where.param(query, 'text')})`);

const TSQUERY = `websearch_to_tsquery('english', $1::text)`;

export interface RankedHit {
  model: SearchedModel;
  id: string;
  rank: number;
}

/**
 * The best `limit` matches across articles, claims and quotes in one statement: each table's
 * own top `limit` (GIN index), merged by rank, ties by model then id.
 */
export async function searchAll(sql: SqlRunner, query: string, limit: number): Promise<RankedHit[]> {
  const top = (model: SearchedModel) => `
    (SELECT '${model}' AS model, id::text AS id, ts_rank_cd(search, ${TSQUERY})::float8 AS rank
       FROM ${table(model)} WHERE search @@ ${TSQUERY} ORDER BY rank DESC, id LIMIT $2::int)`;
  const { rows } = await sql<RankedHit>(
    `SELECT * FROM (${SEARCHED_MODELS.map(top).join(' UNION ALL ')}) hits ORDER BY rank DESC, model, id LIMIT $2::int`,
    [query, limit],
  );
  return rows;
}
