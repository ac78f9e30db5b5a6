import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanEnv, exitOf, runCliToEnd, spawnCli, waitForOutput } from '../../helpers/cli.ts';
import { freePort } from '../../helpers/ports.ts';
import { tempDir } from '../../helpers/tempDir.ts';

/** Run last to first after each test; some are synchronous (killing a process). */
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function freshEnv(): Promise<{ env: NodeJS.ProcessEnv; dataDir: string; port: number }> {
  const tmp = await tempDir('start');
  cleanups.push(tmp.remove);
  const port = await freePort();
  const dataDir = path.join(tmp.path, 'pg');
  return { env: cleanEnv({ PORT: String(port), PG_PORT: String(await freePort()), PG_DATA_DIR: dataDir }), dataDir, port };
}

async function totalCount(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ articles { totalCount } }' }),
  });
  const body = (await response.json()) as { data: { articles: { totalCount: number } } };
  return body.data.articles.totalCount;
}

describe('npm start', () => {
  it('starts on a bare data directory, seeds, serves, stops on Ctrl-C and restarts with its data', async () => {
    const { env, dataDir, port } = await freshEnv();
    const first = spawnCli('src/cli/start.ts', [], env);
    cleanups.push(() => void first.kill('SIGKILL'));
    const banner = await waitForOutput(first, /Articles: \d+/);
    expect(banner).toContain(`ready at http://localhost:${port}/graphql`);
    expect(banner).toContain(`embedded Postgres on 127.0.0.1`);
    expect(await totalCount(port)).toBe(1);

    first.kill('SIGINT');
    expect(await exitOf(first)).toBe(0);
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);

    const second = spawnCli('src/cli/start.ts', [], env);
    cleanups.push(() => void second.kill('SIGKILL'));
    await waitForOutput(second, /Articles: 1/);
    expect(await totalCount(port)).toBe(1);
    second.kill('SIGTERM');
    expect(await exitOf(second)).toBe(0);
  });

  it('ends with one line naming DATABASE_URL when it is malformed', async () => {
    const { env } = await freshEnv();
    const result = await runCliToEnd('src/cli/start.ts', [], { ...env, DATABASE_URL: 'not a url' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('error: Invalid DATABASE_URL: must be a URL such as postgresql://user:password@localhost:5432/db.');
  });

  it('ends with one line naming PORT when the port is taken', async () => {
    const { env, port } = await freshEnv();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => blocker.close(() => resolve())));
    const result = await runCliToEnd('src/cli/start.ts', [], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`error: Port ${port} on 127.0.0.1 is already in use. Set PORT to a free port.`);
  });

  it('ends with one line naming PG_DATA_DIR when the data directory cannot be written', async () => {
    const { env } = await freshEnv();
    const result = await runCliToEnd('src/cli/start.ts', [], { ...env, PG_DATA_DIR: '/dev/null/troop-levels' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^error: Cannot create or write the data directory \/dev\/null\/troop-levels: a file is in the way\. Set PG_DATA_DIR to a writable directory\.$/,
    );
  });

  it('prints its usage for --help', async () => {
    const result = await runCliToEnd('src/cli/start.ts', ['--help'], cleanEnv({}));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm start/);
  });
});
