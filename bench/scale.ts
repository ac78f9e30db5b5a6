/**
 * `npm run bench:scale`: the service as it scales past one process, on this machine. A primary
 * and a streaming replica (embedded Postgres), 2 API processes and 2 ingest workers; 1,000
 * generated articles fed through the queue (ingestArticle with async: true, paced, spread over
 * the live APIs) while readers measure req/s against 1 API process and then 2; then one worker
 * and one API process are killed with SIGKILL mid-run. Prints, and writes to
 * bench/results/scale-<date>.json: articles ingested, duplicates, lost, statements each server
 * answered, read req/s with 1 vs 2 API processes.
 */
import autocannon from 'autocannon';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config.ts';
import { createApiKey } from '../src/db/apiKeys.ts';
import { closeClient, createPrismaClient } from '../src/db/client.ts';
import { migrateQueue } from '../src/db/queueSchema.ts';
import { queryOnce } from '../tests/helpers/database.ts';
import { startReplicatedClusters } from '../tests/helpers/replication.ts';
import { generatedArticle } from './scale/articles.ts';
import { livenessName, RUNNING_IN_PROCESS_SQL } from '../src/queue/deadWorkers.ts';
import { startApi, startWorker, type Api, type Process } from './scale/processes.ts';

const ARTICLES = Number(process.env.SCALE_ARTICLES ?? 1_000);
const FEED_PER_SECOND = 20;
const READ_SECONDS = 5;
const READ_ROUNDS = 3;
const READ_CONNECTIONS = 16;
const WORKER_CONCURRENCY = 2;
const READ_QUERY = JSON.stringify({
  query:
    '{ articles(first: 10) { edges { node { headline publishedAt authors { person { name } } troopLevels { count kind location { name } } } } } }',
});
const INGEST = 'mutation ($text: String!) { ingestArticle(input: { text: $text, async: true }) { job { id } userErrors { message } } }';

