import type { Select } from '../../db/queries/jsonSelect.ts';
import { searchHits, SEARCHED_MODELS, type SearchedModel } from '../../db/queries/search.ts';
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
    search: async (_parent, { query, first }, { read }, info) => {
      const limit = first ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
        throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
      if (query.trim() === '') throw badInput('query must not be empty.', 'query');
      // Each kind of hit shaped by its fragment of the query, all in one statement.
      const selects = Object.fromEntries(SEARCHED_MODELS.map((model) => [model, selectFor(info, [], { type: model })])) as Record<
        SearchedModel,
        Select
      >;
      const hits = await searchHits<HitRow>(read, checkedSearch(query, 'query'), limit, selects);
      return hits.map(({ model, row }) => ({ ...row, __typename: model }));
    },
  },
  SearchHit: {
    __resolveType: (hit) => Reflect.get(hit, '__typename') as 'Article' | 'Claim' | 'Quote',
  },
};
