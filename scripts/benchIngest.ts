/**
 * `npm run bench:ingest`: parse + extract throughput (no database) over the golden fixtures
 * and the seed, after a warm-up. Prints articles per second.
 */
import { wantsHelp } from '../src/cli/run.ts';
import { ingestArticle } from '../src/ingest/index.ts';
import { loadFixtures } from './evalIngest.ts';

const USAGE = `
Usage: npm run bench:ingest

Parse + extract throughput without a database: the golden fixtures and the seed article,
ingested in a loop for 5 s after a 1 s warm-up. Prints articles per second.`;
if (wantsHelp(USAGE)) process.exit(0);

const texts = (await loadFixtures()).map((f) => f.text);
const run = (ms: number): { articles: number; seconds: number } => {
  const started = performance.now();
  let articles = 0;
  while (performance.now() - started < ms) {
    for (const text of texts) ingestArticle(text);
    articles += texts.length;
  }
  return { articles, seconds: (performance.now() - started) / 1000 };
};

run(1_000);
const { articles, seconds } = run(5_000);
const bytes = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
console.log(`${articles} articles in ${seconds.toFixed(2)} s: ${(articles / seconds).toFixed(0)} articles/s (mean ${bytes.toFixed(0)} characters each, ${texts.length} distinct texts)`);
