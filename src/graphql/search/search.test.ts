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
