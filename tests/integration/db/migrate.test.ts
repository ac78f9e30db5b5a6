import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultMigrationsDir, migrate, MigrationError, readMigrations } from '../../../src/db/migrate.ts';
import { createEmptyDatabase, type TestDatabase } from '../../helpers/database.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function emptyDatabase(): Promise<TestDatabase> {
  const db = await createEmptyDatabase();
  cleanups.push(db.drop);
  return db;
}

async function rows(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(
      'SELECT id, checksum, migration_name, finished_at, logs, rolled_back_at, started_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    return result.rows;
  } finally {
    await client.end();
  }
}

/** A copy of the real migrations that a test may change. */
async function copyOfMigrations(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'migrations-'));
  await fs.cp(defaultMigrationsDir, dir, { recursive: true });
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('migrate', () => {
  it('applies every migration to a fresh database and records it as Prisma does', async () => {
    const db = await emptyDatabase();
    const files = await readMigrations();
    const result = await migrate(db.url);
    expect(result.applied).toEqual(files.map((f) => f.name));
    const recorded = await rows(db.url);
    expect(recorded).toHaveLength(files.length);
    for (const [i, row] of recorded.entries()) {
      const bytes = await fs.readFile(path.join(defaultMigrationsDir, files[i]!.name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(row.migration_name).toBe(files[i]!.name);
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it('does nothing when run again', async () => {
    const db = await emptyDatabase();
    await migrate(db.url);
    const before = await rows(db.url);
    const again = await migrate(db.url);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toEqual(before.map((r) => r.migration_name));
    expect(await rows(db.url)).toEqual(before);
  });

  it('applies each migration once when three callers start migrating the same fresh database together', async () => {
    const db = await emptyDatabase();
    const runs = await Promise.all([1, 2, 3].map(() => migrate(db.url)));
    const files = await readMigrations();
    // The first to take the advisory lock applies everything; the others wait, then find it done.
    expect(runs.map((run) => run.applied.length).sort()).toEqual([0, 0, files.length]);
    expect(runs.map((run) => run.alreadyApplied.length).sort()).toEqual([0, files.length, files.length]);
    expect((await rows(db.url)).map((row) => row.migration_name)).toEqual(files.map((f) => f.name));
  });

  it('refuses to run when an applied migration file was edited afterwards', async () => {
    const db = await emptyDatabase();
    const dir = await copyOfMigrations();
    await migrate(db.url, dir);
    const [first] = await readMigrations(dir);
    await fs.appendFile(path.join(dir, first!.name, 'migration.sql'), '\n-- edited\n');
    await expect(migrate(db.url, dir)).rejects.toThrow(new RegExp(`Migration ${first!.name} was modified after it was applied`));
  });

  it('rolls back a failing migration, records the failure and blocks later runs', async () => {
    const db = await emptyDatabase();
    const dir = await copyOfMigrations();
    await fs.mkdir(path.join(dir, '29990101000000_broken'));
    await fs.writeFile(
      path.join(dir, '29990101000000_broken', 'migration.sql'),
      'CREATE TABLE "half" (id int);\nSELECT * FROM no_such_table;\n',
    );
    await expect(migrate(db.url, dir)).rejects.toBeInstanceOf(MigrationError);
    const failed = (await rows(db.url)).find((r) => r.migration_name === '29990101000000_broken');
    expect(failed?.finished_at).toBeNull();
    expect(failed?.logs).toContain('no_such_table');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const half = await client.query(`SELECT to_regclass('half') AS t`);
    await client.end();
    expect(half.rows[0].t).toBeNull();
    await expect(migrate(db.url, dir)).rejects.toThrow(/29990101000000_broken failed earlier and blocks further migrations/);
  });
});
