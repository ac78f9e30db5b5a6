/**
 * An ingest worker on an open database, configured from the environment: what `npm run worker`
 * runs, and what `npm start` runs beside the API unless WORKER_IN_PROCESS=false.
 */
import { fetchPolicyOf, type Config } from '../config.ts';
import type { PrismaClient } from '../db/client.ts';
import { logger } from '../logger.ts';
import { startIngestWorker, type IngestWorker } from '../queue/worker.ts';

/** The worker on an open database, sharing its Prisma client (npm start runs one in-process). */
export async function startWorkerOn(db: { url: string; prisma: PrismaClient }, config: Config): Promise<IngestWorker> {
  (await import('../ingest/gazetteer.ts')).preloadGazetteer();
  return startIngestWorker({
    databaseUrl: db.url,
    prisma: db.prisma,
    concurrency: config.WORKER_CONCURRENCY,
    fetchPolicy: fetchPolicyOf(config),
    defaultTimeZone: config.DEFAULT_TIME_ZONE,
    log: logger,
  });
}
