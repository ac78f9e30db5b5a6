/**
 * `npm run worker`: runs queued ingestions (ingestUrl with async: true, `npm run ingest --
 * --queue`) until SIGINT or SIGTERM, which let the jobs under way finish. Run as many
 * worker processes as the machine allows; they share nothing but Postgres.
 */
import { loadConfig, type Config } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { logger } from '../logger.ts';
import type { IngestWorker } from '../queue/worker.ts';
import { startWorkerOn } from './ingestWorker.ts';
import { runCli, wantsHelp } from './run.ts';
import { runService } from './service.ts';

const USAGE = `
Usage: npm run worker

Runs queued ingestions from the database in DATABASE_URL (or the embedded one in PG_DATA_DIR),
WORKER_CONCURRENCY (default 2) at a time. A failed fetch or an unreachable database is retried
with growing delays, up to INGEST_MAX_ATTEMPTS runs; a page that is not an article fails at once.
SIGTERM lets the jobs under way finish; a worker killed mid-job has its job run again elsewhere.`;

async function start(config: Config): Promise<{ stop: () => Promise<void> }> {
  // Workers write, and read what they write: the replicas are not theirs to watch.
  const db = await openDatabase({ ...config, DATABASE_REPLICA_URLS: [] }, logger);
  let worker: IngestWorker;
  try {
    worker = await startWorkerOn(db, config);
  } catch (error) {
    await db.close();
    throw error;
  }
  console.log(`\n  Ingest worker running ${config.WORKER_CONCURRENCY} job(s) at a time (pid ${process.pid})\n`);
  return {
    stop: async () => {
      await worker.stop();
      logger.info('worker stopped');
      await db.close();
    },
  };
}

await runCli(async () => {
  if (wantsHelp(USAGE)) return;
  await runService(() => start(loadConfig()));
});
