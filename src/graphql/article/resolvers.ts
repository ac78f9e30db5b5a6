import { sqlOf, type Claim, type Organisation, type Outlet, type Paragraph, type Quote, type TroopLevel } from '../../db/client.ts';
import { articlePage, countArticles, type ArticleListFilter } from '../../db/articleList.ts';
import { selectJson } from '../../db/jsonSelect.ts';
import type { ArticleCounts, AuthorRow } from '../loaders.ts';
import { preloaded, selectFor } from '../common/preload.ts';
import { badInput } from '../common/errors.ts';
import { optionalIdOf, parseGlobalId, toGlobalId } from '../common/ids.ts';
import { paginate } from '../common/pagination.ts';
import { checkedSearch } from '../common/search.ts';
import type { ArticleFilter, Resolvers } from '../generated/resolvers.ts';
import type { ArticleModel } from '../models.ts';
import { required } from '../common/required.ts';

/** A BCP 47 tag as the language filter takes it; anything else is the caller's mistake. */
function languageTag(value: string): string {
  const tag = value.trim();
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(tag))
    throw badInput('filter.language must be a BCP 47 language tag such as "en" or "en-GB".', 'filter.language');
  return tag;
}

/** The GraphQL filter as the list's SQL filter: ids decoded, search checked. */
function listFilter(filter: ArticleFilter | null | undefined): ArticleListFilter {
  if (!filter) return {};
  const search = filter.search?.trim() ? checkedSearch(filter.search, 'filter.search') : undefined;
  const authorId = optionalIdOf('Person', filter.authorId, 'filter.authorId');
  const personId = optionalIdOf('Person', filter.personId, 'filter.personId');
  const organisationId = optionalIdOf('Organisation', filter.organisationId, 'filter.organisationId');
  return {
    ...(search ? { search } : {}),
    ...(filter.publishedFrom ? { publishedFrom: filter.publishedFrom } : {}),
    ...(filter.publishedTo ? { publishedTo: filter.publishedTo } : {}),
    ...(authorId ? { authorId } : {}),
    ...(personId ? { personId } : {}),
    ...(organisationId ? { organisationId } : {}),
    ...(filter.location ? { location: filter.location } : {}),
    ...(filter.outlet?.trim() ? { outlet: filter.outlet.trim() } : {}),
    ...(filter.language?.trim() ? { language: languageTag(filter.language) } : {}),
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
      const filter = listFilter(args.filter);
      const direction = args.orderBy === 'PUBLISHED_AT_ASC' ? 'asc' : 'desc';
      const sql = sqlOf(context.prisma);
      return paginate(
        args,
        ({ take, cursor }) => articlePage<ArticleModel>(sql, select, filter, { direction, take, ...(cursor ? { cursor: cursor.id } : {}) }),
        () => countArticles(sql, filter),
      );
    },
  },
  Article: {
    id: (article) => toGlobalId('Article', article.id),
    text: async (article, _args, { loaders }) => article.text ?? required(await loaders.articleText.load(article.id), 'article').text,
    outlet: (article, _args, { loaders }) => {
      const outlet = preloaded<Outlet | null>(article, 'outlet');
      return outlet !== undefined ? outlet : article.outletId ? loaders.outlet.load(article.outletId) : null;
    },
    agencies: async (article, _args, { loaders }) =>
      (preloaded<{ organisation: Organisation }[]>(article, 'agencies') ?? (await loaders.agenciesOfArticle.load(article.id))).map(
        (a) => a.organisation,
      ),
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
    troopLevels: (article, _args, { loaders }) =>
      preloaded<TroopLevel[]>(article, 'troopLevels') ?? loaders.troopLevelsOfArticle.load(article.id),
    counts: (article, _args, { loaders }) => preloaded<ArticleCounts>(article, '_count') ?? loaders.countsOfArticle.load(article.id),
  },
  Paragraph: {
    span: (p) => ({ start: p.start, end: p.end, text: p.text, paragraphId: p.id, paragraphIndex: p.index }),
  },
};
