import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';
import { AUTHOR, HANDOVER, HEADLINE, kirkukHandover, QUOTE } from './scenario.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(kirkukHandover());
});
afterAll(() => api.close());

const SEARCH =
  'query ($q: String!, $first: Int) { search(query: $q, first: $first) { __typename ... on Article { headline } ... on Claim { text } ... on Quote { text } } }';

type Hit = { __typename: string; headline?: string; text?: string };
const search = async (q: string): Promise<Hit[]> => (await api.query<{ search: Hit[] }>(SEARCH, { q })).data!.search;
const byKind = (hits: Hit[]) => hits.map((hit) => [hit.__typename, hit.headline ?? hit.text]).sort();

describe('search', () => {
  it('finds the article and the claim that name a place', async () => {
    expect(byKind(await search('Kirkuk'))).toEqual([
      ['Article', HEADLINE],
      ['Claim', HANDOVER],
    ]);
  });

  it('finds a quote by its words', async () => {
    expect((await search('journey sacrifice')).find((hit) => hit.__typename === 'Quote')?.text).toBe(QUOTE);
  });

  it('treats SQL and query syntax as plain words', async () => {
    const result = await api.query<{ search: unknown[] }>(SEARCH, { q: "'; DROP TABLE article; --" });
    expect(result).toEqual({ data: { search: [] } });
    expect(await api.db.prisma.article.count()).toBe(1);
  });

  it('answers each kind of hit with the fields of its own fragments, named, inline or on Node', async () => {
    type FullHit = {
      __typename: string;
      id?: string;
      headline?: string;
      authors?: { person: { name: string } }[];
      text?: string;
      status?: string;
      claimant?: { name: string } | null;
    };
    const result = await api.query<{ search: FullHit[] }>(
      `query ($q: String!) { search(query: $q, first: 50) { __typename ...Story ... on Claim { text status claimant { name } } ... on Node { id } } }
       fragment Story on Article { headline authors { person { name } } }`,
      { q: 'Iraq' },
    );
    const hits = result.data!.search;
    expect(hits.find((hit) => hit.__typename === 'Article')).toEqual({
      __typename: 'Article',
      headline: HEADLINE,
      authors: [{ person: { name: AUTHOR } }],
      id: expect.any(String),
    });
    const claims = hits.filter((hit) => hit.__typename === 'Claim');
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(claim).toMatchObject({ text: expect.any(String), status: 'UNREVIEWED', id: expect.any(String) });
    const quotes = hits.filter((h) => h.__typename === 'Quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const hit of quotes) expect(Object.keys(hit).sort()).toEqual(['__typename', 'id']);
  });

  it('keeps the ranking: the first hits of a short page are the first of a long one', async () => {
    const page = async (first: number) =>
      (
        await api.query<{ search: { id: string }[] }>(
          'query ($q: String!, $first: Int) { search(query: $q, first: $first) { ... on Node { id } } }',
          { q: 'troops Iraq', first },
        )
      ).data!.search;
    const long = await page(20);
    expect(long.length).toBeGreaterThan(2);
    expect((await page(2)).map((hit) => hit.id)).toEqual(long.slice(0, 2).map((hit) => hit.id));
  });

  it('refuses first above 100', async () => {
    expect(errorCode(await api.query(SEARCH, { q: 'Iraq', first: 101 }))).toBe('BAD_USER_INPUT');
  });

  it('refuses a query over 500 characters, in search and in list filters', async () => {
    const long = 'troops '.repeat(72);
    expect(errorCode(await api.query(SEARCH, { q: long }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.query('query ($q: String) { claims(filter: { search: $q }) { totalCount } }', { q: long }))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await api.query(SEARCH, { q: 'troops '.repeat(71) })).errors).toBeUndefined();
  });
});
