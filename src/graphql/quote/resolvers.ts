import { NEWEST_ARTICLE_FIRST, quoteConditions, type QuoteListFilter } from '../../db/queries/extracts.ts';
import { fieldsOf } from '../common/fields.ts';
import { filterIds, toGlobalId } from '../common/ids.ts';
import { listConnection } from '../common/connection.ts';
import { required } from '../common/required.ts';
import { optionalSearch } from '../common/search.ts';
import type { QuoteFilter, Resolvers } from '../generated/resolvers.ts';

const quote = fieldsOf('Quote');

function listFilter(filter: QuoteFilter | null | undefined): QuoteListFilter {
  const search = optionalSearch(filter?.search);
  const ids = filterIds(filter, { speakerId: 'Person', speakerOrganisationId: 'Organisation', articleId: 'Article' });
  return { ...(search ? { search } : {}), ...ids };
}

export const quoteResolvers: Resolvers = {
  Query: {
    quotes: (_parent, args, { read }, info) => {
      const filter = listFilter(args.filter);
      return listConnection('Quote', { args, read, info }, () => quoteConditions(filter), NEWEST_ARTICLE_FIRST);
    },
  },
  Quote: {
    id: quote.computed(['id'], (q) => toGlobalId('Quote', q.id)),
    speaker: quote.relation('speaker'),
    speakerOrganisation: quote.relation('speakerOrganisation'),
    continues: quote.relation('continues'),
    // The first of the quotes continuing this one (normally the only one).
    continuation: quote.relation('continuations', { then: (quotes) => quotes[0] ?? null }),
    span: quote.span(),
    article: quote.relation('article', { then: (article) => required(article, 'article') }),
    claims: quote.relation('claims', { through: 'claim' }),
  },
};
