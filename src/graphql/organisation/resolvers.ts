import type { Prisma } from '../../db/client.ts';
import { parseGlobalId, toGlobalId } from '../common/ids.ts';
import { NEWEST_ARTICLE_FIRST } from '../common/order.ts';
import { paginate, type PageQuery } from '../common/pagination.ts';
import { checkedSearch } from '../common/search.ts';
import type { Resolvers } from '../generated/resolvers.ts';

/** A first page forwards comes batched from a loader; any other page is read for this parent alone. */
const isFirstPage = (page: PageQuery): boolean => page.cursor === undefined && page.take > 0;

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: (_parent, { id }, { loaders }) => {
      const parsed = parseGlobalId(id);
      return parsed?.type === 'Organisation' ? loaders.organisation.load(parsed.id) : null;
    },
    organisations: (_parent, args, { prisma }) => {
      const search = args.search == null ? undefined : checkedSearch(args.search, 'search').trim();
      const where: Prisma.OrganisationWhereInput = {
        AND: [
          search
            ? {
                OR: [
                  { name: { contains: search, mode: 'insensitive' } },
                  { aliases: { has: search } },
                  { key: { contains: search.toLowerCase() } },
                ],
              }
            : {},
          args.kind ? { kind: args.kind } : {},
        ],
      };
      const orderBy: Prisma.OrganisationOrderByWithRelationInput[] = [{ name: 'asc' }, { id: 'asc' }];
      return paginate(
        args,
        (page) => prisma.organisation.findMany({ where, orderBy, ...page }),
        () => prisma.organisation.count({ where }),
      );
    },
  },
  Organisation: {
    id: (organisation) => toGlobalId('Organisation', organisation.id),
    quotes: (organisation, args, { prisma, loaders }) =>
      paginate(
        args,
        (page) =>
          isFirstPage(page)
            ? loaders.firstQuotesOfOrganisation.load({ id: organisation.id, take: page.take })
            : prisma.quote.findMany({ where: { speakerOrganisationId: organisation.id }, orderBy: NEWEST_ARTICLE_FIRST, ...page }),
        () => loaders.quoteCountOfOrganisation.load(organisation.id),
      ),
    claims: (organisation, args, { prisma, loaders }) =>
      paginate(
        args,
        (page) =>
          isFirstPage(page)
            ? loaders.firstClaimsOfOrganisation.load({ id: organisation.id, take: page.take })
            : prisma.claim.findMany({ where: { claimantOrganisationId: organisation.id }, orderBy: NEWEST_ARTICLE_FIRST, ...page }),
        () => loaders.claimCountOfOrganisation.load(organisation.id),
      ),
  },
};
