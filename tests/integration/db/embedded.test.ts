import { promises as fs } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../../src/db/embedded.ts';
import { isRoot } from '../../../src/db/postgresUser.ts';
import { queryOnce } from '../../helpers/database.ts';
import { freePort } from '../../helpers/ports.ts';
import { tempDir } from '../../helpers/tempDir.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function cluster(dataDir?: string): Promise<{ pg: EmbeddedPostgres; dataDir: string }> {
  let dir = dataDir;
  if (!dir) {
    const tmp = await tempDir('embedded');
    cleanups.push(tmp.remove);
    dir = path.join(tmp.path, 'data');
  }
  const started = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'app' });
  cleanups.push(started.stop);
  return { pg: started, dataDir: dir };
}

const postmasterPid = async (dataDir: string) => Number((await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);

describe('embedded Postgres', () => {
  it('starts a cluster with the requested database, listening on 127.0.0.1 only', async () => {
    const { pg: db } = await cluster();
    expect(db.owned).toBe(true);
    expect(db.url).toMatch(new RegExp(`^postgresql://postgres:postgres@127\\.0\\.0\\.1:${db.port}/app$`));
    const [row] = await queryOnce<{ db: string; listen: string }>(
      db.url,
      `SELECT current_database() AS db, current_setting('listen_addresses') AS listen`,
    );
    expect(row).toEqual({ db: 'app', listen: '127.0.0.1' });
  });

  it('keeps its data across a stop and a restart', async () => {
    const { pg: first, dataDir } = await cluster();
    await queryOnce(first.url, 'CREATE TABLE kept (v text); INSERT INTO kept VALUES ($$still here$$)');
    await first.stop();
    const { pg: second } = await cluster(dataDir);
    expect(await queryOnce(second.url, 'SELECT v FROM kept')).toEqual([{ v: 'still here' }]);
  });

  it('stops cleanly, leaving no postmaster.pid behind', async () => {
    const { pg: db, dataDir } = await cluster();
    await db.stop();
    await expect(fs.access(path.join(dataDir, 'postmaster.pid'))).rejects.toThrow();
  });

  it('reuses the cluster another process already runs on the same data directory', async () => {
    const { pg: first, dataDir } = await cluster();
    const second = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'other' });
    expect(second.owned).toBe(false);
    expect(second.port).toBe(first.port);
    await second.stop(); // a no-op for a reused cluster
    expect(await queryOnce(first.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
    expect(await queryOnce(second.url, 'SELECT current_database() AS db')).toEqual([{ db: 'other' }]);
  });

  it('recovers from a postmaster.pid left by a crashed server', async () => {
    const { pg: first, dataDir } = await cluster();
    await queryOnce(first.url, 'CREATE TABLE survived (v int); INSERT INTO survived VALUES (1)');
    process.kill(await postmasterPid(dataDir), 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 500)); // let its backends notice and exit
    await expect(fs.access(path.join(dataDir, 'postmaster.pid'))).resolves.toBeUndefined();
    const { pg: second } = await cluster(dataDir);
    expect(second.owned).toBe(true);
    expect(await queryOnce(second.url, 'SELECT v FROM survived')).toEqual([{ v: 1 }]);
  });

  it('says which variable to change when the port is taken', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => blocker.close(() => resolve())));
    const tmp = await tempDir('embedded');
    cleanups.push(tmp.remove);
    await expect(startEmbeddedPostgres({ dataDir: path.join(tmp.path, 'data'), port, database: 'app' })).rejects.toThrow(
      new ConfigError(`Port ${port} on 127.0.0.1 is already in use. Set PG_PORT to a free port.`),
    );
  });

  it('says so when the data directory cannot be created', async () => {
    const tmp = await tempDir('embedded');
    cleanups.push(tmp.remove);
    await fs.writeFile(path.join(tmp.path, 'a-file'), '');
    const dataDir = path.join(tmp.path, 'a-file', 'data');
    await expect(startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'app' })).rejects.toThrow(
      /^Cannot create or write the data directory .*a-file\/data: a file is in the way\. Set PG_DATA_DIR to a writable directory\.$/,
    );
  });

  it.runIf(isRoot())('as root, names the parent directory the postgres user cannot enter', async () => {
    const tmp = await tempDir('embedded');
    cleanups.push(tmp.remove);
    const closed = path.join(tmp.path, 'closed');
    await fs.mkdir(closed, { mode: 0o700 });
    await expect(startEmbeddedPostgres({ dataDir: path.join(closed, 'data'), port: await freePort(), database: 'app' })).rejects.toThrow(
      new RegExp(`not reachable by the "postgres" user.*${closed} has mode 700`),
    );
  });
});
