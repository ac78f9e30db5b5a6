import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';
import { toGlobalId } from '../common/ids.ts';
import { BODY, estoniaReport, HEADLINE, olderEstoniaReport, organisationArticle, STANDFIRST } from './scenario.ts';

let api: TestApi;
let slug: string;
let olderSlug: string;
beforeAll(async () => {
  api = await startTestApi(estoniaReport(), olderEstoniaReport());
  [slug, olderSlug] = api.saved.map((saved) => saved.slug) as [string, string];
});
afterAll(() => api.close());

describe('article', () => {
  it('returns an article by slug with its publication time, authors with their roles, and standfirst', async () => {
    const result = await api.query<{ article: Record<string, unknown> }>(
      'query ($slug: String) { article(slug: $slug) { headline publishedAt standfirst authors { person { name } role } } }',
      { slug },
    );
    expect(result.data?.article).toEqual({
      headline: HEADLINE,
      publishedAt: '2022-03-01T17:45:00.000Z',
      standfirst: STANDFIRST,
      authors: [{ person: { name: 'Nadia Okafor' }, role: 'Defence Correspondent' }],
    });
  });

  it('gives the day printed and the precision of what was printed beside the instant', async () => {
    const result = await api.query<{ article: Record<string, unknown> }>(
      'query ($slug: String) { article(slug: $slug) { publishedAt publishedOn publishedPrecision } }',
      { slug },
    );
    expect(result.data?.article).toEqual({
      publishedAt: '2022-03-01T17:45:00.000Z',
      publishedOn: '2022-03-01',
      publishedPrecision: 'MINUTE',
    });
  });

  it('gives an article that prints only its day that day, DAY precision and no instant', async () => {
    const saved = await api.save(organisationArticle('day only'));
    const result = await api.query<{ article: Record<string, unknown> }>(
      'query ($slug: String) { article(slug: $slug) { slug publishedAt publishedOn publishedPrecision } }',
      { slug: saved.slug },
    );
    expect(result.data?.article).toEqual({
      slug: 'pentagon-confirms-rotation-day-only-2023-07-10',
      publishedAt: null,
      publishedOn: '2023-07-10',
      publishedPrecision: 'DAY',
    });
  });

  it('gives an article stored without a printed day no day and no precision', async () => {
    const result = await api.query<{ article: Record<string, unknown> }>(
      'query ($slug: String) { article(slug: $slug) { publishedAt publishedOn publishedPrecision } }',
      { slug: olderSlug },
    );
    expect(result.data?.article).toEqual({ publishedAt: '2019-01-01T09:00:00.000Z', publishedOn: null, publishedPrecision: null });
  });

  it('finds the articles an organisation speaks in', async () => {
    const saved = await api.save(organisationArticle('filter'));
    const organisation = await api.db.prisma.organisation.findUniqueOrThrow({ where: { key: 'pentagon filter' } });
    const result = await api.query<{ articles: { totalCount: number; edges: { node: { slug: string } }[] } }>(
      'query ($id: ID) { articles(filter: { organisationId: $id }) { totalCount edges { node { slug } } } }',
      { id: toGlobalId('Organisation', organisation.id) },
    );
    expect(result.data?.articles).toEqual({ totalCount: 1, edges: [{ node: { slug: saved.slug } }] });
  });

  it('keeps captions, related links, bylines and the standfirst out of the body', async () => {
    const result = await api.query<{ article: { body: string; paragraphs: { kind: string; text: string }[] } }>(
      'query ($slug: String) { article(slug: $slug) { body paragraphs(kinds: [CAPTION, RELATED_LINK]) { kind text } } }',
      { slug },
    );
    expect(result.data?.article).toEqual({
      body: BODY.join('\n\n'),
      paragraphs: [
        { kind: 'CAPTION', text: 'British tanks at Tapa. Picture: PA' },
        { kind: 'RELATED_LINK', text: 'READ MORE: Baltic states ask for more NATO troops' },
      ],
    });
  });

  it('fetches the same article again through node(id)', async () => {
    const { data } = await api.query<{ article: { id: string } }>('query ($slug: String) { article(slug: $slug) { id } }', { slug });
    const node = await api.query<{ node: { __typename: string; slug: string } }>(
      'query ($id: ID!) { node(id: $id) { __typename ... on Article { slug } } }',
      { id: data!.article.id },
    );
    expect(node.data?.node).toEqual({ __typename: 'Article', slug });
  });

  it('counts its paragraphs, quotes, claims and figures as the lists have them', async () => {
    const result = await api.query<{
      article: { counts: Record<string, number>; paragraphs: unknown[]; quotes: unknown[]; claims: unknown[]; troopLevels: unknown[] };
    }>(
      'query ($slug: String) { article(slug: $slug) { counts { paragraphs quotes claims troopLevels } paragraphs { kind } quotes { text } claims { text } troopLevels { count } } }',
      { slug },
    );
    const { counts, paragraphs, quotes, claims, troopLevels } = result.data!.article;
    expect(counts).toEqual({ paragraphs: 9, quotes: 1, claims: 2, troopLevels: 2 });
    expect(counts).toEqual({
      paragraphs: paragraphs.length,
      quotes: quotes.length,
      claims: claims.length,
      troopLevels: troopLevels.length,
    });
  });

  it('answers null for an id that names nothing', async () => {
    const result = await api.query('{ article(id: "QXJ0aWNsZTowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA") { id } }');
    expect(result).toEqual({ data: { article: null } });
  });
});

