import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../src/db/apiKeys.ts';
import { startTestApi, type TestApi } from '../../helpers/api.ts';
import { aReport } from '../../helpers/reports.ts';
import { startLoggedServer } from '../../helpers/server.ts';

let api: TestApi;

beforeAll(async () => {
  // One ordinary article: the injections must leave its rows where they are.
  api = await startTestApi(aReport());
});

afterAll(async () => {
  await api.close();
});

const INJECTIONS = [
  "'; DROP TABLE article; --",
  "x' OR '1'='1",
  '1); DELETE FROM claim WHERE (1=1',
  "Iraq' UNION SELECT hash FROM api_key --",
  '$1::text); TRUNCATE person; --',
  "\\'; SELECT pg_sleep(5); --",
];

async function rowCounts() {
  const { prisma } = api.db;
  return Promise.all([prisma.article.count(), prisma.claim.count(), prisma.person.count(), prisma.apiKey.count()]);
}

describe('SQL injection', () => {
  it.each(INJECTIONS)('treats %j as plain text in search, filters, slugs and places', async (text) => {
    const before = await rowCounts();
    const response = await api.query(
      `query ($text: String!) {
        search(query: $text) { __typename }
        article(slug: $text) { id }
        articles(filter: { location: $text }) { totalCount }
        claims(filter: { search: $text }) { totalCount }
        quotes(filter: { search: $text }) { totalCount }
        people(search: $text) { totalCount }
        troopLevels(filter: { location: $text }) { totalCount }
        troopLevelTimeline(location: $text) { date }
      }`,
      { text },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({ article: null, articles: { totalCount: 0 }, claims: { totalCount: 0 }, troopLevelTimeline: [] });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('API keys in logs', () => {
  it('never writes a key to the log, at trace level, whatever the request does', async () => {
    const server = await startLoggedServer(api.db.prisma, 'trace');
    const post = (query: string, key: string) => server.post({ query }, { authorization: `Bearer ${key}` }).then((r) => r.text());
    const { secret: admin } = await createApiKey(api.db.prisma, 'log test admin', 'ADMIN');
    const created = await post(`mutation { createApiKey(name: "made in test", role: EDITOR) { secret } }`, admin);
    const madeSecret = (JSON.parse(created) as { data: { createApiKey: { secret: string } } }).data.createApiKey.secret;
    await post('{ articles { totalCount } }', api.keys.editor);
    await post('{ articles { totalCount } }', api.keys.revoked);
    await post('{ articles { totalCount } }', `${api.keys.viewer}tampered`);
    await post('mutation { ingestArticle(input: { text: "" }) { userErrors { message } } }', madeSecret);
    await api.db.prisma.$executeRawUnsafe('ALTER TABLE article RENAME TO article_elsewhere');
    await post('{ articles(first: 1) { edges { node { headline } } } }', madeSecret).finally(() =>
      api.db.prisma.$executeRawUnsafe('ALTER TABLE article_elsewhere RENAME TO article'),
    );
    await server.close();

    const log = server.lines.join('');
    expect(server.lines.length).toBeGreaterThan(10);
    expect(log).toContain('unexpected error');
    for (const secret of [admin, madeSecret, api.keys.editor, api.keys.revoked, api.keys.viewer]) expect(log).not.toContain(secret);
  });
});
