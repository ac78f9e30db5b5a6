import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanEnv, exitOf, spawnCli, waitForOutput } from '../../helpers/cli.ts';
import { listeningAddresses } from '../../helpers/listening.ts';
import { freePort } from '../../helpers/ports.ts';
import { tempDir } from '../../helpers/tempDir.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

describe('npm run studio', () => {
  it('serves Prisma Studio on 127.0.0.1 against the database a running npm start uses', async () => {
    const tmp = await tempDir('studio');
    cleanups.push(tmp.remove);
    const studioPort = await freePort();
    const pgPort = await freePort();
    const env = cleanEnv({
      PORT: String(await freePort()),
      PG_PORT: String(pgPort),
      PG_DATA_DIR: path.join(tmp.path, 'pg'),
      STUDIO_PORT: String(studioPort),
      SEED_ON_START: 'false',
    });
    const server = spawnCli('src/cli/start.ts', [], env);
    cleanups.push(async () => {
      server.kill('SIGTERM');
      await exitOf(server);
    });
    await waitForOutput(server, /Articles: 0/);

    const studio = spawnCli('src/cli/studio.ts', [], env);
    cleanups.push(async () => {
      studio.kill('SIGTERM');
      await exitOf(studio);
    });
    const output = await waitForOutput(studio, /Prisma Studio is running/);
    expect(output).toContain(
      `Prisma Studio on http://127.0.0.1:${studioPort} (database: embedded Postgres on 127.0.0.1:${pgPort} (reused the running cluster))`,
    );

    const page = await fetch(`http://127.0.0.1:${studioPort}/`);
    expect(page.status).toBe(200);
    expect([listeningAddresses(studioPort), listeningAddresses(pgPort)]).toEqual([['127.0.0.1'], ['127.0.0.1']]);
    expect(await page.text()).toMatch(/<!doctype html>/i);
  });
});
