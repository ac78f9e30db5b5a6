import type { Paragraph } from '../../db/client.ts';
import { articleConditions, articleOrder, type ArticleListFilter } from '../../db/queries/articles.ts';
import { selectJson } from '../../db/queries/jsonSelect.ts';
import { fieldsOf } from '../common/fields.ts';
import { selectFor } from '../common/lookahead.ts';
import { badInput } from '../common/errors.ts';
import { optionalIdOf, parseGlobalId, toGlobalId } from '../common/ids.ts';
import { listConnection } from '../common/connection.ts';
import { optionalSearch } from '../common/search.ts';
import type { ArticleFilter, ParagraphKind, Resolvers } from '../generated/resolvers.ts';
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
  const search = optionalSearch(filter.search);
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

const article = fieldsOf<'Article', ArticleModel>('Article');
const author = fieldsOf('ArticleAuthor');
const paragraph = fieldsOf('Paragraph');

const ofKinds = (paragraphs: Paragraph[], kinds: readonly ParagraphKind[]) =>
  kinds.length ? paragraphs.filter((p) => kinds.includes(p.kind)) : paragraphs;

export const articleResolvers: Resolvers = {
  Query: {
    article: async (_parent, { id, slug }, { read }, info) => {
      if ((id == null) === (slug == null)) throw badInput('Give either id or slug.');
      const byKey = async (key: 'id' | 'slug', value: string) =>
        (await selectJson<ArticleModel>(read, 'Article', selectFor(info), key, [value]))[0] ?? null;
      if (slug != null) return byKey('slug', slug);
      const parsed = parseGlobalId(id ?? '');
      return parsed?.type === 'Article' ? byKey('id', parsed.id) : null;
    },
    articles: (_parent, args, { read }, info) => {
      const filter = listFilter(args.filter);
      const order = articleOrder(args.orderBy === 'PUBLISHED_AT_ASC' ? 'asc' : 'desc');
      return listConnection('Article', { args, read, info }, () => articleConditions(filter), order);
    },
  },
  Article: {
    id: article.computed(['id'], (a) => toGlobalId('Article', a.id)),
    text: article.computed(
      ['id', 'text'],
      async (a, _args, { loaders }) => a.text ?? required(await loaders.articleText.load(a.id), 'article'),
    ),
    outlet: article.relation('outlet'),
    agencies: article.relation('agencies', { through: 'organisation' }),
    authors: article.relation('authors'),
    body: article.relation('paragraphs', {
      columns: ['kind', 'text'],
      then: (paragraphs) =>
        ofKinds(paragraphs, ['BODY'])
          .map((p) => p.text)
          .join('\n\n'),
    }),
    paragraphs: article.relation('paragraphs', {
      then: (paragraphs, { kinds }: { kinds?: ParagraphKind[] | null }) => ofKinds(paragraphs, kinds ?? []),
    }),
    quotes: article.relation('quotes'),
    claims: article.relation('claims'),
    troopLevels: article.relation('troopLevels'),
    counts: article.count(['paragraphs', 'quotes', 'claims', 'troopLevels']),
  },
  Author: {
    person: author.relation('person', { then: (person) => required(person, 'person') }),
  },
  Paragraph: {
    // A paragraph's span knows its index, so its id (for a lookup) is not needed.
    span: paragraph.computed(['start', 'end', 'text', 'index'], (p) => ({
      start: p.start,
      end: p.end,
      text: p.text,
      paragraphId: null,
      paragraphIndex: p.index,
    })),
  },
};
