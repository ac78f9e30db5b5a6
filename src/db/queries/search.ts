/**
 * Full-text search through the generated `search` tsvector columns (GIN-indexed).
 * websearch_to_tsquery accepts what people type ("quoted phrase", -exclude, or) and never
 * fails on syntax; the query is always a bound parameter.
 */
import type { SqlRunner } from '../client.ts';
import type { Conditions } from './lists.ts';
import { jsonObjectSql, parseRow, type Select } from './jsonSelect.ts';
import { table, type ModelName } from './models.ts';

export type SearchedModel = Extract<ModelName, 'Article' | 'Claim' | 'Quote'>;
export const SEARCHED_MODELS: readonly SearchedModel[] = ['Article', 'Claim', 'Quote'];

/** A list's rows (alias `x`) that match `query`: bounded by the list's own LIMIT. */
export const addSearch = (where: Conditions, query: string): void =>
  where.add(`x.search @@ websearch_to_tsquery('english', ${where.param(query, 'text')})`);

export interface Hit<T> {
  model: SearchedModel;
  row: T;
}

/**
 * The best `limit` matches across articles, claims and quotes, each shaped by its model's
 * `select`, in one statement: each table's own top `limit` (GIN index), merged by rank (ties
 * by model, then id), and the JSON built for the winners only.
 */
export async function searchHits<T>(
  sql: SqlRunner,
  query: string,
  limit: number,
  selects: Record<SearchedModel, Select>,
): Promise<Hit<T>[]> {
  const top = (model: SearchedModel) => `
    (SELECT '${model}' AS model, id, ts_rank_cd(search, q.tsq)::float8 AS rank
       FROM ${table(model)}, q WHERE search @@ q.tsq ORDER BY rank DESC, id LIMIT $2::int)`;
  const shaped = SEARCHED_MODELS.map(
    (model) => `WHEN '${model}' THEN (SELECT ${jsonObjectSql(model, selects[model])}::text FROM ${table(model)} t0 WHERE t0.id = hits.id)`,
  );
  const { rows } = await sql<{ model: SearchedModel; row: string }>(
    // The tsquery parsed once: in the prepared statement's generic plan, websearch_to_tsquery($1)
    // inline would be parsed again for every match, in the recheck and in the rank.
    `WITH q AS MATERIALIZED (SELECT websearch_to_tsquery('english', $1::text) AS tsq)
     SELECT hits.model, CASE hits.model ${shaped.join(' ')} END AS row
       FROM (SELECT * FROM (${SEARCHED_MODELS.map(top).join(' UNION ALL ')}) ranked ORDER BY rank DESC, model, id LIMIT $2::int) hits
      ORDER BY hits.rank DESC, hits.model, hits.id`,
    [query, limit],
  );
  return rows.map(({ model, row }) => ({ model, row: parseRow<T>(model, selects[model], row) }));
}
