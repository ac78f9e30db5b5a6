/**
 * Spans of extracted items. Every extracted row stores its own text and offsets, so a span
 * is built without loading the article's text; only the paragraph index needs a lookup, and
 * only when a client asks for it (or the row was loaded with it, see preload.ts).
 */
import type { Resolvers } from '../generated/resolvers.ts';
import { preloaded } from './preload.ts';

export interface SpanModel {
  start: number;
  end: number;
  text: string;
  paragraphId: string | null;
  /** The paragraph's index when already known; undefined means "look it up". */
  paragraphIndex?: number | null;
}

export interface SpannedRow {
  start: number;
  end: number;
  text: string;
  paragraphId: string | null;
}

export function spanOf(row: SpannedRow): SpanModel {
  const paragraph = preloaded<{ index: number } | null>(row, 'paragraph');
  return {
    start: row.start,
    end: row.end,
    text: row.text,
    paragraphId: row.paragraphId,
    ...(paragraph !== undefined ? { paragraphIndex: paragraph?.index ?? null } : {}),
  };
}

export const spanResolvers: Resolvers = {
  Span: {
    paragraph: async (span, _args, { loaders }) => {
      if (span.paragraphIndex !== undefined) return span.paragraphIndex;
      return span.paragraphId ? ((await loaders.paragraph.load(span.paragraphId))?.index ?? null) : null;
    },
  },
};
