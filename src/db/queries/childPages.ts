/**
 * First pages of many parents' connections in one statement: the first `take` quotes (or
 * claims) of each organisation in a batch, in the lists' reading order. A page of
 * organisations each showing its first quotes is then one statement however many
 * organisations the page has, instead of one per organisation.
 */
import type { SqlRunner } from '../client.ts';
import { selectJsonPage } from './jsonSelect.ts';
import { sortedBy } from './lists.ts';
import { allColumns, column, NEWEST_ARTICLE_FIRST, table } from './models.ts';

export type ChildModel = 'Quote' | 'Claim';

/**
 * The first `take` rows of `model` whose `foreignKey` is each of `parentIds`, grouped by parent
 * in the order of `parentIds`, each group in reading order.
 */
export function firstChildren<T>(
  sql: SqlRunner,
  model: ChildModel,
  foreignKey: string,
  parentIds: readonly string[],
  take: number,
): Promise<T[]> {
  const sorted = sortedBy(model, NEWEST_ARTICLE_FIRST);
  const page = `SELECT y.*, p.n FROM unnest($1::uuid[]) WITH ORDINALITY AS p(id, n) CROSS JOIN LATERAL (
      SELECT x.*, ${sorted.carried} FROM ${table(model)} x ${sorted.joins}
       WHERE x.${column(model, foreignKey)} = p.id ORDER BY ${sorted.rows()} LIMIT $2::int) y`;
  return selectJsonPage<T>(sql, model, allColumns(model), { page, order: `t0.n, ${sorted.outer('t0')}`, values: [[...parentIds], take] });
}
