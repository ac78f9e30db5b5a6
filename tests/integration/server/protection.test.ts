import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import { buildApp } from '../../../src/server/app.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';

let db: MigratedTestDatabase;

beforeAll(async () => {
  db = await createMigratedDatabase();
});

afterAll(async () => {
  await db.drop();
});

/** The app as production runs it, with the given options, answering in-process over HTTP. */
async function app(options: Parameters<typeof buildApp>[0] extends infer O ? Partial<O> : never = {}) {
  const instance = await buildApp({ prisma: db.prisma, log: createLogger('silent'), playground: false, ...options });
  await instance.listen({ port: 0, host: '127.0.0.1' });
  const address = instance.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const url = `http://127.0.0.1:${address.port}/graphql`;
  return {
    post: async (query: string, headers: Record<string, string> = {}) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
      return {
        response,
        json: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
      };
    },
    url,
    close: () => instance.close(),
  };
}

describe('protection of the GraphQL endpoint', () => {
  it('refuses introspection when it is switched off', async () => {
    const server = await app({ introspection: false });
    const { json } = await server.post('{ __schema { types { name } } }');
    await server.close();
    expect(json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(json.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('hides field suggestions when introspection is off', async () => {
    const server = await app({ introspection: false });
    const { json } = await server.post('{ articlez { totalCount } }');
    await server.close();
    expect(json.errors?.[0]?.message).toMatch(/Cannot query field "articlez"/);
    expect(json.errors?.[0]?.message).not.toMatch(/Did you mean|Suggestion|articles/);
  });

  it('suggests field names while introspection is on', async () => {
    const server = await app({ introspection: true });
    const { json } = await server.post('{ articlez { totalCount } }');
    await server.close();
    expect(json.errors?.[0]?.message).toMatch(/Did you mean .*"articles"/);
  });

  it('blocks a cross-site simple request (text/plain POST) as CSRF', async () => {
    const server = await app();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ articles { totalCount } }' }),
    });
    await server.close();
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('allows only the configured origins cross-origin', async () => {
    const server = await app({ corsOrigins: ['https://desk.example.org'] });
    const preflight = (origin: string) =>
      fetch(server.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://desk.example.org');
    const other = await preflight('https://evil.example.com');
    await server.close();
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://desk.example.org');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no cross-origin caller by default', async () => {
    const server = await app();
    const { response } = await server.post('{ articles { totalCount } }', { origin: 'https://desk.example.org' });
    await server.close();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a request that outlives the request timeout with 503 SERVICE_UNAVAILABLE', async () => {
    const server = await app({ requestTimeoutMs: 1 });
    const fields = Array.from({ length: 15 }, (_, i) => `a${i}: search(query: "troops withdrawal iraq ${i}") { __typename }`).join(' ');
    const { response, json } = await server.post(`{ ${fields} }`);
    await server.close();
    expect(response.status).toBe(503);
    expect(json.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('names every response with a request id header', async () => {
    const server = await app();
    const { response } = await server.post('{ articles { totalCount } }');
    await server.close();
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
