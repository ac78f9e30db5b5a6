import { sqlOf } from '../../db/client.ts';
import { selectJson } from '../../db/queries/jsonSelect.ts';
import { searchAll, SEARCHED_MODELS } from '../../db/queries/search.ts';
import { badInput } from '../common/errors.ts';
import { selectFor } from '../common/lookahead.ts';
import { MAX_PAGE_SIZE } from '../common/pagination.ts';
import { checkedSearch } from '../common/search.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import type { ArticleModel } from '../models.ts';
import type { Claim, Quote } from '../../db/client.ts';

/** A hit as the look-ahead reads it: the columns the query names, with the id. */
type HitRow = ArticleModel | Claim | Quote;

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_parent, { query, first }, { prisma }, info) => {
      const limit = first ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
        throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
      if (query.trim() === '') throw badInput('query must not be empty.', 'query');
      const sql = sqlOf(prisma);
      const hits = await searchAll(sql, checkedSearch(query, 'query'), limit);
      // Each kind of hit in one look-ahead statement shaped by its fragment of the query.
      const found = new Map<string, HitRow & { __typename: string }>();
      await Promise.all(
        SEARCHED_MODELS.map(async (model) => {
          const ids = hits.filter((hit) => hit.model === model).map((hit) => hit.id);
          const rows = await selectJson<HitRow>(sql, model, selectFor(info, [], { type: model, keepId: true }), 'id', ids);
          for (const row of rows) found.set(`${model}:${row.id}`, { ...row, __typename: model });
        }),
      );
      return hits.flatMap((hit) => found.get(`${hit.model}:${hit.id}`) ?? []);
    },
  },
  SearchHit: {
    __resolveType: (hit) => Reflect.get(hit, '__typename') as 'Article' | 'Claim' | 'Quote',
  },
};
