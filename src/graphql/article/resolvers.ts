import { sqlOf, type Claim, type Paragraph, type Prisma, type Quote, type TroopLevel } from '../../db/client.ts';
import { selectJson } from '../../db/jsonSelect.ts';
import type { ArticleCounts, AuthorRow } from '../loaders.ts';
import { preloaded, selectFor } from '../common/preload.ts';
import { badInput } from '../common/errors.ts';
import { optionalIdOf, parseGlobalId, toGlobalId } from '../common/ids.ts';
import { paginate } from '../common/pagination.ts';
import { locationMatch } from '../common/location.ts';
import { searchCondition } from '../common/search.ts';
import type { ArticleFilter, Resolvers } from '../generated/resolvers.ts';
import type { GraphQLContext } from '../context.ts';
import type { ArticleModel } from '../models.ts';
import { required } from '../common/required.ts';

async function articleWhere(filter: ArticleFilter | null | undefined, { prisma }: GraphQLContext): Promise<Prisma.ArticleWhereInput> {
  if (!filter) return {};
  const authorId = optionalIdOf('Person', filter.authorId, 'filter.authorId');
  const personId = optionalIdOf('Person', filter.personId, 'filter.personId');
  const search = await searchCondition(prisma, 'article', filter.search);
  return {
    AND: [
      search ?? {},
      filter.publishedFrom ? { publishedAt: { gte: filter.publishedFrom } } : {},
      filter.publishedTo ? { publishedAt: { lte: filter.publishedTo } } : {},
      authorId ? { authors: { some: { personId: authorId } } } : {},
      personId
        ? { OR: [{ authors: { some: { personId } } }, { quotes: { some: { speakerId: personId } } }, { claims: { some: { claimantId: personId } } }] }
        : {},
      filter.location ? { troopLevels: { some: { location: locationMatch(filter.location) } } } : {},
    ],
  };
}

export const articleResolvers: Resolvers = {
  Query: {
    article: async (_parent, { id, slug }, { prisma }, info) => {
      if ((id == null) === (slug == null)) throw badInput('Give either id or slug.');
      // The look-ahead select reads a subset of the row; resolvers only touch what it names.
      const read = async (column: 'id' | 'slug', value: string) =>
        (await selectJson<ArticleModel>(sqlOf(prisma), 'Article', selectFor(info, 'Article'), column, [value]))[0] ?? null;
      if (slug != null) return read('slug', slug);
      const parsed = parseGlobalId(id ?? '');
      return parsed?.type === 'Article' ? read('id', parsed.id) : null;
    },
    articles: async (_parent, args, context, info) => {
      const select = selectFor(info, 'Article', ['edges', 'node'], true);
      const where = await articleWhere(args.filter, context);
      const direction = args.orderBy === 'PUBLISHED_AT_ASC' ? 'asc' : 'desc';
      const orderBy: Prisma.ArticleOrderByWithRelationInput[] = [{ publishedAt: { sort: direction, nulls: 'last' } }, { id: 'asc' }];
      return paginate(
        args,
        async (page) => {
          const ids = await context.prisma.article.findMany({ where, orderBy, select: { id: true }, ...page });
          return selectJson<ArticleModel>(sqlOf(context.prisma), 'Article', select, 'id', ids.map((row) => row.id));
        },
        () => context.prisma.article.count({ where }),
      );
    },
  },
  Article: {
    id: (article) => toGlobalId('Article', article.id),
    text: async (article, _args, { loaders }) => article.text ?? required(await loaders.articleText.load(article.id), 'article').text,
    authors: (article, _args, { loaders }) => preloaded<AuthorRow[]>(article, 'authors') ?? loaders.authorsOfArticle.load(article.id),
    body: async (article, _args, { loaders }) =>
      (preloaded<Paragraph[]>(article, 'paragraphs') ?? (await loaders.paragraphsOfArticle.load(article.id)))
        .filter((p) => p.kind === 'BODY')
        .map((p) => p.text)
        .join('\n\n'),
    paragraphs: async (article, { kinds }, { loaders }) => {
      const all = preloaded<Paragraph[]>(article, 'paragraphs') ?? (await loaders.paragraphsOfArticle.load(article.id));
      return kinds?.length ? all.filter((p) => kinds.includes(p.kind)) : all;
    },
    quotes: (article, _args, { loaders }) => preloaded<Quote[]>(article, 'quotes') ?? loaders.quotesOfArticle.load(article.id),
    claims: (article, _args, { loaders }) => preloaded<Claim[]>(article, 'claims') ?? loaders.claimsOfArticle.load(article.id),
    troopLevels: (article, _args, { loaders }) => preloaded<TroopLevel[]>(article, 'troopLevels') ?? loaders.troopLevelsOfArticle.load(article.id),
    counts: (article, _args, { loaders }) => preloaded<ArticleCounts>(article, '_count') ?? loaders.countsOfArticle.load(article.id),
  },
  Paragraph: {
    span: (p) => ({ start: p.start, end: p.end, text: p.text, paragraphId: p.id, paragraphIndex: p.index }),
  },
};
