import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../src/db/apiKeys.ts';
import { createPrismaClient } from '../../../src/db/client.ts';
import { connectionUrl } from '../../../src/db/embedded.ts';
import { cleanEnv, exitOf, spawnNode, waitForOutput } from '../../helpers/cli.ts';
import { freePort } from '../../helpers/ports.ts';
import { wireStory } from '../../helpers/stories.ts';

let root: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'troop-levels-shutdown-'));
  await fs.chmod(root, 0o755); // the postgres user must reach the data dir when tests run as root
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const INGEST = `mutation ($text: String!) { ingestArticle(input: { text: $text }) { article { id } } }`;

describe('SIGTERM', () => {
  it('finishes the requests in flight, refuses new ones, then stops embedded Postgres cleanly', async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const dataDir = path.join(root, 'data');
    // At debug level the server logs each request it has accepted ("incoming request").
    const child = spawnNode(
      'src/cli/start.ts',
      cleanEnv({ PORT: String(port), PG_PORT: String(pgPort), PG_DATA_DIR: dataDir, SEED_ON_START: 'false', LOG_LEVEL: 'debug' }),
    );
    await waitForOutput(child, /ready at/);
    let accepted = 0;
    child.stdout.on('data', (chunk: Buffer) => (accepted += chunk.toString().split('"msg":"incoming request"').length - 1));
    const prisma = createPrismaClient(connectionUrl('postgres', 'postgres', pgPort, 'troop_levels'));
    const { secret } = await createApiKey(prisma, 'shutdown test', 'EDITOR');
    await prisma.$disconnect();

    const url = `http://127.0.0.1:${port}/graphql`;
    const post = (text: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: INGEST, variables: { text } }),
      }).then(async (response) => ({
        status: response.status,
        id: ((await response.json()) as { data?: { ingestArticle: { article: { id: string } | null } } }).data?.ingestArticle.article?.id,
        at: Date.now(),
      }));
    const inFlight = Array.from({ length: 20 }, (_, i) => post(wireStory(i, 12)));
    // Closing the listener resets connections the server has not accepted yet; those were
    // never in flight. Signal once all 20 are in.
    await until(() => accepted >= 20);
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 50));
    // A new request is turned away: refused, or 503 on a connection still draining.
    const late = await post(wireStory(99)).then(
      (answer) => answer.status,
      () => 'refused',
    );

    const answers = await Promise.all(inFlight);
    const code = await exitOf(child);
    const stoppedAfterMs = Date.now() - signalledAt;
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers.every((a) => typeof a.id === 'string')).toBe(true);
    expect(answers.filter((a) => a.at > signalledAt).length).toBeGreaterThan(0);
    expect(late === 'refused' || late === 503).toBe(true);
    expect(code).toBe(0);
    expect(stoppedAfterMs).toBeLessThan(10_000);
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  });
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
