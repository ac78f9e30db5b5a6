import type { Prisma } from '../../db/client.ts';
import { toGlobalId } from '../common/ids.ts';
import { paginate } from '../common/pagination.ts';
import type { Resolvers } from '../generated/resolvers.ts';

export const outletResolvers: Resolvers = {
  Query: {
    outlets: (_parent, args, { prisma }) => {
      const search = args.search?.trim();
      const where: Prisma.OutletWhereInput = search
        ? { OR: [{ name: { contains: search, mode: 'insensitive' } }, { key: { contains: search.toLowerCase() } }] }
        : {};
      const orderBy: Prisma.OutletOrderByWithRelationInput[] = [{ name: 'asc' }, { id: 'asc' }];
      return paginate(
        args,
        (page) => prisma.outlet.findMany({ where, orderBy, ...page }),
        () => prisma.outlet.count({ where }),
      );
    },
  },
  Outlet: {
    id: (outlet) => toGlobalId('Outlet', outlet.id),
    site: (outlet) => outlet.key,
  },
};
