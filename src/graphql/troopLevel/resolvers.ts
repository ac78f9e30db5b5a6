import type { Claim, Location } from '../../db/client.ts';
import type { ArticleModel } from '../models.ts';
import { preloaded, selectFor } from '../common/preload.ts';
import type { Prisma, TroopLevel } from '../../db/client.ts';
import { optionalIdOf, toGlobalId } from '../common/ids.ts';
import { locationMatch } from '../common/location.ts';
import { MAX_PAGE_SIZE, pageSize, paginate } from '../common/pagination.ts';
import { required } from '../common/required.ts';
import { spanOf } from '../common/span.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { timelinePage } from './timeline.ts';

export const troopLevelResolvers: Resolvers = {
  Query: {
    troopLevels: (_parent, args, { prisma }) => {
      const filter = args.filter;
      const articleId = optionalIdOf('Article', filter?.articleId, 'filter.articleId');
      const where: Prisma.TroopLevelWhereInput = {
        AND: [
          filter?.location ? { location: locationMatch(filter.location) } : {},
          filter?.kind ? { kind: filter.kind } : {},
          filter?.from ? { effectiveDate: { gte: filter.from } } : {},
          filter?.to ? { effectiveDate: { lte: filter.to } } : {},
          articleId ? { articleId } : {},
        ],
      };
      const orderBy: Prisma.TroopLevelOrderByWithRelationInput[] = [
        { effectiveDate: { sort: 'asc', nulls: 'last' } },
        { articleId: 'asc' },
        { start: 'asc' },
        { id: 'asc' },
      ];
      return paginate(
        args,
        (page) => prisma.troopLevel.findMany({ where, orderBy, ...page }),
        () => prisma.troopLevel.count({ where }),
      );
    },
    troopLevelTimeline: async (_parent, { location, from, to, first }, { prisma }, info) => {
      const select = selectFor(info, 'TimelinePoint');
      return (await timelinePage(prisma, { location, from, to, first: pageSize(first, 'first') ?? MAX_PAGE_SIZE }, select)).map(
        (troopLevel) => ({ troopLevel }),
      );
    },
    locations: (_parent, _args, { prisma }) => prisma.location.findMany({ where: { troopLevels: { some: {} } }, orderBy: { name: 'asc' } }),
  },
  TroopLevel: {
    id: (level) => toGlobalId('TroopLevel', level.id),
    location: (level, _args, { loaders }) =>
      preloaded<Location | null>(level, 'location') ?? (level.locationId ? loaders.location.load(level.locationId) : null),
    span: (level) => spanOf(level),
    article: async (level, _args, { loaders }) =>
      preloaded<ArticleModel>(level, 'article') ?? required(await loaders.article.load(level.articleId), 'article'),
    claim: (level, _args, { loaders }) =>
      preloaded<Claim | null>(level, 'claim') ?? (level.claimId ? loaders.claim.load(level.claimId) : null),
  },
  Location: {
    id: (location) => toGlobalId('Location', location.id),
    code: (location) => location.isoCode,
    troopLevels: (location, _args, { loaders }) => loaders.troopLevelsOfLocation.load(location.id),
  },
  TimelinePoint: {
    date: ({ troopLevel }) => troopLevel.effectiveDate,
    periodEnd: ({ troopLevel }) => troopLevel.periodEnd,
    count: ({ troopLevel }) => troopLevel.count,
    countMax: ({ troopLevel }) => troopLevel.countMax,
    kind: ({ troopLevel }) => troopLevel.kind,
    qualifier: ({ troopLevel }) => troopLevel.qualifier,
    force: ({ troopLevel }) => troopLevel.force,
    article: async ({ troopLevel }, _args, { loaders }) =>
      preloaded<ArticleModel>(troopLevel, 'article') ?? required(await loaders.article.load(troopLevel.articleId), 'article'),
    span: ({ troopLevel }) => spanOf(troopLevel),
    conflicts: async ({ troopLevel }, _args, { loaders }) =>
      (await loaders.troopLevel.loadMany(await loaders.conflictIdsOfTroopLevel.load(troopLevel.id))).filter(
        (level): level is TroopLevel => level !== null && !(level instanceof Error),
      ),
  },
};
