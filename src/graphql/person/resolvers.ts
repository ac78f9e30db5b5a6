import type { Prisma } from '../../db/client.ts';
import { parseGlobalId, toGlobalId } from '../common/ids.ts';
import { paginate } from '../common/pagination.ts';
import { checkedSearch } from '../common/search.ts';
import type { Resolvers } from '../generated/resolvers.ts';

export const personResolvers: Resolvers = {
  Query: {
    person: (_parent, { id }, { loaders }) => {
      const parsed = parseGlobalId(id);
      return parsed?.type === 'Person' ? loaders.person.load(parsed.id) : null;
    },
    people: (_parent, args, { prisma }) => {
      const search = args.search == null ? undefined : checkedSearch(args.search, 'search').trim();
      const where: Prisma.PersonWhereInput = search
        ? {
            OR: [
              { name: { contains: search, mode: 'insensitive' } },
              { aliases: { has: search } },
              { key: { contains: search.toLowerCase() } },
            ],
          }
        : {};
      const orderBy: Prisma.PersonOrderByWithRelationInput[] = [{ name: 'asc' }, { id: 'asc' }];
      return paginate(
        args,
        (page) => prisma.person.findMany({ where, orderBy, ...page }),
        () => prisma.person.count({ where }),
      );
    },
  },
  Person: {
    id: (person) => toGlobalId('Person', person.id),
    quotes: (person, _args, { loaders }) => loaders.quotesOfSpeaker.load(person.id),
    claims: (person, _args, { loaders }) => loaders.claimsOfClaimant.load(person.id),
    articles: async (person, _args, { loaders }) => (await loaders.articlesOfAuthor.load(person.id)).map((row) => row.article),
  },
};
