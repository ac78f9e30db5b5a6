/**
 * `npm run studio`: Prisma Studio on 127.0.0.1 (STUDIO_PORT, default 5555) against the same
 * database `npm start` uses, reusing a running embedded Postgres or starting one.
 */
import { loadConfig } from '../config.ts';
import { resolveDatabaseUrl } from '../db/connect.ts';
import { assertPortFree } from '../db/embedded.ts';
import { migrate } from '../db/migrate.ts';
import { runPrisma } from '../db/prismaCli.ts';
import { logger } from '../logger.ts';
import { runCli, wantsHelp } from './run.ts';

const USAGE = `
Usage: npm run studio

Opens Prisma Studio at http://localhost:$STUDIO_PORT (default 5555) on the database that
npm start uses (DATABASE_URL, or the embedded one in PG_DATA_DIR).`;

await runCli(async () => {
  if (wantsHelp(USAGE)) return;
  const config = loadConfig();
  await assertPortFree(config.STUDIO_PORT, '127.0.0.1', 'STUDIO_PORT');
  const { url, embedded } = await resolveDatabaseUrl(config, logger);
  try {
    await migrate(url);
    const where = embedded
      ? `embedded Postgres on 127.0.0.1:${embedded.port}${embedded.owned ? '' : ' (reused the running cluster)'}`
      : 'DATABASE_URL';
    console.log(`Prisma Studio on http://127.0.0.1:${config.STUDIO_PORT} (database: ${where})`);
    const browser = process.env.BROWSER ?? 'none';
    process.exitCode = await runPrisma(['studio', '--port', String(config.STUDIO_PORT), '--browser', browser, '--url', url]);
  } finally {
    await embedded?.stop();
  }
});
