/**
 * A place's troop-level timeline: its figures by date, a page at a time, each with the
 * figures from other articles that disagree — same place, force and kind, overlapping
 * period, different count. Conflicts are looked up only when asked for, for a whole page in
 * one query, so neither the page size nor the size of the archive multiplies the work.
 */
import { sqlOf, type PrismaClient, type TroopLevel } from '../../db/client.ts';
import { selectJson } from '../../db/jsonSelect.ts';
import { locationMatch } from '../common/location.ts';

export interface TimelineArgs {
  location: string;
  from?: Date | null;
  to?: Date | null;
  first: number;
}

export async function timelinePage(prisma: PrismaClient, { location, from, to, first }: TimelineArgs, select: Record<string, unknown>): Promise<TroopLevel[]> {
  const dated = from || to ? { effectiveDate: { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) } } : {};
  const ids = await prisma.troopLevel.findMany({
    where: { location: locationMatch(location), ...dated },
    orderBy: [{ effectiveDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    take: first,
    select: { id: true },
  });
  return selectJson<TroopLevel>(sqlOf(prisma), 'TroopLevel', select, 'id', ids.map((row) => row.id));
}

/**
 * Ids of the figures that disagree with each level: same place, force and kind, another
 * article, another count, overlapping period. One indexed query (location, date) for a page.
 */
export async function findConflictIds(prisma: PrismaClient, levelIds: readonly string[]): Promise<string[][]> {
  const pairs = await prisma.$queryRaw<{ level: string; other: string }[]>`
    SELECT l.id::text AS level, c.id::text AS other
      FROM troop_level l
      JOIN troop_level c
        ON c.location_id = l.location_id AND c.kind = l.kind AND c.force = l.force
       AND c.article_id <> l.article_id AND c.count <> l.count
       AND c.effective_date <= coalesce(l.period_end, l.effective_date)
       AND coalesce(c.period_end, c.effective_date) >= l.effective_date
     WHERE l.id = ANY(${[...levelIds]}::uuid[])
     ORDER BY c.effective_date, c.id`;
  return levelIds.map((id) => pairs.filter((pair) => pair.level === id).map((pair) => pair.other));
}
