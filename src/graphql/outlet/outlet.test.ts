import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';
import { courrierStory, LEDGER_URL, ledgerStory } from './scenario.ts';

let api: TestApi;
let ledgerSlug: string;
beforeAll(async () => {
  api = await startTestApi(ledgerStory(), courrierStory());
  ledgerSlug = api.saved[0]?.slug as string;
});
afterAll(() => api.close());

const slugsWhere = async (filter: Record<string, unknown>) => {
  const result = await api.query<{ articles: { edges: { node: { headline: string } }[] } }>(
    'query ($filter: ArticleFilter) { articles(filter: $filter) { edges { node { headline } } } }',
    { filter },
  );
  return result.errors ? errorCode(result) : result.data?.articles.edges.map((e) => e.node.headline);
};

describe("an article's page metadata", () => {
  it('gives the outlet, language, canonical URL, modification time and credited agencies', async () => {
    const result = await api.query<{ article: Record<string, unknown> }>(
      'query ($slug: String) { article(slug: $slug) { outlet { name site siteUrl } language canonicalUrl sourceUrl modifiedAt agencies { name kind } authors { person { name } } } }',
      { slug: ledgerSlug },
    );
    expect(result.data?.article).toEqual({
      outlet: { name: 'The Baltic Ledger', site: 'baltic-ledger.example', siteUrl: 'https://www.baltic-ledger.example/' },
      language: 'en-GB',
      canonicalUrl: LEDGER_URL,
      sourceUrl: LEDGER_URL,
      modifiedAt: '2026-03-14T10:05:00.000Z',
      agencies: [{ name: 'Eastline News Agency', kind: 'MEDIA' }],
      authors: [{ person: { name: 'Kadri Saar' } }],
    });
  });

  it('gives the same outlet and agencies on a list page as on the article itself', async () => {
    const result = await api.query<{ articles: { edges: { node: Record<string, unknown> }[] } }>(
      '{ articles { edges { node { outlet { name } agencies { name } } } } }',
    );
    expect(result.data?.articles.edges.map((e) => e.node)).toEqual([
      { outlet: { name: 'The Baltic Ledger' }, agencies: [{ name: 'Eastline News Agency' }] },
      { outlet: { name: 'Le Courrier du Golfe' }, agencies: [] },
    ]);
  });

  it('finds an outlet by its id through node()', async () => {
    const listed = await api.query<{ outlets: { edges: { node: { id: string } }[] } }>(
      '{ outlets(search: "ledger") { edges { node { id } } } }',
    );
    const id = listed.data?.outlets.edges[0]?.node.id;
    const result = await api.query<{ node: unknown }>('query ($id: ID!) { node(id: $id) { __typename ... on Outlet { name } } }', { id });
    expect(result.data?.node).toEqual({ __typename: 'Outlet', name: 'The Baltic Ledger' });
  });

  it('lists outlets by name, searching name and site', async () => {
    const result = await api.query<{ outlets: unknown }>(
      '{ all: outlets { totalCount edges { node { name } } } bySite: outlets(search: "GOLFE.example") { totalCount } }',
    );
    expect(result.data).toEqual({
      all: { totalCount: 2, edges: [{ node: { name: 'Le Courrier du Golfe' } }, { node: { name: 'The Baltic Ledger' } }] },
      bySite: { totalCount: 1 },
    });
  });
});

describe('articles(filter: { outlet, language })', () => {
  it.each([
    ['its name in any case', 'the baltic ledger'],
    ['its site', 'baltic-ledger.example'],
    ['a URL on its site', 'https://www.baltic-ledger.example/2026/03/14/'],
  ])("finds an outlet's articles by %s", async (_how, outlet) => {
    expect(await slugsWhere({ outlet })).toEqual(['Britain keeps its battlegroup in Estonia']);
  });

  it('finds nothing for an outlet no article has', async () => {
    expect(await slugsWhere({ outlet: 'Nowhere Gazette' })).toEqual([]);
  });

  it.each([
    ['en', ['Britain keeps its battlegroup in Estonia']],
    ['EN-gb', ['Britain keeps its battlegroup in Estonia']],
    ['en-US', []],
    ['fr', ['La France réduit sa présence au Gabon']],
  ])('matches language %s, a bare language also matching its regional forms', async (language, headlines) => {
    expect(await slugsWhere({ language })).toEqual(headlines);
  });

  it('refuses a language that is not a BCP 47 tag', async () => {
    expect(await slugsWhere({ language: 'e%' })).toBe('BAD_USER_INPUT');
  });

  it('combines outlet and language', async () => {
    expect(await slugsWhere({ outlet: 'Le Courrier du Golfe', language: 'en' })).toEqual([]);
  });
});
