/**
 * Spans of extracted items. Every extracted row stores its own text and offsets, so a span
 * is built without loading the article's text; only the paragraph index needs a lookup.
 */
import type { GraphQLContext } from '../context.ts';
import { preloaded } from './preload.ts';

export interface SpanModel {
  start: number;
  end: number;
  text: string;
  paragraph: number | null;
}

export interface SpannedRow {
  start: number;
  end: number;
  text: string;
  paragraphId: string | null;
}

export async function spanOf(row: SpannedRow, { loaders }: GraphQLContext): Promise<SpanModel> {
  const paragraph = preloaded<{ index: number } | null>(row, 'paragraph') ?? (row.paragraphId ? await loaders.paragraph.load(row.paragraphId) : null);
  return { start: row.start, end: row.end, text: row.text, paragraph: paragraph?.index ?? null };
}
