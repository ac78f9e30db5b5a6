import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const SEARCH = 'query ($q: String!, $first: Int) { search(query: $q, first: $first) { __typename ... on Article { headline } ... on Claim { text } ... on Quote { text } } }';

describe('search', () => {
  it('finds the article and its claims for "Soleimani"', async () => {
    const result = await api.query<{ search: { __typename: string }[] }>(SEARCH, { q: 'Soleimani' });
    const types = result.data!.search.map((hit) => hit.__typename);
    expect(types).toContain('Article');
    expect(types).toContain('Claim');
  });

  it('finds a quote by its words', async () => {
    const result = await api.query<{ search: { __typename: string; text?: string }[] }>(SEARCH, { q: 'journey sacrifice' });
    expect(result.data!.search.find((hit) => hit.__typename === 'Quote')?.text).toMatch(/^The journey has been difficult/);
  });

  it('treats SQL and query syntax as plain words', async () => {
    const result = await api.query<{ search: unknown[] }>(SEARCH, { q: "'; DROP TABLE article; --" });
    expect(result).toEqual({ data: { search: [] } });
    expect(await api.db.prisma.article.count()).toBe(1);
  });

  it('answers each kind of hit with the fields of its own fragments, named, inline or on Node', async () => {
    type Hit = { __typename: string; id?: string; headline?: string; authors?: { person: { name: string } }[]; text?: string; status?: string; claimant?: { name: string } | null };
    const result = await api.query<{ search: Hit[] }>(
      `query ($q: String!) { search(query: $q, first: 50) { __typename ...Story ... on Claim { text status claimant { name } } ... on Node { id } } }
       fragment Story on Article { headline authors { person { name } } }`,
      { q: 'Iraq' },
    );
    const hits = result.data!.search;
    const article = hits.find((hit) => hit.__typename === 'Article')!;
    expect(article.headline).toBe('US to pull almost half its troops from Iraq this month');
    expect(article.authors!.map((a) => a.person.name)).toEqual(['Rachael Kennedy']);
    expect(article.text).toBeUndefined();
    const claims = hits.filter((hit) => hit.__typename === 'Claim');
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(claim).toMatchObject({ text: expect.any(String), status: 'UNREVIEWED', id: expect.any(String) });
    for (const hit of hits.filter((h) => h.__typename === 'Quote')) expect(Object.keys(hit).sort()).toEqual(['__typename', 'id']);
  });

  it('keeps the ranking: the first hit of a short page is the first of a long one', async () => {
    const page = async (first: number) => (await api.query<{ search: { id: string }[] }>('query ($q: String!, $first: Int) { search(query: $q, first: $first) { ... on Node { id } } }', { q: 'troops Iraq', first })).data!.search;
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
    expect(errorCode(await api.query('query ($q: String) { claims(filter: { search: $q }) { totalCount } }', { q: long }))).toBe('BAD_USER_INPUT');
    expect((await api.query(SEARCH, { q: 'troops '.repeat(71) })).errors).toBeUndefined();
  });
});
