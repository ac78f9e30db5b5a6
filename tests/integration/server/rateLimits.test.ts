/**
 * Rate limits on the real server: a budget a minute per API key, else per client address,
 * reads and writes apart, and what a client over budget is told.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../src/db/apiKeys.ts';
import { isMutation } from '../../../src/server/rateLimits.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';
import { startTestServer, type TestServer } from '../../helpers/server.ts';

let db: MigratedTestDatabase;
let server: TestServer;
let keys: { a: string; b: string };

beforeAll(async () => {
  db = await createMigratedDatabase();
  server = await startTestServer(db.prisma, { rateLimits: { readsPerMinute: 5, writesPerMinute: 2 } });
  keys = {
    a: (await createApiKey(db.prisma, 'reader a', 'EDITOR')).secret,
    b: (await createApiKey(db.prisma, 'reader b', 'EDITOR')).secret,
  };
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const post = (query: string, key?: string) =>
  fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });
const statuses = async (n: number, query: string, key?: string) => {
  const found: number[] = [];
  for (let i = 0; i < n; i++) found.push((await post(query, key)).status);
  return found;
};
const READ = '{ articles(first: 1) { totalCount } }';
const WRITE = 'mutation { deleteArticle(id: "QXJ0aWNsZTowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA") { userErrors { message } } }';

describe('rate limits', () => {
  it('answers the sixth read of a minute from one key with 429, Retry-After and RATE_LIMITED', async () => {
    expect(await statuses(5, READ, keys.a)).toEqual([200, 200, 200, 200, 200]);
    const over = await post(READ, keys.a);
    expect([over.status, Number(over.headers.get('retry-after')) > 0, await over.json()]).toEqual([
      429,
      true,
      {
        errors: [
          {
            message: expect.stringMatching(/^Rate limit reached: 5 reads a minute\. Retry in (\d+ seconds?|1 minute)\.$/),
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      },
    ]);
  });

  it("keeps another key's budget apart", async () => {
    expect(await statuses(1, READ, keys.b)).toEqual([200]);
  });

  it('keeps writes on a budget of their own', async () => {
    expect(await statuses(3, WRITE, keys.a)).toEqual([200, 200, 429]);
  });

  it('counts anonymous callers by their address', async () => {
    expect(await statuses(6, READ)).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('counts a caller with an unknown key by address, so made-up keys buy no budget', async () => {
    expect((await post(READ, 'tlk_made_up_key')).status).toBe(429);
  });
});

describe('isMutation', () => {
  it.each([
    [{ query: 'mutation { deleteArticle(id: "x") { userErrors { message } } }' }, true],
    [{ query: '{ articles { totalCount } }' }, false],
    [{ query: 'query A { a: __typename } mutation B { deleteArticle(id: "x") { userErrors { message } } }', operationName: 'B' }, true],
    [{ query: 'query A { a: __typename } mutation B { deleteArticle(id: "x") { userErrors { message } } }', operationName: 'A' }, false],
    [{ query: '{ search(query: "mutation") { __typename } }' }, false],
    [{ query: 'mutation {' }, false],
    [undefined, false],
  ])('%j → %s', (body, expected) => {
    expect(isMutation(body)).toBe(expected);
  });
});
