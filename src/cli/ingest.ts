/**
 * `npm run ingest -- <file | folder | URL>... [--feed <URL or file>]...`: ingests article text
 * files, saved HTML pages and web pages through the same pipeline as the seed and the GraphQL
 * mutations; a feed stands for the pages its items link to. Whatever cannot be read as an
 * article gets one line saying why, nothing is written for it, and the exit code is 1.
 */
import cliProgress from 'cli-progress';
import { fetchPolicyOf, loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/connect.ts';
import { ingestHtml, ingestText, type IngestResult } from '../db/ingestText.ts';
import type { PrismaClient } from '../db/client.ts';
import { decodeBody, FetchError, fetchFeed, fetchPage, type FetchPolicy } from '../fetch/index.ts';
import { readFeed } from '../ingest/feed.ts';
import { IngestInputError } from '../ingest/index.ts';
import { logger } from '../logger.ts';
import { ArticleFileError, isUrl, listSources, readArticleFile, readPageFile, sourceLabel, type Source } from './articleFiles.ts';
import { queueSource, type QueueSummary } from './queueSources.ts';
import { runCli, wantsHelp } from './run.ts';
import { promises as fs } from 'node:fs';

const USAGE = `
Usage: npm run ingest -- <file | folder | URL>... [--feed <URL or file>]... [--queue]

Ingests articles: text files (.txt), saved web pages (.html, .htm, .xhtml), folders of them (searched
recursively; other files are listed as skipped), web pages by http(s) URL, and every item of an
RSS or Atom feed (--feed, a URL or a saved file). A page's own metadata (schema.org, OpenGraph)
gives its headline, date, authors, outlet and canonical URL. Each article is stored once: the
same text or the same canonical URL again changes nothing. Anything refused (unreadable, empty,
binary, too large, not an article, a failed fetch) gets one line saying why (exit code 1).
Pages on this machine or a private network are fetched only when INGEST_ALLOW_HOSTS lists them.
--queue: queue each article for the ingest workers (npm run worker) instead, keyed by its URL or
its content; an input already queued or done is not queued again.`;

/** --queue: every source as a queued ingestion; unreadable files are refused as in a direct run. */
async function queueAll(db: Database, sources: Source[], config: Config, feedsFailed: number): Promise<void> {
  const summary: QueueSummary = { queued: 0, known: 0 };
  let failed = feedsFailed;
  try {
    for (const source of sources) {
      await queueSource(db.prisma, source, { timeZone: config.DEFAULT_TIME_ZONE, maxAttempts: config.INGEST_MAX_ATTEMPTS }, summary).catch(
        (error: unknown) => {
          if (!isInputError(error)) throw error;
          failed++;
          console.error(refusal(error));
        },
      );
    }
  } finally {
    await db.close();
  }
  console.log(`${sources.length} article(s): ${summary.queued} queued, ${summary.known} already queued or done, ${failed} refused.`);
  if (failed > 0) process.exitCode = 1;
}

interface Summary {
  added: number;
  present: number;
  failed: number;
  feedsFailed: number;
  quotes: number;
  claims: number;
  troopLevels: number;
}

/** Errors that are about one input, not the run: reported, counted, and the run goes on. */
const isInputError = (error: unknown): error is Error =>
  error instanceof ArticleFileError || error instanceof IngestInputError || error instanceof FetchError;

function parseArgs(argv: string[]): { inputs: string[]; feeds: string[]; queue: boolean } {
  const inputs: string[] = [];
  const feeds: string[] = [];
  let queue = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') continue;
    if (arg === '--queue') queue = true;
    else if (arg === '--feed') feeds.push(argv[++i] ?? '');
    else if (arg.startsWith('--feed=')) feeds.push(arg.slice('--feed='.length));
    else inputs.push(arg);
  }
  return { inputs, feeds, queue };
}

/** The page links a feed lists. */
async function feedLinks(feed: string, policy: FetchPolicy): Promise<string[]> {
  if (!feed) throw new ArticleFileError('--feed needs a URL or a file.');
  const { text, base } = isUrl(feed)
    ? await fetchFeed(feed, policy).then((fetched) => ({ text: fetched.text, base: fetched.url }))
    : { text: await readFeedFile(feed), base: undefined };
  try {
    return readFeed(text, base).links;
  } catch (error) {
    throw error instanceof IngestInputError ? new IngestInputError(`${feed}: ${error.message}`) : error;
  }
}

