import type { Claim, Organisation, Person, Quote } from '../../db/client.ts';
import type { ArticleModel } from '../models.ts';
import { preloaded } from '../common/preload.ts';
import type { Prisma } from '../../db/client.ts';
import { optionalIdOf, toGlobalId } from '../common/ids.ts';
import { NEWEST_ARTICLE_FIRST } from '../common/order.ts';
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
      const speakerOrganisationId = optionalIdOf('Organisation', filter?.speakerOrganisationId, 'filter.speakerOrganisationId');
      const articleId = optionalIdOf('Article', filter?.articleId, 'filter.articleId');
      const where: Prisma.QuoteWhereInput = {
        AND: [
          (await searchCondition(prisma, 'quote', filter?.search)) ?? {},
          speakerId ? { speakerId } : {},
          speakerOrganisationId ? { speakerOrganisationId } : {},
          articleId ? { articleId } : {},
        ],
      };
      return paginate(
        args,
        (page) => prisma.quote.findMany({ where, orderBy: NEWEST_ARTICLE_FIRST, ...page }),
        () => prisma.quote.count({ where }),
      );
    },
  },
  Quote: {
    id: (quote) => toGlobalId('Quote', quote.id),
    speaker: (quote, _args, { loaders }) =>
      preloaded<Person | null>(quote, 'speaker') ?? (quote.speakerId ? loaders.person.load(quote.speakerId) : null),
    speakerOrganisation: (quote, _args, { loaders }) =>
      preloaded<Organisation | null>(quote, 'speakerOrganisation') ??
      (quote.speakerOrganisationId ? loaders.organisation.load(quote.speakerOrganisationId) : null),
    continues: (quote, _args, { loaders }) =>
      preloaded<Quote | null>(quote, 'continues') ?? (quote.continuesId ? loaders.quote.load(quote.continuesId) : null),
    continuation: async (quote, _args, { loaders }) =>
      (preloaded<Quote[]>(quote, 'continuations') ?? (await loaders.continuationsOfQuote.load(quote.id)))[0] ?? null,
    span: (quote) => spanOf(quote),
    article: async (quote, _args, { loaders }) =>
      preloaded<ArticleModel>(quote, 'article') ?? required(await loaders.article.load(quote.articleId), 'article'),
    claims: async (quote, _args, { loaders }) =>
      (preloaded<{ claim: Claim }[]>(quote, 'claims') ?? (await loaders.claimsOfQuote.load(quote.id))).map((row) => row.claim),
  },
};
