/**
 * The Prisma client over node-postgres (`@prisma/adapter-pg`): Prisma 7 runs its query
 * compiler in WASM and talks to Postgres through this adapter, so no native engine is needed.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';

export { Prisma, PrismaClient } from './generated/prisma/client.ts';
export type * from './generated/prisma/client.ts';

export interface ClientOptions {
  poolSize?: number;
  /** Called with every SQL statement Prisma sends (statement counting in tests and benchmarks). */
  onQuery?: (sql: string) => void;
}

export function createPrismaClient(databaseUrl: string, options: ClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  const onQuery = options.onQuery;
  client.$on('query', (event) => onQuery(event.query));
  return client;
}