async function readFeedFile(feed: string): Promise<string> {
  const bytes = await fs.readFile(feed).catch((error: NodeJS.ErrnoException) => {
    throw new ArticleFileError(`${feed}: cannot read (${error.code ?? error.message}).`);
  });
  return decodeBody(bytes, undefined, 'xml').text;
}

/** One line per refused input; a fetch refused for its address says "refused" once, not twice. */
const refusal = (error: Error): string => `refused: ${error.message.replace(/: refused: /, ': ')}`;

async function ingestSource(prisma: PrismaClient, source: Source, policy: FetchPolicy, defaultTimeZone: string): Promise<IngestResult> {
  const withLabel = <T>(work: Promise<T>) =>
    work.catch((error: unknown) => {
      // Fetch errors already start with their URL; the others are about the input named here.
      throw error instanceof IngestInputError ? new IngestInputError(`${sourceLabel(source)}: ${error.message}`) : error;
    });
  if (source.kind === 'text') return withLabel(readArticleFile(source.file).then((text) => ingestText(prisma, text, { defaultTimeZone })));
  if (source.kind === 'html') return withLabel(readPageFile(source.file).then((html) => ingestHtml(prisma, html, { defaultTimeZone })));
  const page = await fetchPage(source.url, policy);
  return withLabel(ingestHtml(prisma, page.text, { url: page.url, defaultTimeZone }));
}

await runCli(async () => {
  const { inputs, feeds, queue } = parseArgs(process.argv.slice(2));
  if (wantsHelp(USAGE) || inputs.length + feeds.length === 0) {
    if (inputs.length + feeds.length === 0 && !process.argv.includes('--help') && !process.argv.includes('-h')) {
      console.log(USAGE.trim());
      process.exitCode = 1;
    }
    return;
  }
  const config = loadConfig();
  const policy = fetchPolicyOf(config);
  const { sources, skipped } = await listSources(inputs);
  const summary: Summary = { added: 0, present: 0, failed: 0, feedsFailed: 0, quotes: 0, claims: 0, troopLevels: 0 };
  for (const file of skipped) console.log(`skipped: ${file} (not .txt, .html, .htm or .xhtml)`);
  for (const feed of feeds) {
    try {
      const links = await feedLinks(feed, policy);
      console.log(`feed: ${feed} lists ${links.length} page(s)`);
      sources.push(...links.map((url) => ({ kind: 'url' as const, url })));
    } catch (error) {
      if (!isInputError(error)) throw error;
      summary.feedsFailed++;
      console.error(refusal(error));
    }
  }
  const db = await openDatabase(config, logger);
  if (queue) return queueAll(db, sources, config, summary.feedsFailed);
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: 'Ingesting [{bar}] {value}/{total} {file}', stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(sources.length, 0, { file: '' });
  try {
    for (const [index, source] of sources.entries()) {
      bar?.update({ file: sourceLabel(source) });
      try {
        const result = await ingestSource(db.prisma, source, policy, config.DEFAULT_TIME_ZONE);
        summary[result.created ? 'added' : 'present']++;
        if (result.created) {
          summary.quotes += result.quotes;
          summary.claims += result.claims;
          summary.troopLevels += result.troopLevels;
        }
        if (!bar) console.log(`${result.created ? 'added' : 'already present'}: ${sourceLabel(source)} → ${result.slug}`);
      } catch (error) {
        if (!isInputError(error)) throw error;
        summary.failed++;
        bar?.stop();
        console.error(refusal(error));
        bar?.start(sources.length, index + 1, { file: sourceLabel(source) });
      }
      bar?.increment();
    }
  } finally {
    bar?.stop();
    await db.close();
  }
  console.log(
    `${sources.length} article(s): ${summary.added} new, ${summary.present} already present, ${summary.failed} failed; ` +
      `${summary.quotes} quotes, ${summary.claims} claims, ${summary.troopLevels} troop levels added` +
      `${summary.feedsFailed ? `; ${summary.feedsFailed} feed(s) refused` : ''}${skipped.length ? `; ${skipped.length} file(s) skipped` : ''}.`,
  );
  if (summary.failed + summary.feedsFailed > 0) process.exitCode = 1;
});
