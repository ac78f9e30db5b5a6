/**
 * A place's troop-level timeline: its figures by date, a page at a time, each with the
 * figures from other articles that disagree — same place, force and kind, overlapping
 * period, different count (a range [count, countMax] disagrees with what it does not
 * overlap). Conflicts are looked up only when asked for, for a whole page in one query, so
 * neither the page size nor the size of the archive multiplies the work.
 */
import type { SqlRunner } from '../client.ts';
import { day } from './extracts.ts';
import { selectJsonPage, type Select } from './jsonSelect.ts';
import { placeMatchSql } from './places.ts';

export interface TimelineArgs {
  location: string;
  // As the GraphQL arguments hand them on: absent is undefined.
  from?: Date | null | undefined;
  to?: Date | null | undefined;
  first: number;
}

/**
 * One statement: the page of the place's figures in the (location, date, id) index's order,
 * and the JSON the query's selection needs for those rows only.
 */
export function timelinePage<T>(sql: SqlRunner, { location, from, to, first }: TimelineArgs, select: Select): Promise<T[]> {
  // Per matching place, an ordered index scan that stops at `first`; then the best `first`.
  const page = `SELECT t.* FROM location l CROSS JOIN LATERAL (
       SELECT * FROM troop_level
        WHERE location_id = l.id AND ($2::date IS NULL OR effective_date >= $2::date) AND ($3::date IS NULL OR effective_date <= $3::date)
        ORDER BY effective_date ASC NULLS LAST, id LIMIT $4) t
     WHERE ${placeMatchSql('l', '$1')}
     ORDER BY t.effective_date ASC NULLS LAST, t.id LIMIT $4`;
  return selectJsonPage<T>(sql, 'TroopLevel', select, {
    page,
    order: 't0.effective_date ASC NULLS LAST, t0.id',
    values: [location.trim(), from ? day(from) : null, to ? day(to) : null, first],
  });
}

/**
 * Ids of the figures that disagree with each level: same place, force and kind, another
 * article, another count (ranges that do not overlap), overlapping period. One indexed query
 * (location, date) for a page.
 */
export async function conflictIds(sql: SqlRunner, levelIds: readonly string[]): Promise<string[][]> {
  const { rows } = await sql<{ level: string; other: string }>(
    `SELECT l.id::text AS level, c.id::text AS other
      FROM troop_level l
      JOIN troop_level c
        ON c.location_id = l.location_id AND c.kind = l.kind AND c.force = l.force
       AND c.article_id <> l.article_id
       AND (coalesce(c.count_max, c.count) < l.count OR c.count > coalesce(l.count_max, l.count))
       AND c.effective_date <= coalesce(l.period_end, l.effective_date)
       AND coalesce(c.period_end, c.effective_date) >= l.effective_date
     WHERE l.id = ANY($1::uuid[])
     ORDER BY c.effective_date, c.id`,
    [[...levelIds]],
  );
  return levelIds.map((id) => rows.filter((pair) => pair.level === id).map((pair) => pair.other));
}
