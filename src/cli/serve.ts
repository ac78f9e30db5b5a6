/**
 * The service `npm start` runs (src/cli/start.ts loads it): configuration → database (embedded
 * or DATABASE_URL) → migrations → seed when empty → HTTP server. SIGINT/SIGTERM drain requests,
 * close the pool, stop Postgres and flush the traces.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, fetchPolicyOf, loadConfig, projectRoot, type Config } from '../config.ts';
import { loadTrustedDocuments, type TrustedDocuments } from '../server/trustedDocuments.ts';
import { openDatabase, type Database } from '../db/connect.ts';
import { assertPortFree } from '../db/embedded.ts';
import { logger } from '../logger.ts';
import { wantsHelp } from './run.ts';
import { startWorkerOn } from './ingestWorker.ts';
import { runService } from './service.ts';

const USAGE = `
Usage: npm start

Starts the GraphQL API (http://localhost:4000/graphql by default) on the embedded Postgres
in PG_DATA_DIR, or on DATABASE_URL when set. Applies migrations and loads the seed articles
into an empty database. Configuration: environment variables (see README).`;

/** In-flight requests get this long to finish after SIGTERM. */
const DRAIN_MS = 10_000;

export async function start(config: Config): Promise<{ url: string; stop: () => Promise<void> }> {
  await assertPortFree(config.PORT, config.HOST, 'PORT');
  // The server's modules and the extractors take about as long to load as Postgres takes to
  // start and migrate: overlap them.
  const appModule = import('../server/app.ts');
  const extractors = Promise.all([import('../ingest/gazetteer.ts'), import('../db/ingestText.ts')]);
  for (const loading of [appModule, extractors]) loading.catch(() => undefined); // a failure surfaces where it is awaited
  const trustedDocuments = await trustedDocumentsOf(config);
  const db = await openDatabase(config, logger);
  try {
    if (config.SEED_ON_START && (await db.prisma.article.count()) === 0) {
      const { seedArticles } = await import('../../seed/seed.ts');
      const seeded = await seedArticles(db.prisma, { defaultTimeZone: config.DEFAULT_TIME_ZONE });
      logger.info({ articles: seeded.length }, 'seeded the empty database');
    }
    const { buildApp } = await appModule;
    const app = await buildApp({
      prisma: db.prisma,
      routing: db.routing,
      log: logger,
      playground: config.playground,
      requireKeyForReads: config.READS_REQUIRE_KEY,
      publisher: config.PUBLISHER_NAME,
      introspection: config.introspection,
      corsOrigins: config.CORS_ORIGINS,
      requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
      fetchPolicy: fetchPolicyOf(config),
      defaultTimeZone: config.DEFAULT_TIME_ZONE,
      ingestMaxAttempts: config.INGEST_MAX_ATTEMPTS,
      rateLimits: { readsPerMinute: config.RATE_LIMIT_READS_PER_MINUTE, writesPerMinute: config.RATE_LIMIT_WRITES_PER_MINUTE },
      ...(trustedDocuments ? { trustedDocuments } : {}),
      ...(config.METRICS_TOKEN ? { metricsToken: config.METRICS_TOKEN } : {}),
    });
    // The gazetteer (~100,000 places) loads in about a second, and not in the first ingestion.
    // In production the port opens first (health checks, a start under 3 s) and it loads right
    // after; locally it loads first, so Ctrl-C is never held up behind it (tsx ends a child
    // that does not answer a signal at once).
    const warmUp = async () => (await extractors)[0].preloadGazetteer();
    if (config.NODE_ENV !== 'production') await warmUp();
    await app.listen({ port: config.PORT, host: config.HOST });
    const url = `http://${config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST}:${config.PORT}/graphql`;
    // The banner's query first: the synchronous gazetteer load would hold its connection
    // attempt past the connect timeout on a busy machine.
    await printBanner(config, db, url).catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
    if (config.NODE_ENV === 'production') setImmediate(() => void warmUp());
    const worker = config.WORKER_IN_PROCESS ? await startWorkerOn(db, config) : undefined;
    return {
      url,
      stop: async () => {
        // Stop accepting, let in-flight requests finish, then cut whatever is still open.
        // Keep-alive connections go as soon as their request is answered: Node closes idle
        // connections once, when closing starts, and would otherwise wait for the client.
        const sweep = setInterval(() => app.server.closeIdleConnections(), 50);
        const cutoff = setTimeout(() => app.server.closeAllConnections(), DRAIN_MS);
        try {
          await app.close();
          logger.info('HTTP server closed');
          await worker?.stop();
        } finally {
          clearInterval(sweep);
          clearTimeout(cutoff);
          await db.close();
          logger.info('database closed');
        }
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** The listed documents, when the manifest is there; TRUSTED_DOCUMENTS=true requires it. */
async function trustedDocumentsOf(config: Config): Promise<TrustedDocuments | undefined> {
  const file = path.resolve(projectRoot, config.TRUSTED_DOCUMENTS_FILE);
  if (!existsSync(file)) {
    if (config.TRUSTED_DOCUMENTS)
      throw new ConfigError(`Invalid TRUSTED_DOCUMENTS_FILE: ${file} does not exist (npm run codegen writes it).`);
    return undefined;
  }
  return { documents: await loadTrustedDocuments(file), enforce: config.TRUSTED_DOCUMENTS };
}

async function printBanner(config: Config, db: Database, url: string): Promise<void> {
  const articles = await db.prisma.article.count();
  const database = db.embedded
    ? `embedded Postgres on 127.0.0.1:${db.embedded.port}, data in ${config.dataDir}${db.embedded.owned ? '' : ' (already running, reused)'}`
    : `external Postgres (DATABASE_URL)`;
  console.log(`\n  Troop levels GraphQL API ready at ${url}\n  Database: ${database}\n  Articles: ${articles}\n`);
}

/** Runs until SIGINT or SIGTERM; `stopTracing` flushes the spans still buffered at the end. */
export async function main(stopTracing?: () => Promise<void>): Promise<void> {
  if (wantsHelp(USAGE)) return;
  await runService(() => start(loadConfig()), stopTracing);
}
