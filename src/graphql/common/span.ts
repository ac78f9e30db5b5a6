/**
 * Spans of extracted items. Every extracted row stores its own text and offsets, so a span
 * is built without loading the article's text; only the paragraph index needs a lookup, and
 * only when a client asks for it (the look-ahead then loads it with the row).
 */
import type { Resolvers } from '../generated/resolvers.ts';

export interface SpanModel {
  start: number;
  end: number;
  text: string;
  paragraphId: string | null;
  /** The paragraph's index when already known; undefined means "look it up". */
  paragraphIndex?: number | null;
}

/** A row with a span: its paragraph preloaded (look-ahead) or its paragraph's id (a whole row). */
export interface SpannedRow {
  start: number;
  end: number;
  text: string;
  paragraphId?: string | null;
  paragraph?: { index: number } | null;
}

export function spanOf(row: SpannedRow): SpanModel {
  return {
    start: row.start,
    end: row.end,
    text: row.text,
    paragraphId: row.paragraphId ?? null,
    ...(row.paragraph !== undefined ? { paragraphIndex: row.paragraph?.index ?? null } : {}),
  };
}

export const spanResolvers: Resolvers = {
  Span: {
    paragraph: async (span, _args, { loaders }) => {
      if (span.paragraphIndex !== undefined) return span.paragraphIndex;
      if (!span.paragraphId) return null;
      const paragraph = (await loaders.row('Paragraph').load(span.paragraphId)) as { index: number } | null;
      return paragraph?.index ?? null;
    },
  },
};
