/**
 * `npm run bench:ingest`: parse + extract throughput (no database) over the golden fixtures,
 * after the gazetteer and tagger are loaded and every text has been read a few times (so the
 * JIT has settled). Three rounds of 5 s; prints each round and their median in articles/s.
 */
import { wantsHelp } from '../src/cli/run.ts';
import { preloadGazetteer } from '../src/ingest/gazetteer.ts';
import { ingestArticle } from '../src/ingest/index.ts';
import { loadFixtures } from './evalIngest.ts';

const USAGE = `
Usage: npm run bench:ingest

Parse + extract throughput without a database: the golden fixtures, ingested in a loop after
the gazetteer is loaded and a warm-up, in three rounds of 5 s. Prints articles per second.`;
if (wantsHelp(USAGE)) process.exit(0);

const texts = (await loadFixtures()).map((f) => f.text);
const run = (ms: number): number => {
  const started = performance.now();
  let articles = 0;
  while (performance.now() - started < ms) {
    for (const text of texts) ingestArticle(text);
    articles += texts.length;
  }
  return articles / ((performance.now() - started) / 1000);
};

preloadGazetteer();
for (let i = 0; i < 5; i++) for (const text of texts) ingestArticle(text);
run(5_000);
const rounds = [run(5_000), run(5_000), run(5_000)];
const median = [...rounds].sort((a, b) => a - b)[1] as number;
const chars = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
console.log(`rounds: ${rounds.map((r) => r.toFixed(0)).join(', ')} articles/s`);
console.log(`median ${median.toFixed(0)} articles/s (${texts.length} distinct texts, mean ${chars.toFixed(0)} characters each)`);
