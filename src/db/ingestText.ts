/**
 * The one ingestion pipeline (CLI, seed and GraphQL mutations all use it):
 * raw text or an HTML page → ArticleDraft (pure) → rows (one transaction).
 */
import { ingestArticle } from '../ingest/index.ts';
import { ingestPage, type PageOptions } from '../ingest/page/index.ts';
import type { ArticleDraft, IngestOptions } from '../ingest/types.ts';
import type { PrismaClient } from './client.ts';
import { saveArticle, type SaveResult } from './store.ts';

export interface IngestResult extends SaveResult {
  headline: string;
  quotes: number;
  claims: number;
  troopLevels: number;
}

async function save(prisma: PrismaClient, draft: ArticleDraft): Promise<IngestResult> {
  const saved = await saveArticle(prisma, draft);
  return {
    ...saved,
    headline: draft.headline,
    quotes: draft.quotes.length,
    claims: draft.claims.length,
    troopLevels: draft.troopLevels.length,
  };
}

/** A plain-text article: headline on the first line, then its paragraphs. */
export async function ingestText(prisma: PrismaClient, text: string, options: IngestOptions = {}): Promise<IngestResult> {
  return save(prisma, ingestArticle(text, options));
}

/** An HTML page: its main text and its metadata (`options.url`: where it was fetched or saved from). */
export async function ingestHtml(prisma: PrismaClient, html: string, options: PageOptions = {}): Promise<IngestResult> {
  return save(prisma, ingestPage(html, options));
}
