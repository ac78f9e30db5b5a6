import type { Claim, Person } from '../../db/client.ts';
import type { ArticleModel } from '../models.ts';
import { preloaded } from '../common/preload.ts';
import type { Prisma } from '../../db/client.ts';
import { optionalIdOf, toGlobalId } from '../common/ids.ts';
import { paginate } from '../common/pagination.ts';
import { searchCondition } from '../common/search.ts';
import { spanOf } from '../common/span.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { required } from '../common/required.ts';

export const quoteResolvers: Resolvers = {
  Query: {
    quotes: async (_parent, args, context) => {
      const { prisma } = context;
      const filter = args.filter;
      const speakerId = optionalIdOf('Person', filter?.speakerId, 'filter.speakerId');
      const articleId = optionalIdOf('Article', filter?.articleId, 'filter.articleId');
      const where: Prisma.QuoteWhereInput = {
        AND: [(await searchCondition(prisma, 'quote', filter?.search)) ?? {}, speakerId ? { speakerId } : {}, articleId ? { articleId } : {}],
      };
      const orderBy: Prisma.QuoteOrderByWithRelationInput[] = [{ article: { publishedSort: { sort: 'desc', nulls: 'last' } } }, { articleId: 'asc' }, { start: 'asc' }, { id: 'asc' }];
      return paginate(args, (page) => prisma.quote.findMany({ where, orderBy, ...page }), () => prisma.quote.count({ where }));
    },
  },
  Quote: {
    id: (quote) => toGlobalId('Quote', quote.id),
    speaker: (quote, _args, { loaders }) => preloaded<Person | null>(quote, 'speaker') ?? (quote.speakerId ? loaders.person.load(quote.speakerId) : null),
    span: (quote) => spanOf(quote),
    article: async (quote, _args, { loaders }) => preloaded<ArticleModel>(quote, 'article') ?? required(await loaders.article.load(quote.articleId), 'article'),
    claims: async (quote, _args, { loaders }) => (preloaded<{ claim: Claim }[]>(quote, 'claims') ?? (await loaders.claimsOfQuote.load(quote.id))).map((row) => row.claim),
  },
};
