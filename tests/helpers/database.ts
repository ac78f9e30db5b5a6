/**
 * A fresh database per test file (or per test) on the run's throwaway cluster.
 */
import { inject } from 'vitest';
import pg from 'pg';
import { createPrismaClient, type PrismaClient } from '../../src/db/client.ts';
import { randomSuffix } from '../../src/db/embedded.ts';
import { migrate } from '../../src/db/migrate.ts';

export interface TestDatabase {
  name: string;
  url: string;
  /** A function property: tests hand it on as a cleanup. */
  drop: () => Promise<void>;
}

export interface MigratedTestDatabase extends TestDatabase {
  prisma: PrismaClient;
}

const withDatabase = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

/** One statement on its own connection, for tests that look at a server from outside. */
export async function queryOnce<R extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An empty database: nothing migrated. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const name = `test_${randomSuffix()}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: withDatabase(inject('pgAdminUrl'), name),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A database with every migration applied and a Prisma client on it. */
export async function createMigratedDatabase(): Promise<MigratedTestDatabase> {
  const db = await createEmptyDatabase();
  await migrate(db.url);
  const prisma = createPrismaClient(db.url, { poolSize: 4 });
  return {
    ...db,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await db.drop();
    },
  };
}