describe('articles', () => {
  const PAGE =
    'query ($first: Int, $after: String, $last: Int, $before: String) { articles(first: $first, after: $after, last: $last, before: $before, filter: { location: "Estonia" }) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }';

  it('refuses first: 0 and first: 101', async () => {
    expect(errorCode(await api.query(PAGE, { first: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.query(PAGE, { first: 101 }))).toBe('BAD_USER_INPUT');
  });

  it('refuses a malformed cursor', async () => {
    expect(errorCode(await api.query(PAGE, { first: 1, after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('pages forwards and backwards with cursors, newest first', async () => {
    type Page = {
      articles: {
        totalCount: number;
        edges: { cursor: string; node: { slug: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
      };
    };
    const first = (await api.query<Page>(PAGE, { first: 1 })).data!.articles;
    expect(first.totalCount).toBe(2);
    expect(first.edges.map((e) => e.node.slug)).toEqual([slug]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await api.query<Page>(PAGE, { first: 1, after: first.pageInfo.endCursor })).data!.articles;
    expect(second.edges.map((e) => e.node.slug)).toEqual([olderSlug]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = (await api.query<Page>(PAGE, { last: 1, before: second.edges[0]!.cursor })).data!.articles;
    expect(back.edges.map((e) => e.node.slug)).toEqual([slug]);
  });

  it('filters by full-text search, place and publication window', async () => {
    const count = async (filter: Record<string, unknown>) =>
      (
        await api.query<{ articles: { totalCount: number } }>(
          'query ($filter: ArticleFilter) { articles(filter: $filter) { totalCount } }',
          { filter },
        )
      ).data!.articles.totalCount;
    expect(await count({ search: 'Tapa' })).toBe(1);
    expect(await count({ search: '"no such phrase anywhere"' })).toBe(0);
    expect(await count({ location: 'Estonia' })).toBe(2);
    expect(await count({ location: 'Estonia', publishedFrom: '2022-03-01T00:00:00Z', publishedTo: '2022-03-01T23:59:59Z' })).toBe(1);
  });
});

describe('ingestArticle', () => {
  const INGEST =
    'mutation ($text: String!) { ingestArticle(input: { text: $text }) { created article { id } userErrors { field message code } } }';
  const TEXT = 'Germany to host more troops\n\nNov. 17, 2020\n\nAbout 1,000 more US troops will move to Germany, officials said.\n';

  it('refuses a request with no key', async () => {
    expect(errorCode(await api.query(INGEST, { text: TEXT }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong key and a revoked key', async () => {
    for (const key of ['tlk_wrong', api.keys.revoked]) {
      const result = await api.server.graphql(INGEST, { text: TEXT }, { authorization: `Bearer ${key}` });
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a viewer key', async () => {
    const result = await api.server.graphql(INGEST, { text: TEXT }, { authorization: `Bearer ${api.keys.viewer}` });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('stores an article once for an editor, however often it is sent', async () => {
    // What the extractor reads from the text is the ingest tests' business; here: one article.
    const before = await api.db.prisma.article.count();
    const first = await api.asEditor<{ ingestArticle: { created: boolean; article: { id: string } } }>(INGEST, { text: TEXT });
    const again = await api.asEditor<{ ingestArticle: { created: boolean; article: { id: string } } }>(INGEST, { text: TEXT });
    expect(first.data?.ingestArticle.created).toBe(true);
    expect(again.data?.ingestArticle).toEqual({ created: false, article: { id: first.data?.ingestArticle.article.id }, userErrors: [] });
    expect(await api.db.prisma.article.count()).toBe(before + 1);
  });

  it('answers empty text with a user error and stores nothing', async () => {
    const before = await api.db.prisma.article.count();
    const result = await api.asEditor<{ ingestArticle: { userErrors: { field: string[]; code: string }[] } }>(INGEST, { text: '   ' });
    expect(result.data?.ingestArticle.userErrors).toEqual([
      { field: ['input', 'text'], message: 'The article text is empty.', code: 'BAD_USER_INPUT' },
    ]);
    expect(await api.db.prisma.article.count()).toBe(before);
  });
});

describe('deleteArticle', () => {
  it('answers NOT_FOUND for an id that names nothing', async () => {
    const result = await api.asEditor(
      'mutation { deleteArticle(id: "QXJ0aWNsZTowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA") { deletedId } }',
    );
    expect(errorCode(result)).toBe('NOT_FOUND');
  });

  it('answers a malformed id with a user error', async () => {
    const result = await api.asEditor<{ deleteArticle: unknown }>(
      'mutation { deleteArticle(id: "nonsense") { deletedId userErrors { field code } } }',
    );
    expect(result.data?.deleteArticle).toEqual({ deletedId: null, userErrors: [{ field: ['id'], code: 'BAD_USER_INPUT' }] });
  });
});
