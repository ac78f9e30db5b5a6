import { sqlOf, type Claim, type Quote } from '../../db/client.ts';
import { selectJson } from '../../db/jsonSelect.ts';
import { badInput } from '../common/errors.ts';
import { selectFor } from '../common/preload.ts';
import { MAX_PAGE_SIZE } from '../common/pagination.ts';
import { checkedSearch, searchAll, type SearchTable } from '../common/search.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import type { ArticleModel } from '../models.ts';

/** A hit as the look-ahead reads it: the columns the query names, with the id. */
type HitRow = ArticleModel | Claim | Quote;

const TYPE_OF: Record<SearchTable, 'Article' | 'Claim' | 'Quote'> = { article: 'Article', claim: 'Claim', quote: 'Quote' };

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_parent, { query, first }, { prisma }, info) => {
      const limit = first ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
        throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
      if (query.trim() === '') throw badInput('query must not be empty.', 'query');
      const hits = await searchAll(prisma, checkedSearch(query, 'query'), limit);
      // Each kind of hit in one look-ahead statement shaped by its fragment of the query.
      const found = new Map<string, HitRow & { __typename: string }>();
      await Promise.all(
        (Object.keys(TYPE_OF) as SearchTable[]).map(async (table) => {
          const ids = hits.filter((hit) => hit.table === table).map((hit) => hit.id);
          const type = TYPE_OF[table];
          const rows = await selectJson<HitRow>(sqlOf(prisma), type, selectFor(info, type, [], true), 'id', ids);
          for (const row of rows) found.set(`${table}:${row.id}`, { ...row, __typename: type });
        }),
      );
      return hits.flatMap((hit) => found.get(`${hit.table}:${hit.id}`) ?? []);
    },
  },
  SearchHit: {
    __resolveType: (hit) => Reflect.get(hit, '__typename') as 'Article' | 'Claim' | 'Quote',
  },
};
