import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../../src/db/client.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';
import { freePort } from '../../helpers/ports.ts';
import { startTestServer, type TestServer } from '../../helpers/server.ts';

let db: MigratedTestDatabase;
let server: TestServer;

beforeAll(async () => {
  db = await createMigratedDatabase();
  await db.prisma.article.create({
    data: {
      slug: 'troops-2020-09-09',
      headline: 'Troops to leave',
      text: 'Troops to leave\n\nBody.',
      contentHash: 'a'.repeat(64),
      publishedAt: new Date('2020-09-09T16:30:00Z'),
    },
  });
  server = await startTestServer(db.prisma);
});

afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('HTTP server', () => {
  it('answers /healthz while the process is alive', async () => {
    const response = await fetch(`${server.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 when the database is reachable', async () => {
    const response = await fetch(`${server.baseUrl}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('answers /readyz with 503 when the database is unreachable', async () => {
    const unreachable = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${await freePort()}/none`);
    const down = await startTestServer(unreachable);
    try {
      const response = await fetch(`${down.baseUrl}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    } finally {
      await down.close();
      await unreachable.$disconnect();
    }
  });

  it('serves GraphQL at /graphql over HTTP POST', async () => {
    const result = await server.graphql<{ articles: { totalCount: number; edges: { node: { headline: string; publishedAt: string } }[] } }>(
      '{ articles { totalCount edges { node { headline publishedAt } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.articles).toEqual({
      totalCount: 1,
      edges: [{ node: { headline: 'Troops to leave', publishedAt: '2020-09-09T16:30:00.000Z' } }],
    });
  });

  it('finds an article by slug', async () => {
    const result = await server.graphql<{ article: { headline: string } | null }>(
      'query ($slug: String) { article(slug: $slug) { headline } }',
      { slug: 'troops-2020-09-09' },
    );
    expect(result.data?.article).toEqual({ headline: 'Troops to leave' });
  });
});
