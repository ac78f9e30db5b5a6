import type { Organisation, Person, Quote, TroopLevel } from '../../db/client.ts';
import type { ArticleModel } from '../models.ts';
import { preloaded } from '../common/preload.ts';
import type { Prisma } from '../../db/client.ts';
import { optionalIdOf, toGlobalId } from '../common/ids.ts';
import { NEWEST_ARTICLE_FIRST } from '../common/order.ts';
import { paginate } from '../common/pagination.ts';
import { required } from '../common/required.ts';
import { searchCondition } from '../common/search.ts';
import { spanOf } from '../common/span.ts';
import type { Resolvers } from '../generated/resolvers.ts';

export const claimResolvers: Resolvers = {
  Query: {
    claims: async (_parent, args, { prisma }) => {
      const filter = args.filter;
      const articleId = optionalIdOf('Article', filter?.articleId, 'filter.articleId');
      const claimantId = optionalIdOf('Person', filter?.claimantId, 'filter.claimantId');
      const claimantOrganisationId = optionalIdOf('Organisation', filter?.claimantOrganisationId, 'filter.claimantOrganisationId');
      const where: Prisma.ClaimWhereInput = {
        AND: [
          (await searchCondition(prisma, 'claim', filter?.search)) ?? {},
          articleId ? { articleId } : {},
          claimantId ? { claimantId } : {},
          claimantOrganisationId ? { claimantOrganisationId } : {},
          filter?.status ? { status: filter.status } : {},
        ],
      };
      return paginate(
        args,
        (page) => prisma.claim.findMany({ where, orderBy: NEWEST_ARTICLE_FIRST, ...page }),
        () => prisma.claim.count({ where }),
      );
    },
  },
  Claim: {
    id: (claim) => toGlobalId('Claim', claim.id),
    claimant: (claim, _args, { loaders }) =>
      preloaded<Person | null>(claim, 'claimant') ?? (claim.claimantId ? loaders.person.load(claim.claimantId) : null),
    claimantOrganisation: (claim, _args, { loaders }) =>
      preloaded<Organisation | null>(claim, 'claimantOrganisation') ??
      (claim.claimantOrganisationId ? loaders.organisation.load(claim.claimantOrganisationId) : null),
    claimantKind: (claim) =>
      claim.claimantId
        ? 'PERSON'
        : claim.claimantOrganisationId
          ? 'ORGANISATION'
          : claim.claimantDescription
            ? 'UNNAMED_SOURCE'
            : 'ARTICLE',
    quotes: async (claim, _args, { loaders }) =>
      (preloaded<{ quote: Quote }[]>(claim, 'quotes') ?? (await loaders.quotesOfClaim.load(claim.id))).map((row) => row.quote),
    troopLevels: (claim, _args, { loaders }) => preloaded<TroopLevel[]>(claim, 'troopLevels') ?? loaders.troopLevelsOfClaim.load(claim.id),
    span: (claim) => spanOf(claim),
    article: async (claim, _args, { loaders }) =>
      preloaded<ArticleModel>(claim, 'article') ?? required(await loaders.article.load(claim.articleId), 'article'),
    reviewHistory: (claim, _args, { loaders }) => loaders.reviewsOfClaim.load(claim.id),
  },
  ClaimReviewEvent: {
    from: (event) => event.fromStatus,
    to: (event) => event.toStatus,
    apiKeyId: (event) => (event.apiKeyId ? toGlobalId('ApiKey', event.apiKeyId) : null),
  },
};
