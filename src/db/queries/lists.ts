/**
 * A page of a list as one statement on the pool: filter, keyset cursor, LIMIT, then the
 * look-ahead's JSON for the page's rows; and the list's total. Every value is a bound
 * parameter, so each combination of filters is one statement text, prepared once per
 * connection. The order is a list of terms (models.ts); a term on a related row (`via`)
 * is read through a join.
 */
import type { SqlRunner } from '../client.ts';
import { selectJsonPage, type Select } from './jsonSelect.ts';
import { column, relationOf, table, type ModelName, type OrderTerm } from './models.ts';

/** SQL conditions on the list's rows (alias `x`) and their parameters, numbered from $1. */
export class Conditions {
  readonly values: unknown[] = [];
  readonly terms: string[] = [];

  param(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }

  add(term: string): void {
    this.terms.push(term);
  }

  get where(): string {
    return this.terms.length ? `WHERE ${this.terms.join(' AND ')}` : '';
  }
}

export interface ListPage {
  /** Rows to read: positive forwards from the cursor, negative backwards up to it. */
  take: number;
  /** The id of the row the page starts after (forwards) or ends before (backwards), excluded. */
  cursor?: string;
}

/** Each term as an SQL expression on `alias`'s row, with the joins that `via` terms need. */
function terms(model: ModelName, order: readonly OrderTerm[], alias: string): { joins: string; expressions: string[] } {
  const joins = new Map<string, string>();
  const expressions = order.map(({ field, via }) => {
    if (!via) return `${alias}.${column(model, field)}`;
    const hop = relationOf(model, via);
    if (!hop || hop.list) throw new Error(`${model}.${via} is not a to-one relation`);
    const join = `${alias}_${via}`;
    joins.set(join, `LEFT JOIN ${table(hop.model)} ${join} ON ${join}.${column(hop.model, hop.to)} = ${alias}.${column(model, hop.from)}`);
    return `${join}.${column(hop.model, field)}`;
  });
  return { joins: [...joins.values()].join(' '), expressions };
}

const direction = (term: OrderTerm, reversed: boolean): string => {
  const desc = Boolean(term.desc) !== reversed;
  const nulls = term.nullsLast ? (reversed ? ' NULLS FIRST' : ' NULLS LAST') : '';
  return `${desc ? 'DESC' : 'ASC'}${nulls}`;
};

/**
 * Rows strictly after (or, backwards, before) the cursor row `c` in `order`: for each term,
 * the earlier terms tie and this one comes later. Nulls sort last, as the order says.
 */
function keyset(order: readonly OrderTerm[], row: string[], cursor: string[], backwards: boolean): string {
  const ties: string[] = [];
  const alternatives = order.map((term, i) => {
    const [e, c] = [row[i]!, cursor[i]!];
    const later = Boolean(term.desc) !== backwards ? '<' : '>';
    // With nulls last, a null comes after every value; going backwards, before none.
    const step = !term.nullsLast
      ? `${e} ${later} ${c}`
      : backwards
        ? `(${e} IS NOT NULL AND (${c} IS NULL OR ${e} ${later} ${c}))`
        : `(${c} IS NOT NULL AND (${e} IS NULL OR ${e} ${later} ${c}))`;
    const alternative = [...ties, step].join(' AND ');
    ties.push(`${e} IS NOT DISTINCT FROM ${c}`);
    return `(${alternative})`;
  });
  return `(${alternatives.join(' OR ')})`;
}

/**
 * How rows of `model` (alias `x`) sort in `order`: the joins its `via` terms need, the
 * order's values carried as columns s0, s1, … (so an outer query can sort the page), and
 * the ORDER BY lists on the rows and, outside, on the carried values.
 */
export function sortedBy(model: ModelName, order: readonly OrderTerm[]) {
  const row = terms(model, order, 'x');
  const by = (expressions: string[], reversed: boolean) =>
    order.map((term, i) => `${expressions[i]} ${direction(term, reversed)}`).join(', ');
  const carried = order.map((_, i) => `s${i}`);
  return {
    joins: row.joins,
    expressions: row.expressions,
    carried: row.expressions.map((e, i) => `${e} AS ${carried[i]}`).join(', '),
    rows: (reversed = false) => by(row.expressions, reversed),
    outer: (alias: string) =>
      by(
        carried.map((c) => `${alias}.${c}`),
        false,
      ),
  };
}

/** One page of `model`'s rows matching `where`, in `order`, shaped by `select`. */
export function listPage<T>(
  sql: SqlRunner,
  model: ModelName,
  select: Select,
  where: Conditions,
  order: readonly OrderTerm[],
  page: ListPage,
): Promise<T[]> {
  const backwards = page.take < 0;
  const sorted = sortedBy(model, order);
  let from = `${table(model)} x ${sorted.joins}`;
  if (page.cursor) {
    const anchor = terms(model, order, 'c');
    const values = anchor.expressions.map((e, i) => `${e} AS k${i}`).join(', ');
    from += ` CROSS JOIN (SELECT ${values} FROM ${table(model)} c ${anchor.joins} WHERE c.id = ${where.param(page.cursor, 'uuid')}) k`;
    const cursor = order.map((_, i) => `k.k${i}`);
    where.add(keyset(order, sorted.expressions, cursor, backwards));
  }
  const limit = where.param(Math.abs(page.take), 'int');
  const rows = `SELECT x.*, ${sorted.carried} FROM ${from} ${where.where} ORDER BY ${sorted.rows(backwards)} LIMIT ${limit}`;
  return selectJsonPage<T>(sql, model, select, { page: rows, order: sorted.outer('t0'), values: where.values });
}

/** How many rows of `model` match `where`, exactly. */
export async function listCount(sql: SqlRunner, model: ModelName, where: Conditions): Promise<number> {
  const { rows } = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table(model)} x ${where.where}`, where.values);
  return rows[0]?.n ?? 0;
}
