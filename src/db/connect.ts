/**
 * From configuration to a migrated database: the external one named by DATABASE_URL, or the
 * embedded cluster (started, or reused when another process already runs it).
 */
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { closeClient, createPrismaClient, type PrismaClient } from './client.ts';
import type { EmbeddedPostgres } from './embedded.ts';
import { migrate } from './migrate.ts';
import { migrateQueue } from './queueSchema.ts';
import { openReplicas, primaryOnly, type ReadRouting } from './replicas.ts';

export interface Database {
  url: string;
  prisma: PrismaClient;
  /** Where reads go: the replicas of DATABASE_REPLICA_URLS, or the primary. */
  routing: ReadRouting;
  /** Set when the database is the embedded cluster. */
  embedded?: EmbeddedPostgres;
  /** Disconnects Prisma, then stops the embedded cluster if this process started it. */
  close(): Promise<void>;
}

export async function resolveDatabaseUrl(config: Config, log?: Logger): Promise<{ url: string; embedded?: EmbeddedPostgres }> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL };
  // Loaded only here: a deployment on DATABASE_URL needs neither it nor the Postgres binaries.
  const { startEmbeddedPostgres } = await import('./embedded.ts');
  const embedded = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.PG_PORT,
    database: config.PG_DATABASE,
    ...(log ? { log } : {}),
  });
  return { url: embedded.url, embedded };
}

export async function openDatabase(config: Config, log?: Logger): Promise<Database> {
  const { url, embedded } = await resolveDatabaseUrl(config, log);
  try {
    const result = await migrate(url);
    if (result.applied.length > 0) log?.info({ applied: result.applied }, 'applied migrations');
    await migrateQueue(url);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const clientOptions = {
    poolSize: config.DB_POOL_SIZE,
    statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
    ...(log ? { onIdleError: (error: Error) => log.warn({ err: error }, 'a pooled database connection failed; it will be replaced') } : {}),
  };
  const prisma = createPrismaClient(url, clientOptions);
  const routing =
    config.DATABASE_REPLICA_URLS.length > 0
      ? await openReplicas(prisma, config.DATABASE_REPLICA_URLS, {
          maxLagMs: config.REPLICA_MAX_LAG_MS,
          client: clientOptions,
          ...(log ? { log } : {}),
        })
      : primaryOnly(prisma);
  return {
    url,
    prisma,
    routing,
    ...(embedded ? { embedded } : {}),
    async close() {
      await routing.close();
      await closeClient(prisma);
      await embedded?.stop();
    },
  };
}
