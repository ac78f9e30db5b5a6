import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../src/db/apiKeys.ts';
import { closeClient, createPrismaClient, type PrismaClient } from '../../../src/db/client.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../../src/db/embedded.ts';
import { migrate } from '../../../src/db/migrate.ts';
import { saveArticle } from '../../../src/db/store.ts';
import { createLogger } from '../../../src/logger.ts';
import { buildApp } from '../../../src/server/app.ts';
import { freePort } from '../../helpers/ports.ts';
import { aReport } from '../../helpers/reports.ts';

let root: string;
let dataDir: string;
let pgPort: number;
let cluster: EmbeddedPostgres;
let prisma: PrismaClient;
let editorKey: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'troop-levels-outage-'));
  await fs.chmod(root, 0o755); // the postgres user must reach the data dir when tests run as root
  dataDir = path.join(root, 'data');
  pgPort = await freePort();
  cluster = await startEmbeddedPostgres({ dataDir, port: pgPort, database: 'outage' });
  await migrate(cluster.url);
  prisma = createPrismaClient(cluster.url, { poolSize: 4 });
  await saveArticle(prisma, aReport());
  editorKey = (await createApiKey(prisma, 'outage test', 'EDITOR')).secret;
});

afterAll(async () => {
  await closeClient(prisma);
  await cluster.stop();
  await fs.rm(root, { recursive: true, force: true });
});

interface Outcome {
  startedAt: number;
  ms: number;
  status: number;
  code?: string;
}

const QUERY = '{ articles(first: 5) { edges { node { headline quotes { text speaker { name } } } } } }';

describe('a database outage under load', () => {
  it('fails requests fast with SERVICE_UNAVAILABLE while Postgres is down and recovers without a restart', async () => {
    const app = await buildApp({ prisma, log: createLogger('silent'), playground: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const outcomes: Outcome[] = [];
    let running = true;
    const worker = async () => {
      while (running) {
        const startedAt = Date.now();
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY }),
        });
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        const code = body.errors?.[0]?.extensions?.code;
        outcomes.push({ startedAt, ms: Date.now() - startedAt, status: response.status, ...(code === undefined ? {} : { code }) });
      }
    };
    const status = async (route: string) => (await fetch(`${base}${route}`)).status;
    const load = Array.from({ length: 8 }, worker);
    try {
      await sleep(1_000);
      const stoppingAt = Date.now();
      await cluster.stop();
      const downAt = Date.now();
      await sleep(1_500);
      const [ready, alive] = [await status('/readyz'), await status('/healthz')];
      // A key cannot be checked while the database is away: that too is SERVICE_UNAVAILABLE.
      const keyed = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${editorKey}` },
        body: JSON.stringify({ query: QUERY }),
      });
      const keyedCode = ((await keyed.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;

      const restartingAt = Date.now();
      cluster = await startEmbeddedPostgres({ dataDir, port: pgPort, database: 'outage' });
      const upAt = Date.now();
      while (!outcomes.some((o) => o.startedAt >= upAt && o.status === 200) && Date.now() - upAt < 10_000) await sleep(10);
      const recovered = outcomes.find((o) => o.startedAt >= upAt && o.status === 200);
      await sleep(500);
      running = false;
      await Promise.all(load);

      const whileDown = outcomes.filter((o) => o.startedAt >= downAt && answered(o) < restartingAt);
      expect(outcomes.filter((o) => answered(o) < stoppingAt).every((o) => o.status === 200)).toBe(true);
      // Requests caught by the shutdown itself fail the same way.
      const duringStop = outcomes.filter((o) => answered(o) >= stoppingAt && o.startedAt < downAt && o.status !== 200);
      expect(duringStop.every((o) => o.status === 503 && o.code === 'SERVICE_UNAVAILABLE')).toBe(true);
      expect(whileDown.length).toBeGreaterThan(10);
      expect(new Set(whileDown.map((o) => `${o.status} ${o.code}`))).toEqual(new Set(['503 SERVICE_UNAVAILABLE']));
      expect(Math.max(...whileDown.map((o) => o.ms))).toBeLessThan(2_000);
      expect([ready, alive]).toEqual([503, 200]);
      expect([keyed.status, keyedCode]).toEqual([503, 'SERVICE_UNAVAILABLE']);
      expect(recovered && recovered.startedAt + recovered.ms - upAt).toBeLessThan(5_000);
      expect(await status('/readyz')).toBe(200);
      expect(outcomes.filter((o) => recovered && o.startedAt > answered(recovered)).every((o) => o.status === 200)).toBe(true);
    } finally {
      running = false;
      await Promise.all(load);
      await app.close();
    }
  });
});

const answered = (o: Outcome) => o.startedAt + o.ms;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
