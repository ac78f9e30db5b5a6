/**
 * The ingest queue is graphile-worker on this same Postgres: its tables and functions live in
 * the `graphile_worker` schema, which graphile-worker installs and upgrades itself. Enqueuing
 * is one SQL call (`graphile_worker.add_job`), so a job is queued in the same transaction as
 * the row that describes it.
 */
import { Logger, runMigrations } from 'graphile-worker';
import pg from 'pg';

export const QUEUE_SCHEMA = 'graphile_worker';

/** Our own lock key (not Prisma's), held while the queue's schema is installed. */
const QUEUE_SCHEMA_LOCK = 72707370;

/** graphile-worker logs through this; its debug chatter is not ours to print. */
export const quietLogger = new Logger(() => () => undefined);

/**
 * Installs or upgrades the queue's schema. graphile-worker tolerates concurrent installs by
 * retrying; the advisory lock makes processes that start together simply take turns.
 */
export async function migrateQueue(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [QUEUE_SCHEMA_LOCK]);
    await runMigrations({ connectionString: databaseUrl, schema: QUEUE_SCHEMA, logger: quietLogger });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [QUEUE_SCHEMA_LOCK]).catch(() => undefined);
    await client.end();
  }
}
