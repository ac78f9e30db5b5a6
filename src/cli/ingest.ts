/**
 * `npm run ingest -- <files or folders…>`: ingests article text files through the same
 * pipeline as the seed and the GraphQL mutation. A file that cannot be read as an article
 * (unreadable, empty, binary, over 1 MB) is reported and nothing is written for it.
 */
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { ingestText } from '../db/ingestText.ts';
import { IngestInputError } from '../ingest/index.ts';
import { logger } from '../logger.ts';
import { ArticleFileError, listArticleFiles, readArticleFile } from './articleFiles.ts';
import { runCli, wantsHelp } from './run.ts';

const USAGE = `
Usage: npm run ingest -- <file or folder>...

Ingests article text files (a folder: its *.txt files). Each article is stored once, with
its quotes, claims and troop-level figures; ingesting the same text again changes nothing.
Files that are unreadable, empty, binary or over 1 MB are refused (exit code 1).`;

interface Summary {
  added: number;
  present: number;
  failed: number;
  quotes: number;
  claims: number;
  troopLevels: number;
}

await runCli(async () => {
  const inputs = process.argv.slice(2).filter((arg) => arg !== '--');
  if (wantsHelp(USAGE) || inputs.length === 0) {
    if (inputs.length === 0 && !process.argv.includes('--help') && !process.argv.includes('-h')) {
      console.log(USAGE.trim());
      process.exitCode = 1;
    }
    return;
  }
  const config = loadConfig();
  const files = await listArticleFiles(inputs);
  const db = await openDatabase(config, logger);
  const summary: Summary = { added: 0, present: 0, failed: 0, quotes: 0, claims: 0, troopLevels: 0 };
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: 'Ingesting [{bar}] {value}/{total} {file}', stream: process.stderr }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(files.length, 0, { file: '' });
  try {
    for (const file of files) {
      bar?.update({ file });
      try {
        const result = await ingestText(db.prisma, await readArticleFile(file), { defaultTimeZone: config.DEFAULT_TIME_ZONE });
        summary[result.created ? 'added' : 'present']++;
        if (result.created) {
          summary.quotes += result.quotes;
          summary.claims += result.claims;
          summary.troopLevels += result.troopLevels;
        }
        if (!bar) console.log(`${result.created ? 'added' : 'already present'}: ${file} → ${result.slug}`);
      } catch (error) {
        if (!(error instanceof ArticleFileError || error instanceof IngestInputError)) throw error;
        summary.failed++;
        bar?.stop();
        console.error(`refused: ${error.message}`);
        bar?.start(files.length, files.indexOf(file) + 1, { file });
      }
      bar?.increment();
    }
  } finally {
    bar?.stop();
    await db.close();
  }
  console.log(
    `${files.length} file(s): ${summary.added} new, ${summary.present} already present, ${summary.failed} failed; ` +
      `${summary.quotes} quotes, ${summary.claims} claims, ${summary.troopLevels} troop levels added.`,
  );
  if (summary.failed > 0) process.exitCode = 1;
});
