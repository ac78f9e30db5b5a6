import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';
import { aReport } from '../../../tests/helpers/reports.ts';
import { startTestServer } from '../../../tests/helpers/server.ts';
import { API_KEY_CACHE_MS, createApiKey } from '../../db/apiKeys.ts';
import { toGlobalId } from '../common/ids.ts';

let api: TestApi;
beforeAll(async () => {
  // One article, so that reads have something to answer.
  api = await startTestApi(aReport());
});
afterAll(() => api.close());

const id = (type: Parameters<typeof toGlobalId>[0]) => toGlobalId(type, '00000000-0000-0000-0000-000000000000');

const MUTATIONS = [
  `mutation { ingestArticle(input: { text: "Troops\\n\\nThey left." }) { created } }`,
  `mutation { reviewClaim(id: "${id('Claim')}", status: FALSE) { claim { id } } }`,
  `mutation { updateClaim(id: "${id('Claim')}", input: { kind: EVENT }) { claim { id } } }`,
  `mutation { updateQuote(id: "${id('Quote')}", input: { partial: true }) { quote { id } } }`,
  `mutation { updateTroopLevel(id: "${id('TroopLevel')}", input: { count: 1 }) { troopLevel { id } } }`,
  `mutation { deleteQuote(id: "${id('Quote')}") { deletedId } }`,
  `mutation { deleteClaim(id: "${id('Claim')}") { deletedId } }`,
  `mutation { deleteTroopLevel(id: "${id('TroopLevel')}") { deletedId } }`,
  `mutation { deleteArticle(id: "${id('Article')}") { deletedId } }`,
  `mutation { mergePeople(keepId: "${id('Person')}", mergeId: "${id('Person')}") { person { id } } }`,
  `mutation { createApiKey(name: "x", role: VIEWER) { secret } }`,
  `mutation { revokeApiKey(id: "${id('ApiKey')}") { apiKey { id } } }`,
];

describe('every mutation', () => {
  it.each(MUTATIONS)('is refused without a key: %s', async (mutation) => {
    expect(errorCode(await api.query(mutation))).toBe('UNAUTHENTICATED');
  });

  it.each(MUTATIONS)('is refused to a viewer key: %s', async (mutation) => {
    const result = await api.server.graphql(mutation, {}, { authorization: `Bearer ${api.keys.viewer}` });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });
});

describe('authentication', () => {
  it('answers 401 with UNAUTHENTICATED for a malformed Authorization header', async () => {
    const response = await fetch(`${api.server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      body: JSON.stringify({ query: '{ articles { totalCount } }' }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lets anyone read without a key', async () => {
    expect(await api.query('{ articles { totalCount } }')).toEqual({ data: { articles: { totalCount: 1 } } });
  });

  it('refuses anonymous reads when configured to', async () => {
    const closed = await startTestServer(api.db.prisma, { requireKeyForReads: true });
    try {
      expect(errorCode(await closed.graphql('{ articles { totalCount } }'))).toBe('UNAUTHENTICATED');
      const withKey = await closed.graphql('{ articles { totalCount } }', {}, { authorization: `Bearer ${api.keys.viewer}` });
      expect(withKey.data).toEqual({ articles: { totalCount: 1 } });
    } finally {
      await closed.close();
    }
  });

  it('stores keys only as hashes', async () => {
    const rows = await api.db.prisma.apiKey.findMany();
    for (const secret of Object.values(api.keys)) expect(JSON.stringify(rows)).not.toContain(secret);
  });
});

describe('API keys through GraphQL', () => {
  const asAdmin = (query: string, variables?: Record<string, unknown>) =>
    api.server.graphql(query, variables, { authorization: `Bearer ${api.keys.admin}` });

  it('lets an admin create a key whose secret then works, and revoke it', async () => {
    const created = await asAdmin(
      'mutation { createApiKey(name: "Night desk", role: EDITOR) { apiKey { id name role revokedAt } secret userErrors { field } } }',
    );
    const payload = (created.data as { createApiKey: { apiKey: { id: string; name: string; role: string }; secret: string } }).createApiKey;
    expect(payload.apiKey).toMatchObject({ name: 'Night desk', role: 'EDITOR', revokedAt: null });
    const asNewKey = () =>
      api.server.graphql(
        'mutation { deleteQuote(id: "nonsense") { userErrors { field } } }',
        {},
        { authorization: `Bearer ${payload.secret}` },
      );
    expect((await asNewKey()).data).toEqual({ deleteQuote: { userErrors: [{ field: ['id'] }] } });

    const revoked = await asAdmin('mutation ($id: ID!) { revokeApiKey(id: $id) { apiKey { revokedAt } } }', { id: payload.apiKey.id });
    expect((revoked.data as { revokeApiKey: { apiKey: { revokedAt: string } } }).revokeApiKey.apiKey.revokedAt).toEqual(expect.any(String));
    expect(errorCode(await asNewKey())).toBe('UNAUTHENTICATED');
  });

  it('refuses a key revoked by another process within API_KEY_CACHE_MS (5 s)', { timeout: API_KEY_CACHE_MS + 10_000 }, async () => {
    const { key, secret } = await createApiKey(api.db.prisma, 'Weekend desk', 'EDITOR');
    const asKey = () => api.server.graphql('{ articles { totalCount } }', {}, { authorization: `Bearer ${secret}` });
    expect((await asKey()).data).toEqual({ articles: { totalCount: 1 } });
    // As the CLI or another API process would: straight in the database, past this process.
    await api.db.prisma.$executeRaw`UPDATE api_key SET revoked_at = now() WHERE id = ${key.id}::uuid`;
    await new Promise((resolve) => setTimeout(resolve, API_KEY_CACHE_MS));
    expect(errorCode(await asKey())).toBe('UNAUTHENTICATED');
  });

  it('lists keys to admins only, without secrets', async () => {
    const listed = await asAdmin('{ apiKeys { name role prefix } }');
    expect((listed.data as { apiKeys: { name: string }[] }).apiKeys.map((k) => k.name)).toEqual(
      expect.arrayContaining(['test editor', 'test admin']),
    );
    expect(errorCode(await api.asEditor('{ apiKeys { name } }'))).toBe('FORBIDDEN');
  });

  it('refuses key management to an editor', async () => {
    expect(errorCode(await api.asEditor('mutation { createApiKey(name: "x", role: ADMIN) { secret } }'))).toBe('FORBIDDEN');
  });
});
