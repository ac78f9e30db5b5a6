/**
 * The seed: every article in seed/articles/ through the ingestion pipeline. Idempotent
 * (articles are identified by their text). `npm run seed`, or Prisma's `migrations.seed`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { listArticleFiles, readArticleFile } from '../src/cli/articleFiles.ts';
import { runCli, wantsHelp } from '../src/cli/run.ts';
import { loadConfig } from '../src/config.ts';
import type { PrismaClient } from '../src/db/client.ts';
import { openDatabase } from '../src/db/connect.ts';
import { ingestText, type IngestResult } from '../src/db/ingestText.ts';
import { logger } from '../src/logger.ts';

const seedDir = path.join(import.meta.dirname, 'articles');

export async function seedArticles(
  prisma: PrismaClient,
  options: { dir?: string; defaultTimeZone?: string } = {},
): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for (const file of await listArticleFiles([options.dir ?? seedDir])) {
    const text = await readArticleFile(file);
    results.push(await ingestText(prisma, text, options.defaultTimeZone ? { defaultTimeZone: options.defaultTimeZone } : {}));
  }
  return results;
}

async function main(): Promise<void> {
  if (wantsHelp('Usage: npm run seed\n\nLoads every seed/articles/*.txt into the database (idempotent).')) return;
  const config = loadConfig();
  const db = await openDatabase(config, logger);
  try {
    const results = await seedArticles(db.prisma, { defaultTimeZone: config.DEFAULT_TIME_ZONE });
    for (const r of results) console.log(`${r.created ? 'added' : 'already present'}: ${r.headline} (${r.slug})`);
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runCli(main);
