/**
 * `npm run db:migrate`: applies pending migrations to the configured database.
 */
import { loadConfig } from '../config.ts';
import { resolveDatabaseUrl } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { migrateQueue } from '../db/queueSchema.ts';
import { logger } from '../logger.ts';
import { runCli, wantsHelp } from './run.ts';

await runCli(async () => {
  if (
    wantsHelp(
      'Usage: npm run db:migrate\n\nApplies pending prisma/migrations, and installs or upgrades the ingest queue (graphile-worker), on DATABASE_URL or the embedded database.',
    )
  )
    return;
  const { url, embedded } = await resolveDatabaseUrl(loadConfig(), logger);
  try {
    const result = await migrate(url);
    await migrateQueue(url);
    console.log(
      result.applied.length > 0
        ? `Applied ${result.applied.length} migration(s): ${result.applied.join(', ')}`
        : `Database is up to date (${result.alreadyApplied.length} migration(s) applied).`,
    );
  } finally {
    await embedded?.stop();
  }
});
