/**
 * Per-request DataLoaders: every row or relation a resolver follows without a look-ahead is
 * batched into one statement per relation per request, so the number of SQL statements does
 * not grow with page size. They read through the same compiler as the look-ahead
 * (src/db/queries), so a relation comes in the same order either way.
 */
import DataLoader from 'dataloader';
import { reviewEventsOf } from '../db/claimReviews.ts';
import type { ClaimReviewEvent, SqlRunner } from '../db/client.ts';
import { firstChildren, type ChildModel } from '../db/queries/childPages.ts';
import { selectJson } from '../db/queries/jsonSelect.ts';
import { relationOf, rowColumns, type ModelName, type RowOf } from '../db/queries/models.ts';
import { relatedRows, relationCounts } from '../db/queries/related.ts';
import { conflictIds } from '../db/queries/troopLevels.ts';

/** A connection's first page of one parent's children: `take` rows (the page and one more). */
export interface FirstPageKey {
  id: string;
  take: number;
}

/** One loader per name, made on first use. */
function memo<L>(make: (name: string) => L): (name: string) => L {
  const made = new Map<string, L>();
  return (name) => {
    let loader = made.get(name);
    if (!loader) made.set(name, (loader = make(name)));
    return loader;
  };
}

/** `sql` runs the reads: the request's read runner (a replica, or the primary in a mutation). */
export function createLoaders(sql: SqlRunner) {
  const rows = memo(
    (model) =>
      new DataLoader<string, object | null>(async (ids) => {
        const found = new Map(
          (await selectJson<{ id: string }>(sql, model as ModelName, rowColumns(model as ModelName), 'id', ids)).map((row) => [
            row.id,
            row,
          ]),
        );
        return ids.map((id) => found.get(id) ?? null);
      }),
  );
  const related = memo((key) => {
    const [model, name, through] = key.split('.') as [ModelName, string, string | undefined];
    const relation = relationOf(model, name)!;
    const select = {
      ...rowColumns(relation.model),
      ...(through ? { [through]: { select: rowColumns(relationOf(relation.model, through)!.model) } } : {}),
    };
    return new DataLoader<string, unknown>(async (keys) => {
      const groups = new Map<string, object[]>(keys.map((k) => [k, []]));
      for (const row of await relatedRows<Record<string, unknown>>(sql, model, name, keys, select))
        groups.get(String(row[relation.to]))?.push(row);
      return keys.map((k) => (relation.list ? groups.get(k) : (groups.get(k)?.[0] ?? null)));
    });
  });
  const counts = memo((key) => {
    const [model, ...relations] = key.split('.') as [ModelName, ...string[]];
    return new DataLoader<string, Record<string, number>>((ids) => relationCounts(sql, model, relations, ids));
  });
  const firstPages = memo((key) => {
    const [model, foreignKey] = key.split('.') as [ChildModel, string];
    const cacheKeyFn = (page: FirstPageKey) => `${page.id}:${page.take}`;
    // One statement per distinct page size (usually one) for every parent asked for in a tick.
    return new DataLoader<FirstPageKey, { id: string }[], string>(
      async (pages) => {
        const groups = new Map<string, { id: string }[]>();
        const idsByTake = new Map<number, Set<string>>();
        for (const page of pages) idsByTake.set(page.take, (idsByTake.get(page.take) ?? new Set()).add(page.id));
        for (const [take, ids] of idsByTake) {
          for (const row of await firstChildren<Record<string, string> & { id: string }>(sql, model, foreignKey, [...ids], take)) {
            const cacheKey = cacheKeyFn({ id: row[foreignKey]!, take });
            groups.set(cacheKey, [...(groups.get(cacheKey) ?? []), row]);
          }
        }
        return pages.map((page) => groups.get(cacheKeyFn(page)) ?? []);
      },
      { cacheKeyFn },
    );
  });

  // Made on first use, like the others: most requests (a mutation, a list) need neither.
  let articleText: DataLoader<string, string | null> | undefined;
  let conflicts: DataLoader<string, string[]> | undefined;
  let reviews: DataLoader<string, ClaimReviewEvent[]> | undefined;
  return {
    /** Rows of `model` by id (null where none). */
    row: <M extends ModelName>(model: M) => rows(model) as DataLoader<string, RowOf<M> | null>,
    /** Each key's related rows through `model.relation` (`through` a link row's relation), in the relation's reading order. */
    related: (model: ModelName, relation: string, through?: string) => related([model, relation, through].filter(Boolean).join('.')),
    /** Each id's row counts in `relations` of `model`. */
    counts: (model: ModelName, relations: readonly string[]) => counts([model, ...relations].join('.')),
    /** The first page of each parent's children (`model` rows whose `foreignKey` is the parent). */
    firstPage: (model: ChildModel, foreignKey: string) => firstPages(`${model}.${foreignKey}`),
    /** An article's full text, which rows read without a look-ahead leave out. */
    get articleText() {
      return (articleText ??= new DataLoader<string, string | null>(async (ids) => {
        const rows = await selectJson<{ id: string; text: string }>(sql, 'Article', { id: true, text: true }, 'id', ids);
        const found = new Map(rows.map((r) => [r.id, r.text]));
        return ids.map((id) => found.get(id) ?? null);
      }));
    },
    /** Ids of the figures that disagree with each troop level. */
    get conflictIds() {
      return (conflicts ??= new DataLoader<string, string[]>((ids) => conflictIds(sql, ids)));
    },
    /** Each claim's review events, oldest first. */
    get reviewHistory() {
      return (reviews ??= new DataLoader<string, ClaimReviewEvent[]>(async (claimIds) => {
        const byClaim = new Map<string, ClaimReviewEvent[]>(claimIds.map((id) => [id, []]));
        for (const event of await reviewEventsOf(sql, claimIds)) byClaim.get(event.claimId)?.push(event);
        return claimIds.map((id) => byClaim.get(id) ?? []);
      }));
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
