/**
 * Global setup: a throwaway embedded Postgres cluster for this test run (in the OS temp
 * directory, never the developer's data), or the server named by TEST_DATABASE_URL.
 * Tests create their own databases in it (tests/helpers/database.ts).
 *
 * Vitest runs a project's global setup once per project, and both `integration` and `e2e`
 * name this file: the first one starts the cluster, the last one to finish stops it.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/db/embedded.ts';
import { freePort } from '../helpers/ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a maintenance database on the test server, for CREATE DATABASE. */
    pgAdminUrl: string;
  }
}

interface Cluster {
  adminUrl: string;
  stop(): Promise<void>;
}

/** On globalThis, not in module scope: each project loads this file through its own module runner. */
const SHARED = Symbol.for('troop-levels.tests.postgres');
type Holder = typeof globalThis & { [SHARED]?: { users: number; cluster: Promise<Cluster> } };

async function startCluster(): Promise<Cluster> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'troop-levels-test-'));
  await fs.chmod(root, 0o755); // reachable by the postgres user when tests run as root
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(root, 'data'), port: await freePort(), database: 'postgres' });
  return {
    adminUrl: cluster.adminUrl,
    stop: async () => {
      await cluster.stop();
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgAdminUrl', process.env.TEST_DATABASE_URL);
    return async () => {};
  }
  const holder = globalThis as Holder;
  const shared = (holder[SHARED] ??= { users: 0, cluster: startCluster() });
  shared.users += 1;
  const cluster = await shared.cluster;
  project.provide('pgAdminUrl', cluster.adminUrl);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete holder[SHARED];
    await cluster.stop();
  };
}
