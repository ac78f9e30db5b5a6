/**
 * Global setup: a throwaway embedded Postgres cluster for this test run (in the OS temp
 * directory, never the developer's data), or the server named by TEST_DATABASE_URL.
 * Tests create their own databases in it (tests/helpers/database.ts).
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

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgAdminUrl', process.env.TEST_DATABASE_URL);
    return async () => {};
  }
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'troop-levels-test-'));
  await fs.chmod(root, 0o755); // reachable by the postgres user when tests run as root
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(root, 'data'), port: await freePort(), database: 'postgres' });
  project.provide('pgAdminUrl', cluster.adminUrl);
  return async () => {
    await cluster.stop();
    await fs.rm(root, { recursive: true, force: true });
  };
}
