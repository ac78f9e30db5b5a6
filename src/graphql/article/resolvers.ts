import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context.ts';

const MAX_PAGE = 100;

const encodeCursor = (offset: number): string => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new GraphQLError('Malformed cursor.', { extensions: { code: 'BAD_USER_INPUT' } });
  return Number(match[1]);
}

export const articleResolvers = {
  Query: {
    article: async (_: unknown, args: { id?: string | null; slug?: string | null }, { prisma }: GraphQLContext) => {
      if (args.id) return prisma.article.findUnique({ where: { id: args.id } }).catch(() => null);
      if (args.slug) return prisma.article.findUnique({ where: { slug: args.slug } });
      throw new GraphQLError('Give an id or a slug.', { extensions: { code: 'BAD_USER_INPUT' } });
    },
    articles: async (_: unknown, args: { first?: number | null; after?: string | null }, { prisma }: GraphQLContext) => {
      const first = args.first ?? 20;
      if (first < 1 || first > MAX_PAGE) {
        throw new GraphQLError(`first must be between 1 and ${MAX_PAGE}.`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const skip = args.after ? decodeCursor(args.after) + 1 : 0;
      const [rows, totalCount] = await Promise.all([
        prisma.article.findMany({ orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }], skip, take: first + 1 }),
        prisma.article.count(),
      ]);
      const page = rows.slice(0, first);
      const edges = page.map((node, i) => ({ node, cursor: encodeCursor(skip + i) }));
      return {
        edges,
        totalCount,
        pageInfo: {
          hasNextPage: rows.length > first,
          hasPreviousPage: skip > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  },
};
