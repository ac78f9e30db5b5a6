/**
 * The ingest queue end to end on a real Postgres: jobs queued through the store, run by
 * graphile-worker with the `ingest` task, fetching the team's fixture pages from a web server
 * on 127.0.0.1. One worker runs in this process; the crash test kills a worker process.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enqueueIngest, type IngestJob, type IngestRequest } from '../../../src/db/ingestJobs.ts';
import { ingestText } from '../../../src/db/ingestText.ts';
import { migrateQueue } from '../../../src/db/queueSchema.ts';
import { preloadGazetteer } from '../../../src/ingest/gazetteer.ts';
import { createLogger } from '../../../src/logger.ts';
import { startIngestWorker, type IngestWorker } from '../../../src/queue/worker.ts';
import { cleanEnv, exitOf, spawnNode, waitForOutput } from '../../helpers/cli.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';
import { startPageServer, status, type FixtureServer, type Route } from '../../helpers/pageServer.ts';

let db: MigratedTestDatabase;
let site: FixtureServer;
let worker: IngestWorker | undefined;
/** Requests that were left waiting for an answer, by path. */
const stalled = new Map<string, (() => void)[]>();
const stalledAt = (path: string) => stalled.get(path)?.length ?? 0;
let slowRequests = 0;

/** The first request never gets an answer (its worker dies waiting); later ones are sent to `page`. */
const stallsOnce =
  (page: string): Route =>
  (request, response) => {
    const waiting = stalled.get(request.url!) ?? [];
    stalled.set(request.url!, waiting);
    if (waiting.push(() => response.destroy()) === 1) return;
    response.writeHead(301, { location: page }).end();
  };

const ARTICLE_TEXT = 'Harbour garrison grows\n\nThe harbour garrison will grow to 300 soldiers this year, the island council said.';

beforeAll(async () => {
  // As `npm run worker` does before its first job: loading the gazetteer blocks the event loop
  // for a second or more, long enough for this process's pending connections to time out.
  preloadGazetteer();
  site = await startPageServer({
    '/gone': status(404),
    '/busy': status(503),
    '/stalls': stallsOnce('/several-authors.html'),
    '/slow': (request, response) => {
      slowRequests++;
      setTimeout(() => response.writeHead(301, { location: '/amp.html' }).end(), 1_500);
    },
    '/stalls-on-its-last-attempt': stallsOnce('/time-only.html'),
  });
  db = await createMigratedDatabase();
  await migrateQueue(db.url);
});
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});
afterAll(async () => {
  for (const answer of [...stalled.values()].flat()) answer();
  await site.close();
  await db.drop();
});

const startWorker = async (options: { reapIntervalMs?: number } = {}) => {
  worker = await startIngestWorker({
    databaseUrl: db.url,
    prisma: db.prisma,
    concurrency: 2,
    fetchPolicy: { allowHosts: new Set([site.hostPort]), timeoutMs: 60_000 },
    defaultTimeZone: 'Europe/London',
    log: createLogger('silent'),
    pollIntervalMs: 100,
    ...options,
  });
};

const queue = (request: IngestRequest, maxAttempts?: number) =>
  enqueueIngest(db.prisma, request, maxAttempts ? { maxAttempts } : {}).then((queued) => queued.job);