const started = Date.now();
const at = () => Math.round((Date.now() - started) / 100) / 10;
const log = (message: string) => console.error(`[${at().toFixed(1)} s] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Submits every article through whichever API is alive, paced, as a careful client would: an
 * API that refuses the connection is dropped, and a failed submission is sent again (the job is
 * keyed by its content, so sending twice queues once).
 */
async function feed(
  apis: Api[],
  key: string,
): Promise<{ submitted: number; resent: { apiGone: number; errorAnswer: number; codes: Record<string, number> } }> {
  const alive = [...apis];
  const resent = { apiGone: 0, errorAnswer: 0, codes: {} as Record<string, number> };
  const submit = async (index: number): Promise<void> => {
    for (let turn = index; ; turn++) {
      const api = alive[turn % alive.length];
      if (!api) throw new Error('no API process is left');
      const sent = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: INGEST, variables: { text: generatedArticle(index) } }),
      }).then(
        async (response) => {
          const body = (await response.json()) as {
            data?: { ingestArticle: { job: { id: string } | null } };
            errors?: { extensions?: { code?: string } }[];
          };
          if (!body.data?.ingestArticle.job) {
            resent.errorAnswer++;
            const code = `${response.status} ${body.errors?.[0]?.extensions?.code ?? 'no job'}`;
            resent.codes[code] = (resent.codes[code] ?? 0) + 1;
          }
          return body.data?.ingestArticle.job;
        },
        () => {
          resent.apiGone++;
          // The process is gone: the others take its share.
          if (alive.includes(api)) {
            alive.splice(alive.indexOf(api), 1);
            log(`${api.name} refused a connection; submitting through the others`);
          }
          return undefined;
        },
      );
      if (sent) return;
      if (turn - index > 20) throw new Error(`article ${index} was refused 20 times`);
      await sleep(250);
    }
  };
  const pending: Promise<void>[] = [];
  for (let index = 0; index < ARTICLES; index++) {
    pending.push(submit(index));
    await sleep(1000 / FEED_PER_SECOND);
  }
  await Promise.all(pending);
  return { submitted: ARTICLES, resent };
}

/** Reads against the given APIs at once for READ_SECONDS; their req/s summed. */
async function readFrom(apis: Api[], seconds = READ_SECONDS): Promise<{ reqPerSec: number; errors: number }> {
  const results = await Promise.all(
    apis.map((api) =>
      autocannon({
        url: `${api.url}/graphql`,
        connections: READ_CONNECTIONS,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: READ_QUERY,
      }),
    ),
  );
  return {
    reqPerSec: results.reduce((sum, result) => sum + result.requests.average, 0),
    errors: results.reduce((sum, result) => sum + result.non2xx + result.errors + result.timeouts, 0),
  };
}

/** Read req/s through 1 API process and through 2, taking turns (each first in alternate rounds, so drift favours neither). */
async function compareReads(apis: Api[], rounds: number, label: string) {
  const one: number[] = [];
  const two: number[] = [];
  let errors = 0;
  for (let round = 0; round < rounds; round++) {
    for (const through of round % 2 === 0 ? [[apis[0]!], apis] : [apis, [apis[0]!]]) {
      const reads = await readFrom(through);
      (through.length === 1 ? one : two).push(Math.round(reads.reqPerSec));
      errors += reads.errors;
      log(`reads (${label}) through ${through.length} API process(es): ${reads.reqPerSec.toFixed(0)} req/s`);
    }
  }
  return { oneProcessReqPerSec: one, twoProcessesReqPerSec: two, ratio: Math.round((median(two) / median(one)) * 100) / 100, errors };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const statementCalls = async (url: string) =>
  Number(
    (
      await queryOnce<{ calls: string }>(
        url,
        `SELECT coalesce(sum(calls), 0)::text AS calls FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND query !~ '(pg_stat_statements|pg_current_wal|pg_last_wal_replay_lsn|pg_is_in_recovery)'`,
      )
    )[0]?.calls ?? 0,
  );

async function main(): Promise<void> {
  log('starting a primary and a streaming replica');
  const clusters = await startReplicatedClusters({ applyDelayMs: 0 });
  const processes: Process[] = [];
  try {
    await migrateQueue(clusters.primaryUrl);
    const prisma = createPrismaClient(clusters.primaryUrl, { poolSize: 2 });
    const { secret } = await createApiKey(prisma, 'scale run', 'EDITOR');
    const db = { primaryUrl: clusters.primaryUrl, replicaUrl: clusters.standbyUrl };
    const apis = [await startApi('api-1', db), await startApi('api-2', db)];
    const workers = [await startWorker('worker-1', db, WORKER_CONCURRENCY), await startWorker('worker-2', db, WORKER_CONCURRENCY)];
    processes.push(...apis, ...workers);
    await clusters.caughtUp();
    await clusters.resetStatements();
    log(`2 API processes, 2 workers (${WORKER_CONCURRENCY} jobs each)`);

    await readFrom(apis, 5); // warm-up: JIT, pools, prepared statements
    const quiet = await compareReads(apis, READ_ROUNDS, 'queue idle');
    log(`feeding ${ARTICLES} articles at ${FEED_PER_SECOND}/s`);
    const feedStarted = Date.now();
    const feeding = feed(apis, secret);
    // Awaited below; until then a failure must not end the process before `finally` stops the clusters.
    feeding.catch(() => undefined);
    const busy = await compareReads(apis, 2, 'while ingesting');
    // Killed while it has a job under way (its liveness connection names its pid).
    const doomed = workers[0]!;
    let running: { key: string; locked_by: string }[] = [];
    for (const deadline = Date.now() + 20_000; running.length === 0 && Date.now() < deadline; await sleep(10)) {
      running = await queryOnce(clusters.primaryUrl, RUNNING_IN_PROCESS_SQL, [livenessName(doomed.child.pid!)]);
    }
    await doomed.crash();
    // Jobs still locked by the dead process's worker ids: those it was killed in the middle of.
    const orphaned = await queryOnce<{ key: string }>(
      clusters.primaryUrl,
      'SELECT key FROM graphile_worker.jobs WHERE locked_by = ANY($1)',
      [running.map((job) => job.locked_by)],
    );
    log(`killed worker-1 with SIGKILL in the middle of ${orphaned.length} job(s)`);
    await sleep(1_000);
    await apis[1]!.crash();
    log('killed api-2 with SIGKILL');
    const fed = await feeding;
    log(`fed ${fed.submitted} articles; waiting for the queue to drain`);
    for (const deadline = Date.now() + 300_000; Date.now() < deadline; await sleep(1_000)) {
      const open = await prisma.ingestJob.count({ where: { status: { in: ['QUEUED', 'RUNNING'] } } });
      if (open === 0) break;
    }
    const ingestSeconds = (Date.now() - feedStarted) / 1000;
    await clusters.caughtUp();
    const [jobs, succeeded, failed, retried, articles, accounted] = await Promise.all([
      prisma.ingestJob.count(),
      prisma.ingestJob.count({ where: { status: 'SUCCEEDED' } }),
      prisma.ingestJob.count({ where: { status: 'FAILED' } }),
      prisma.ingestJob.count({ where: { attempts: { gt: 1 } } }),
      prisma.article.count(),
      prisma.ingestJob.findMany({ where: { status: 'SUCCEEDED' }, distinct: ['articleId'], select: { articleId: true } }),
    ]);
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      killed: {
        worker: 'worker-1',
        // The jobs it was killed in the middle of, as they ended: run again by the other worker.
        jobsMidRun: await prisma.ingestJob.findMany({
          where: { key: { in: orphaned.map((job) => job.key) } },
          select: { status: true, attempts: true, articleId: true },
        }),
        api: 'api-2',
      },
      topology: { primary: 1, replicas: 1, apiProcesses: 2, workers: 2, workerConcurrency: WORKER_CONCURRENCY },
      articles: {
        submitted: fed.submitted,
        jobs,
        succeeded,
        failed,
        ingested: articles,
        // Articles stored more than once (no job accounts for them), and submissions queued twice.
        duplicates: articles - accounted.length + (jobs - fed.submitted > 0 ? jobs - fed.submitted : 0),
        lost: fed.submitted - succeeded,
        retriedJobs: retried,
        // From the first submission until the queue was empty, reads and both crashes included.
        seconds: Math.round(ingestSeconds * 10) / 10,
        perSecond: Math.round((succeeded / ingestSeconds) * 10) / 10,
        // Submissions sent again: their API process had been killed, or it answered with an error.
        resent: fed.resent,
      },
      statements: { replica: await statementCalls(clusters.standbyUrl), primary: await statementCalls(clusters.primaryUrl) },
      reads: { seconds: READ_SECONDS, connectionsPerProcess: READ_CONNECTIONS, queueIdle: quiet, whileIngesting: busy },
      seconds: at(),
    };
    await closeClient(prisma);
    const file = path.join(projectRoot, 'bench', 'results', `scale-${result.date.slice(0, 19).replace(/:/g, '-')}.json`);
    await fs.writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
    log(`written to ${path.relative(projectRoot, file)}`);
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await clusters.close();
  }
}

await main();
