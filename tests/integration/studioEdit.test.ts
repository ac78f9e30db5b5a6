import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../../src/db/client.ts';
import { startTestApi, type TestApi } from '../helpers/api.ts';

let api: TestApi;
let studio: PrismaClient;
beforeAll(async () => {
  api = await startTestApi();
  // Prisma Studio writes through its own connection, exactly like a second Prisma client.
  studio = createPrismaClient(api.db.url, { poolSize: 1 });
});
afterAll(async () => {
  await studio.$disconnect();
  await api.close();
});

describe('an edit made in Prisma Studio', () => {
  it('is visible through GraphQL at once', async () => {
    const claim = await studio.claim.findFirstOrThrow({ orderBy: { start: 'asc' } });
    await studio.claim.update({ where: { id: claim.id }, data: { status: 'DISPUTED', reviewNote: 'edited in Studio' } });
    const result = await api.query<{ claims: { edges: { node: { status: string; reviewNote: string } }[] } }>(
      '{ claims(filter: { status: DISPUTED }) { edges { node { status reviewNote } } } }',
    );
    expect(result.data?.claims.edges.map((e) => e.node)).toEqual([{ status: 'DISPUTED', reviewNote: 'edited in Studio' }]);
  });
});
