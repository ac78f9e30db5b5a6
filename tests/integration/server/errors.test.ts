import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, sqlOf } from '../../../src/db/client.ts';
import { databaseFailure } from '../../../src/db/errors.ts';
import { formatGraphQLError } from '../../../src/server/errors.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';
import { freePort } from '../../helpers/ports.ts';
import { startLoggedServer } from '../../helpers/server.ts';

let db: MigratedTestDatabase;

beforeAll(async () => {
  db = await createMigratedDatabase();
});

afterAll(async () => {
  await db.drop();
});

/** What a client would see for an error a resolver threw. */
const seenByClient = (error: unknown) =>
  formatGraphQLError(
    { message: String(error), path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    new GraphQLError('wrapped', { originalError: error as Error }),
  );

const caught = async (work: () => Promise<unknown>): Promise<unknown> =>
  work().then(
    () => expect.fail('expected a failure'),
    (error: unknown) => error,
  );

const LEAKS = /prisma|SELECT|INSERT|UPDATE|relation "|constraint|invocation|\.ts:\d+/i;

describe('errors a client sees', () => {
  it('maps a unique violation to CONFLICT without the database message', async () => {
    await db.prisma.person.create({ data: { name: 'A', key: 'dup-key' } });
    const error = await caught(() => db.prisma.person.create({ data: { name: 'B', key: 'dup-key' } }));
    const seen = seenByClient(error);
    expect(seen.extensions?.code).toBe('CONFLICT');
    expect(JSON.stringify(seen)).not.toMatch(LEAKS);
  });

  it('maps a write to a missing record to NOT_FOUND', async () => {
    const error = await caught(() =>
      db.prisma.claim.update({ where: { id: '00000000-0000-0000-0000-000000000000' }, data: { status: 'DISPUTED' } }),
    );
    expect(seenByClient(error).extensions?.code).toBe('NOT_FOUND');
  });

  it('maps an unreachable database to SERVICE_UNAVAILABLE, through Prisma and through pg', async () => {
    const gone = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${await freePort()}/none`);
    const viaPrisma = await caught(() => gone.article.count());
    const viaPg = await caught(() => sqlOf(gone)('SELECT 1', []));
    await gone.$disconnect();
    expect([seenByClient(viaPrisma).extensions?.code, seenByClient(viaPg).extensions?.code]).toEqual([
      'SERVICE_UNAVAILABLE',
      'SERVICE_UNAVAILABLE',
    ]);
  });

  it('cancels a statement that runs past the statement timeout', async () => {
    const impatient = createPrismaClient(db.url, { statementTimeoutMs: 200 });
    const started = Date.now();
    const error = await caught(() => sqlOf(impatient)('SELECT pg_sleep(3)', []));
    const elapsed = Date.now() - started;
    await impatient.$disconnect();
    expect(databaseFailure(error)).toBe('timeout');
    expect(elapsed).toBeLessThan(2_000);
  });

  it('answers an unexpected failure as INTERNAL_SERVER_ERROR with the request id, and logs it under that id', async () => {
    const server = await startLoggedServer(db.prisma, 'info');
    await db.prisma.$executeRawUnsafe('ALTER TABLE article RENAME TO article_elsewhere');
    try {
      const response = await server.post({ query: '{ articles(first: 1) { edges { node { headline } } } }' });
      const text = await response.text();
      const requestId = response.headers.get('x-request-id');
      const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
      expect(text).not.toMatch(LEAKS);
      const logged = server.lines
        .map((line) => JSON.parse(line) as { requestId?: string; err?: { message?: string } })
        .find((line) => line.requestId === requestId);
      expect(logged?.err?.message).toMatch(/article/);
    } finally {
      await db.prisma.$executeRawUnsafe('ALTER TABLE article_elsewhere RENAME TO article');
      await server.close();
    }
  });

  it('answers a variable of the wrong type and a syntax error as mistakes of the client, without logging them', async () => {
    const server = await startLoggedServer(db.prisma, 'info');
    const post = async (body: unknown) => {
      const response = await server.post(body);
      return { status: response.status, body: (await response.json()) as { errors: { message: string; extensions: { code: string } }[] } };
    };
    const mistyped = await post({ query: 'query ($n: Int) { articles(first: $n) { totalCount } }', variables: { n: 2.5 } });
    const garbled = await post({ query: '{ articles { totalCount }' });
    await server.close();
    expect([mistyped.status, mistyped.body.errors[0]?.extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(mistyped.body.errors[0]?.message).toMatch(/Variable "\$n" got invalid value 2.5/);
    expect([garbled.status, garbled.body.errors[0]?.extensions.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    expect(server.lines.join('')).not.toContain('unexpected error');
  });
});
