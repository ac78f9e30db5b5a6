/**
 * The one ingestion pipeline (CLI, seed and GraphQL mutation all use it):
 * raw text → ArticleDraft (pure) → rows (one transaction).
 */
import { ingestArticle } from '../ingest/index.ts';
import type { IngestOptions } from '../ingest/types.ts';
import type { PrismaClient } from './client.ts';
import { saveArticle, type SaveResult } from './store.ts';

export interface IngestResult extends SaveResult {
  headline: string;
  quotes: number;
  claims: number;
  troopLevels: number;
}

export async function ingestText(prisma: PrismaClient, text: string, options: IngestOptions = {}): Promise<IngestResult> {
  const draft = ingestArticle(text, options);
  const saved = await saveArticle(prisma, draft);
  return {
    ...saved,
    headline: draft.headline,
    quotes: draft.quotes.length,
    claims: draft.claims.length,
    troopLevels: draft.troopLevels.length,
  };
}
