/**
 * Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's native
 * schema engine (which the Prisma 7 CLI downloads at run time and which cannot be had
 * offline). The bookkeeping is Prisma's own `_prisma_migrations` table, written exactly as
 * Prisma writes it, so `prisma migrate status` / `deploy` agree on machines that have the
 * engine. Unlike Prisma, each migration runs inside a transaction, so a failure leaves no
 * half-applied schema behind (only the failed row, which blocks later runs until resolved).
 */
import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { projectRoot } from '../config.ts';

/** The key Prisma Migrate locks with, so our migrator and Prisma's exclude each other. */
const PRISMA_ADVISORY_LOCK = 72707369;

export const defaultMigrationsDir = path.join(projectRoot, 'prisma', 'migrations');

/** Prisma's own DDL for its bookkeeping table (schema engine, Postgres flavour). */
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export interface MigrationFile {
  name: string;
  sql: string;
  /** sha256 hex of the file's bytes, as Prisma computes it. */
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

export async function readMigrations(dir: string = defaultMigrationsDir): Promise<MigrationFile[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await fs.readFile(path.join(dir, name, 'migration.sql'));
      return { name, sql: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
    }),
  );
}

/**
 * Applies pending migrations in name order under Prisma's advisory lock: concurrent callers
 * wait, then find the work done.
 */
export async function migrate(databaseUrl: string, dir: string = defaultMigrationsDir): Promise<MigrateResult> {
  const files = await readMigrations(dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at',
    );
    const applied = checkHistory(files, rows);
    const result: MigrateResult = { applied: [], alreadyApplied: [...applied] };
    for (const file of files.filter((candidate) => !applied.has(candidate.name))) {
      await applyOne(client, file);
      result.applied.push(file.name);
    }
    return result;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** The names already applied; throws on a failed migration or an edited applied file. */
function checkHistory(files: MigrationFile[], rows: AppliedRow[]): Set<string> {
  const live = rows.filter((row) => row.rolled_back_at === null);
  const failed = live.find((row) => row.finished_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} failed earlier and blocks further migrations: ${failed.logs ?? 'no log'}. ` +
        `Fix the database, then mark it rolled back (prisma migrate resolve --rolled-back ${failed.migration_name}, ` +
        `or UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}').`,
    );
  }
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of live) {
    const file = byName.get(row.migration_name);
    if (file && file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was modified after it was applied (checksum ${row.checksum.slice(0, 12)}… ` +
          `in the database, ${file.checksum.slice(0, 12)}… on disk). Restore the file and put the change in a new migration.`,
      );
    }
  }
  return new Set(live.map((row) => row.migration_name));
}

async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  try {
    await client.query('BEGIN');
    await client.query(file.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [id, file.checksum, file.name],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    const message = error instanceof Error ? error.message : String(error);
    // Recorded as Prisma records a failure: no finished_at, the error in logs.
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at, applied_steps_count)
       VALUES ($1, $2, $3, $4, now(), 0)`,
      [id, file.checksum, file.name, message],
    );
    throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${message}`);
  }
}
