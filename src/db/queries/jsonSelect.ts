/**
 * A select tree compiled into one SQL statement that has Postgres build each row's JSON
 * itself (json_build_object / json_agg in correlated subqueries), read straight off the pool:
 * measured in BENCHMARKS.md, the Prisma client spent more CPU turning its JSONB answer into
 * rows than the rest of the request.
 *
 * A select tree names columns (`field: true`), relations (`relation: { select }`, to-one or
 * to-many, each to-many in its one reading order from models.ts) and `_count: { select:
 * { relation: true } }`. Tables, columns, keys and date columns come from the schema's DMMF.
 */
import type { SqlRunner } from '../client.ts';
import {
  allColumns,
  column,
  isDate,
  literal,
  orderSql,
  relationOf,
  relationOrder,
  table,
  type ModelName,
  type Relation,
} from './models.ts';

export type Select = { [field: string]: true | { select: Select } };

/**
 * Turns the date strings of a parsed row into Dates, visiting only what `select` names (a
 * JSON.parse reviver would call back for every value and cost more than the query, measured).
 */
function reviveDates(model: ModelName, select: Select, row: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(select)) {
    const current = row[field];
    if (current === null || current === undefined) continue;
    const relation = relationOf(model, field);
    if (relation && value !== true) {
      for (const child of Array.isArray(current) ? current : [current])
        reviveDates(relation.model, value.select, child as Record<string, unknown>);
    } else if (typeof current === 'string' && isDate(model, field)) {
      row[field] = new Date(current);
    }
  }
}

class Compiler {
  private aliases = 0;

  object(model: ModelName, select: Select, alias: string): string {
    const pairs: string[] = [];
    for (const [field, value] of Object.entries(select)) {
      const relation = relationOf(model, field);
      if (field === '_count' && value !== true) pairs.push(literal(field), this.counts(model, value.select, alias));
      else if (relation)
        pairs.push(literal(field), this.relation(model, field, value === true ? allColumns(relation.model) : value.select, alias));
      else pairs.push(literal(field), `${alias}.${column(model, field)}`);
    }
    return `json_build_object(${pairs.join(', ')})`;
  }

  private relation(model: ModelName, name: string, select: Select, parent: string): string {
    const relation = relationOf(model, name)!;
    const alias = `t${++this.aliases}`;
    const body = this.object(relation.model, select, alias);
    const from = `${table(relation.model)} ${alias} WHERE ${joinSql(model, relation, parent, alias)}`;
    if (!relation.list) return `(SELECT ${body} FROM ${from})`;
    const order = orderSql(relation.model, relationOrder(model, name), alias);
    return `(SELECT coalesce(json_agg(${body} ORDER BY ${order}), '[]'::json) FROM ${from})`;
  }

  private counts(model: ModelName, select: Select, parent: string): string {
    const pairs = Object.keys(select).flatMap((field) => {
      const relation = relationOf(model, field);
      if (!relation?.list) throw new Error(`jsonSelect: cannot count ${model}.${field}`);
      return [literal(field), `(SELECT count(*) FROM ${table(relation.model)} c WHERE ${joinSql(model, relation, parent, 'c')})::int`];
    });
    return `json_build_object(${pairs.join(', ')})`;
  }
}

/** The condition joining a row of `model` (alias `parent`) to its related rows (alias `child`). */
export const joinSql = (model: ModelName, relation: Relation, parent: string, child: string): string =>
  `${child}.${column(relation.model, relation.to)} = ${parent}.${column(model, relation.from)}`;

/**
 * Rows of `model` whose `key` column is one of `values`, shaped by `select`, in the order of
 * `values` (missing ones left out). `key` is a unique key: id (uuid) or slug (text).
 */
export async function selectJson<T>(
  sql: SqlRunner,
  model: ModelName,
  select: Select,
  key: 'id' | 'slug',
  values: readonly string[],
): Promise<T[]> {
  if (values.length === 0) return [];
  const type = key === 'id' ? 'uuid' : 'text';
  const keyColumn = column(model, key);
  // One key (an article page) as a plain equality: the prepared unnest join took twice the
  // Postgres time for a single row (0.75 vs 0.44 ms on the 1k bench corpus, measured).
  if (values.length === 1) {
    const page = `SELECT t.* FROM ${table(model)} t WHERE t.${keyColumn} = $1::${type}`;
    return selectJsonPage<T>(sql, model, select, { page, order: `t0.${keyColumn}`, values: [values[0]] });
  }
  return selectJsonPage<T>(sql, model, select, { page: keyedRows(model, key, type), order: 'n', values: [values] });
}

/** The rows of `model` whose `field` is one of the array $1 (of `type`), each with `n`, its key's position in $1. */
export const keyedRows = (model: ModelName, field: string, type: 'uuid' | 'text' = 'uuid'): string =>
  `SELECT t.*, k.n FROM unnest($1::${type}[]) WITH ORDINALITY AS k(value, n) JOIN ${table(model)} t ON t.${column(model, field)} = k.value`;

export interface PageQuery {
  /** SQL yielding the page's rows of the model's table (it may add columns, such as `n`). */
  page: string;
  /** How to order the page's rows (columns of `page`, alias t0). */
  order: string;
  values: unknown[];
}

/** Compiled expressions by select: the look-ahead hands the same Select to every request of a document. */
const compiled = new WeakMap<Select, Map<ModelName, string>>();

/** The SQL expression building one `model` row's JSON (alias t0) for `select`. */
export function jsonObjectSql(model: ModelName, select: Select): string {
  let byModel = compiled.get(select);
  if (!byModel) compiled.set(select, (byModel = new Map<ModelName, string>()));
  let sql = byModel.get(model);
  if (sql === undefined) byModel.set(model, (sql = new Compiler().object(model, select, 't0')));
  return sql;
}

/** The rows `page` yields, shaped by `select`: JSON is built for the page's rows only. */
export async function selectJsonPage<T>(
  sql: SqlRunner,
  model: ModelName,
  select: Select,
  { page, order, values }: PageQuery,
): Promise<T[]> {
  const body = jsonObjectSql(model, select);
  const { rows } = await sql<{ row: string }>(`SELECT ${body}::text AS row FROM (${page}) t0 ORDER BY ${order}`, values);
  return rows.map((r) => parseRow<T>(model, select, r.row));
}

/** A row's JSON text as built for `select`, its dates as Date objects. */
export function parseRow<T>(model: ModelName, select: Select, text: string): T {
  const row = JSON.parse(text) as Record<string, unknown>;
  reviveDates(model, select, row);
  return row as T;
}
