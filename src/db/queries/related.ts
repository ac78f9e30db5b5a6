/**
 * Batched reads behind the API's DataLoaders, compiled by jsonSelect like the look-ahead, so
 * a relation reads the same way (and in the same order) whether it was preloaded or not.
 */
import type { SqlRunner } from '../client.ts';
import { keyedRows, selectJson, selectJsonPage, type Select } from './jsonSelect.ts';
import { orderSql, relationOf, relationOrder, type ModelName } from './models.ts';

/**
 * The rows related to each of `keys` through `model.relation` (keys are the parent's `from`
 * values, usually its id), grouped in the order of `keys`, each group in the relation's
 * reading order. Each row carries the relation's key field, so it can be grouped.
 */
export function relatedRows<T>(
  sql: SqlRunner,
  model: ModelName,
  relationName: string,
  keys: readonly string[],
  select: Select,
): Promise<T[]> {
  const relation = relationOf(model, relationName);
  if (!relation) throw new Error(`${model} has no relation ${relationName}`);
  const order = relation.list ? `t0.n, ${orderSql(relation.model, relationOrder(model, relationName), 't0')}` : 't0.n';
  return selectJsonPage<T>(
    sql,
    relation.model,
    { ...select, [relation.to]: true },
    { page: keyedRows(relation.model, relation.to), order, values: [[...keys]] },
  );
}

/** How many rows each of `ids` has in each of `relations`, in one statement. */
export async function relationCounts<R extends string>(
  sql: SqlRunner,
  model: ModelName,
  relations: readonly R[],
  ids: readonly string[],
): Promise<Record<R, number>[]> {
  const select = { id: true, _count: { select: Object.fromEntries(relations.map((r) => [r, true])) } } as Select;
  const rows = await selectJson<{ id: string; _count: Record<R, number> }>(sql, model, select, 'id', ids);
  const found = new Map(rows.map((row) => [row.id, row._count]));
  const none = Object.fromEntries(relations.map((r) => [r, 0])) as Record<R, number>;
  return ids.map((id) => found.get(id) ?? none);
}
