/**
 * An ingest worker process's engine: graphile-worker running the `ingest` task with
 * `concurrency` jobs at a time, and a reaper that frees jobs whose worker died (deadWorkers.ts).
 * Workers share nothing but Postgres: run as many processes as the CPU allows.
 */
import { Logger as QueueLogger, run, type Runner } from 'graphile-worker';
import pg from 'pg';
import type { PrismaClient } from '../db/client.ts';
import { INGEST_TASK } from '../db/ingestJobs.ts';
import { QUEUE_SCHEMA } from '../db/queueSchema.ts';
import type { FetchPolicy } from '../fetch/index.ts';
import type { Logger } from '../logger.ts';
import { WorkerLiveness } from './deadWorkers.ts';
import { ingestTask } from './ingestTask.ts';

export interface IngestWorkerOptions {
  databaseUrl: string;
  /** Writes go here: the primary. */
  prisma: PrismaClient;
  concurrency: number;
  fetchPolicy: FetchPolicy;
  defaultTimeZone: string;
  log: Logger;
  /** How often idle workers look for jobs that NOTIFY did not announce (retries coming due). Default 1,000 ms. */
  pollIntervalMs?: number;
  /** How often jobs of dead workers are looked for. Default 5,000 ms. */
  reapIntervalMs?: number;
}

export interface IngestWorker {
  /** Stops taking jobs, lets the running ones finish, then closes its connections. */
  stop(): Promise<void>;
}

export async function startIngestWorker(options: IngestWorkerOptions): Promise<IngestWorker> {
  const { log } = options;
  const liveness = await WorkerLiveness.connect(options.databaseUrl);
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.concurrency + 2 });
  // Errors of idle and of checked-out connections both: graphile-worker insists on both.
  const onError = (error: Error) => log.warn({ err: error }, 'a queue connection failed; it will be replaced');
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  const task = ingestTask({
    prisma: options.prisma,
    fetchPolicy: options.fetchPolicy,
    defaultTimeZone: options.defaultTimeZone,
    onOutcome: (job, outcome, error) =>
      log[outcome === 'stored' ? 'info' : 'warn'](
        { job: job.id, kind: job.kind, url: job.url ?? undefined, attempt: job.attempts, article: job.articleId ?? undefined, err: error },
        `ingest job ${outcome}`,
      ),
  });
  let runner: Runner;
  try {
    runner = await run({
      pgPool: pool,
      schema: QUEUE_SCHEMA,
      concurrency: options.concurrency,
      pollInterval: options.pollIntervalMs ?? 1_000,
      noHandleSignals: true,
      logger: queueLogger(log),
      taskList: {
        [INGEST_TASK]: async (payload, helpers) => {
          if (helpers.job.locked_by) await liveness.claim(helpers.job.locked_by);
          return task(payload, helpers);
        },
      },
    });
  } catch (error) {
    await Promise.all([liveness.close(), pool.end()]);
    throw error;
  }
  const reap = () =>
    liveness.reap().then(
      (dead) => dead.length > 0 && log.warn({ workers: dead }, 'freed the jobs of workers that stopped mid-job'),
      (error: unknown) => log.warn({ err: error }, 'looking for jobs of stopped workers failed'),
    );
  void reap();
  const reaper = setInterval(() => void reap(), options.reapIntervalMs ?? 5_000);
  reaper.unref();
  return {
    async stop() {
      clearInterval(reaper);
      await runner.stop();
      await Promise.all([liveness.close(), pool.end()]);
    },
  };
}

// graphile-worker's LogLevel is a const enum, which isolated modules cannot read: its values.
const LEVELS: Partial<Record<string, 'error' | 'warn' | 'info'>> = { error: 'error', warning: 'warn', info: 'info' };

/** graphile-worker's log lines through our pino logger, its debug chatter at debug. */
function queueLogger(log: Logger): QueueLogger {
  return new QueueLogger(() => (level, message, meta) => {
    log[LEVELS[String(level)] ?? 'debug']({ queue: meta }, message);
  });
}
