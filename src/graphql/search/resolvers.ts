import { badInput } from '../common/errors.ts';
import { MAX_PAGE_SIZE } from '../common/pagination.ts';
import { checkedSearch, searchAll, type SearchTable } from '../common/search.ts';
import type { Resolvers } from '../generated/resolvers.ts';

const TYPE_OF: Record<SearchTable, 'Article' | 'Claim' | 'Quote'> = { article: 'Article', claim: 'Claim', quote: 'Quote' };

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_parent, { query, first }, { prisma, loaders }) => {
      const limit = first ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
      if (query.trim() === '') throw badInput('query must not be empty.', 'query');
      const hits = await searchAll(prisma, checkedSearch(query, 'query'), limit);
      const rows = await Promise.all(
        hits.map(async (hit) => {
          const row = hit.table === 'article' ? await loaders.article.load(hit.id) : hit.table === 'claim' ? await loaders.claim.load(hit.id) : await loaders.quote.load(hit.id);
          return row ? { ...row, __typename: TYPE_OF[hit.table] } : null;
        }),
      );
      return rows.filter((row) => row !== null);
    },
  },
  SearchHit: {
    __resolveType: (hit) => Reflect.get(hit, '__typename') as 'Article' | 'Claim' | 'Quote',
  },
};
