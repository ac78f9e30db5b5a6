/**
 * A list field as a Relay connection read by one statement a page (src/db/queries/lists.ts),
 * its nodes shaped by the query's look-ahead.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { SqlRunner } from '../../db/client.ts';
import { listCount, listPage, type Conditions } from '../../db/queries/lists.ts';
import type { ModelName, OrderTerm, RowOf } from '../../db/queries/models.ts';
import { selectFor } from './lookahead.ts';
import { paginate, type ConnectionModel, type PageArgs } from './pagination.ts';

/** `where` makes the list's conditions afresh for each statement (they collect its parameters). */
export function listConnection<M extends ModelName>(
  model: M,
  { args, read: sql, info }: { args: PageArgs; read: SqlRunner; info: GraphQLResolveInfo },
  where: () => Conditions,
  order: readonly OrderTerm[],
): Promise<ConnectionModel<RowOf<M> & { id: string }>> {
  const select = selectFor(info, ['edges', 'node'], { keepId: true });
  return paginate(
    args,
    ({ take, cursor }) =>
      listPage<RowOf<M> & { id: string }>(sql, model, select, where(), order, { take, ...(cursor ? { cursor: cursor.id } : {}) }),
    () => listCount(sql, model, where()),
  );
}
