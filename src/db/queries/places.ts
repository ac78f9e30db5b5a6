import type { SqlRunner } from '../client.ts';
import { selectJsonPage, type Select } from './jsonSelect.ts';

/** A place as people type it: its name in any case, its key or its ISO code. `param` is the trimmed text's placeholder. */
export const placeMatchSql = (alias: string, param: string): string =>
  `(lower(${alias}.name) = lower(${param}) OR ${alias}.key = lower(${param}) OR ${alias}.iso_code = upper(${param}))`;

/** The places some troop level is at, by name, shaped by `select`. */
export function placesWithFigures<T>(sql: SqlRunner, select: Select): Promise<T[]> {
  const page = 'SELECT l.* FROM location l WHERE EXISTS (SELECT 1 FROM troop_level t WHERE t.location_id = l.id)';
  return selectJsonPage<T>(sql, 'Location', select, { page, order: 't0.name, t0.id', values: [] });
}
