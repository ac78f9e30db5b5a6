/**
 * Our fixtures are written in our own words: this finds any run of `n` consecutive words that
 * a fixture shares with an article of a corpus we may read but not copy.
 */
import { loose } from './score.ts';
import type { LabelledArticle } from './gold.ts';

const words = (text: string): string[] =>
  loose(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

export function sharedRuns(ours: LabelledArticle[], theirs: LabelledArticle[], n = 8): string[] {
  const seen = new Map<string, string>();
  for (const article of theirs) {
    const w = words(article.text);
    for (let i = 0; i + n <= w.length; i++) seen.set(w.slice(i, i + n).join(' '), article.name);
  }
  const found: string[] = [];
  for (const article of ours) {
    const w = words(article.text);
    for (let i = 0; i + n <= w.length; i++) {
      const run = w.slice(i, i + n).join(' ');
      const source = seen.get(run);
      if (source) found.push(`${article.name} shares "${run}" with ${source}`);
    }
  }
  return found;
}
