/**
 * A place's troop-level timeline: every figure by date, each with the figures from other
 * articles that disagree — same force, same kind, overlapping period, different count.
 */
import type { TroopLevel } from '../../db/client.ts';
import type { TimelinePointModel } from '../models.ts';

const DAY = 86_400_000;

/** [from, to] in ms; a figure without a date has no period and conflicts with nothing. */
function period(level: TroopLevel): [number, number] | undefined {
  if (!level.effectiveDate) return undefined;
  const from = level.effectiveDate.getTime();
  return [from, (level.periodEnd?.getTime() ?? from) + DAY - 1];
}

function disagree(a: TroopLevel, b: TroopLevel): boolean {
  if (a.articleId === b.articleId || a.kind !== b.kind || a.force !== b.force || a.count === b.count) return false;
  const [pa, pb] = [period(a), period(b)];
  return pa !== undefined && pb !== undefined && pa[0] <= pb[1] && pb[0] <= pa[1];
}

export function buildTimeline(levels: TroopLevel[]): TimelinePointModel[] {
  const sorted = [...levels].sort(
    (a, b) => (a.effectiveDate?.getTime() ?? Infinity) - (b.effectiveDate?.getTime() ?? Infinity) || a.id.localeCompare(b.id),
  );
  return sorted.map((troopLevel) => ({ troopLevel, conflicts: sorted.filter((other) => disagree(troopLevel, other)) }));
}
