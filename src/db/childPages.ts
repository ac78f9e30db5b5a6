/**
 * First pages of many parents' connections in one statement: the first `take` quotes (or
 * claims) of each organisation in a batch, in the lists' reading order (newest article first,
 * then article, position, id). A page of organisations each showing its first quotes is then
 * one statement however many organisations the page has, instead of one per organisation.
 */
import type { SqlRunner } from './client.ts';
import { columnOf, MODELS, selectJsonPage, tableOf } from './jsonSelect.ts';

export type ChildModel = 'Quote' | 'Claim';

/** Every scalar column of `model`: what a Prisma findMany without a select returns. */
const allColumns = (model: ChildModel) => Object.fromEntries(MODELS[model].fields.map((field) => [field, true]));

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
  const column = `"${columnOf(foreignKey)}"`;
  if (!MODELS[model].fields.includes(foreignKey)) throw new Error(`firstChildren: ${model}.${foreignKey} is not a field`);
  const page = `SELECT x.*, p.n FROM unnest($1::uuid[]) WITH ORDINALITY AS p(id, n) CROSS JOIN LATERAL (
      SELECT c.*, a.published_sort AS article_sort FROM "${tableOf(model)}" c JOIN article a ON a.id = c.article_id
       WHERE c.${column} = p.id
       ORDER BY a.published_sort DESC NULLS LAST, c.article_id, c.start, c.id LIMIT $2) x`;
  return selectJsonPage<T>(sql, model, allColumns(model), {
    page,
    order: 't0.n, t0.article_sort DESC NULLS LAST, t0.article_id, t0.start, t0.id',
    values: [[...parentIds], take],
  });
}
