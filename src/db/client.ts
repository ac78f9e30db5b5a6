/**
 * The Prisma client over node-postgres (`@prisma/adapter-pg`): Prisma 7 runs its query
 * compiler in WASM and talks to Postgres through this adapter, so no native engine is needed.
 * The pool is ours and shared: the API's reads, compiled to SQL in queries/ and run past the
 * Prisma client, use the same connections, so DB_POOL_SIZE bounds everything.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { DEFAULT_POOL_SIZE, DEFAULT_STATEMENT_TIMEOUT_MS } from '../config.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export { Prisma, PrismaClient } from './generated/prisma/client.ts';
export type * from './generated/prisma/client.ts';

export interface ClientOptions {
  poolSize?: number;
  /** Postgres cancels statements running longer than this (ms). Default DEFAULT_STATEMENT_TIMEOUT_MS. */
  statementTimeoutMs?: number;
  /** Connecting gives up after this long (ms), so an unreachable database fails fast. Default 2,000. */
  connectTimeoutMs?: number;
  /** Told about connections that fail while idle in the pool (Postgres restarted, network gone). */
  onIdleError?: (error: Error) => void;
  /** Called with every SQL statement Prisma sends (statement counting in tests and benchmarks). */
  onQuery?: (sql: string) => void;
}

/** Runs one SQL statement on a client's pool, past the Prisma client. */
export type SqlRunner = <R extends pg.QueryResultRow>(text: string, values: unknown[]) => Promise<pg.QueryResult<R>>;

const runners = new WeakMap<PrismaClient, SqlRunner>();
const pools = new WeakMap<PrismaClient, pg.Pool>();

export function createPrismaClient(databaseUrl: string, options: ClientOptions = {}): PrismaClient {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 2_000,
  });
  // Without a listener, an idle connection dropped by a Postgres restart would crash the
  // process; the pool discards it and connects afresh on the next query.
  pool.on('error', (error) => options.onIdleError?.(error));
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const onQuery = options.onQuery;
  const client = onQuery ? countingClient(adapter, onQuery) : new PrismaClient({ adapter });
  pools.set(client, pool);
  runners.set(client, (text, values) => (onQuery?.(text), pool.query({ text, values, ...preparedName(text) })));
  return client;
}

function countingClient(adapter: PrismaPg, onQuery: (sql: string) => void): PrismaClient {
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event.query));
  return client;
}

/**
 * A name for the statement, so each connection plans it once and reuses the plan (planning
 * the look-ahead's nested SQL cost more than running it, measured). Only the first
 * PREPARED_TEXTS distinct texts are named: connections never forget a prepared statement,
 * and clients choose the selections that shape the text.
 */
const PREPARED_TEXTS = 1_000;
const preparedNames = new Map<string, string>();
function preparedName(text: string): { name?: string } {
  let name = preparedNames.get(text);
  if (!name && preparedNames.size < PREPARED_TEXTS) {
    name = `jsel_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    preparedNames.set(text, name);
  }
  return name ? { name } : {};
}

/** How busy the pool under a client is: connections open, idle, and requests waiting for one. */
export function poolStatsOf(client: PrismaClient): { total: number; idle: number; waiting: number; max: number } | undefined {
  const pool = pools.get(client);
  return pool && { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? DEFAULT_POOL_SIZE };
}

/** The SQL runner on the pool under a client made by createPrismaClient. */
export function sqlOf(client: PrismaClient): SqlRunner {
  const runner = runners.get(client);
  if (!runner) throw new Error('This Prisma client was not made by createPrismaClient.');
  return runner;
}

/**
 * Makes sqlOf and poolStatsOf answer for `alias` (a client extended from `client`, which
 * Prisma returns as a new object) with `client`'s pool.
 */
export function shareRunner(alias: PrismaClient, client: PrismaClient): void {
  runners.set(alias, sqlOf(client));
  const pool = pools.get(client);
  if (pool) pools.set(alias, pool);
}

/**
 * Disconnects the client and waits until its pool has closed every connection, so stopping
 * Postgres next terminates nobody: `$disconnect()` starts ending the pool without waiting.
 */
export async function closeClient(client: PrismaClient): Promise<void> {
  await client.$disconnect();
  const pool = pools.get(client);
  if (!pool) return;
  if (!pool.ending) await pool.end();
  for (const deadline = Date.now() + 2_000; pool.totalCount > 0 && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