/** The job once `done` holds of it (polled every 100 ms). */
async function jobWhen(id: string, done: (job: IngestJob) => boolean, timeoutMs = 30_000): Promise<IngestJob> {
  for (const deadline = Date.now() + timeoutMs; ; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const job = await db.prisma.ingestJob.findUniqueOrThrow({ where: { id } });
    if (done(job) || Date.now() > deadline) return job;
  }
}
/** Jobs graphile-worker holds for a key, once the count stops changing: it deletes a job just after its task returns. */
async function runnable(key: string): Promise<number | undefined> {
  const count = async () =>
    (await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = ${key}`)[0]?.n;
  for (let tries = 0; tries < 50 && (await count()) !== 0; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  return count();
}
const settled = (job: IngestJob) => job.status === 'SUCCEEDED' || job.status === 'FAILED';

describe('the ingest worker', () => {
  it('fetches a queued page, stores it once and records its article on the job', async () => {
    const queued = await queue({ kind: 'URL', url: `${site.origin}/wordpress-jsonld.html` });
    await startWorker();
    const job = await jobWhen(queued.id, settled);
    expect(job).toMatchObject({ status: 'SUCCEEDED', attempts: 1, created: true, lastError: null, content: null });
    expect(await db.prisma.article.count({ where: { id: job.articleId! } })).toBe(1);
    expect(await runnable(job.key)).toBe(0);
  });

  it('gives up at once on a page that is not there, keeping the reason', async () => {
    const queued = await queue({ kind: 'URL', url: `${site.origin}/gone` });
    await startWorker();
    expect(await jobWhen(queued.id, settled)).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      lastError: `${site.origin}/gone: the server answered 404 Not Found`,
      articleId: null,
    });
  });

  it('puts a job whose server is busy back in the queue with its error, to run again after a delay', async () => {
    const queued = await queue({ kind: 'URL', url: `${site.origin}/busy` });
    await startWorker();
    const job = await jobWhen(queued.id, (j) => j.lastError !== null);
    expect(job).toMatchObject({
      status: 'QUEUED',
      attempts: 1,
      lastError: `${site.origin}/busy: the server answered 503 Service Unavailable`,
    });
    const [runnable] = await db.prisma.$queryRaw<{ attempts: number; wait: number }[]>`
      SELECT attempts, extract(epoch FROM run_at - now())::float AS wait FROM graphile_worker.jobs WHERE key = ${job.key}`;
    expect(runnable?.attempts).toBe(1);
    expect(runnable?.wait).toBeGreaterThan(1);
  });

  it('records the last allowed attempt failing as FAILED', async () => {
    const queued = await queue({ kind: 'URL', url: `${site.origin}/busy?last` }, 1);
    await startWorker();
    expect(await jobWhen(queued.id, settled)).toMatchObject({ status: 'FAILED', attempts: 1, maxAttempts: 1 });
  });

  it('stores nothing twice when a run finds its article already stored by an earlier attempt', async () => {
    const queued = await queue({ kind: 'TEXT', content: ARTICLE_TEXT });
    const earlier = await ingestText(db.prisma, ARTICLE_TEXT);
    await startWorker();
    expect(await jobWhen(queued.id, settled)).toMatchObject({ status: 'SUCCEEDED', articleId: earlier.articleId, created: false });
    expect(await db.prisma.article.count({ where: { headline: 'Harbour garrison grows' } })).toBe(1);
  });

  it('runs the job of a worker killed with kill -9 mid-job again, and stores its article exactly once', async () => {
    const queued = await queue({ kind: 'URL', url: `${site.origin}/stalls` });
    const articlesBefore = await db.prisma.article.count();
    await crashWorkerDuring(queued, '/stalls');

    await startWorker({ reapIntervalMs: 500 });
    const job = await jobWhen(queued.id, settled, 45_000);
    expect(job).toMatchObject({ status: 'SUCCEEDED', attempts: 2, created: true });
    expect(await db.prisma.article.count()).toBe(articlesBefore + 1);
    expect(await runnable(job.key)).toBe(0);
  }, 90_000);

  it('records a job whose worker was killed during its last allowed attempt as FAILED, saying so', async () => {
    const queued = await queue({ kind: 'URL', url: `${site.origin}/stalls-on-its-last-attempt` }, 1);
    await crashWorkerDuring(queued, '/stalls-on-its-last-attempt');

    await startWorker({ reapIntervalMs: 500 });
    expect(await jobWhen(queued.id, settled, 45_000)).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      lastError: 'The worker running its last attempt stopped before it finished.',
    });
  }, 90_000);
});

describe('a worker process', () => {
  it('finishes the job under way on SIGTERM before it exits', async () => {
    const queued = await queue({ kind: 'URL', url: `${site.origin}/slow` });
    const worker = spawnWorker();
    await waitForOutput(worker, /Ingest worker running/);
    await jobWhen(queued.id, () => slowRequests > 0);
    worker.kill('SIGTERM');
    expect(await exitOf(worker)).toBe(0);
    expect(await db.prisma.ingestJob.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
  }, 60_000);
});

const spawnWorker = () =>
  spawnNode(
    'src/cli/worker.ts',
    cleanEnv({ DATABASE_URL: db.url, INGEST_ALLOW_HOSTS: site.hostPort, WORKER_CONCURRENCY: '1', INGEST_FETCH_TIMEOUT_MS: '600000' }),
  );

/** Runs a worker process until it is fetching `path` for the job, then kills it with SIGKILL. */
async function crashWorkerDuring(queued: IngestJob, path: string): Promise<void> {
  const doomed = spawnWorker();
  await waitForOutput(doomed, /Ingest worker running/);
  expect((await jobWhen(queued.id, () => stalledAt(path) > 0)).status).toBe('RUNNING');
  doomed.kill('SIGKILL');
  await new Promise((resolve) => doomed.once('exit', resolve));
}
