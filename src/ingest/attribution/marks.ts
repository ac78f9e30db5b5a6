/**
 * Quotations in a paragraph by their marks. Double marks of either style pair with each other
 * (pages mix “ with "): an opening mark stands before a word, a closing one after it. Curly
 * single marks quote in British headlines and standfirsts; ’ is also an apostrophe, so a
 * single-quoted quote must close before a space or punctuation; straight single marks quote only
 * from before a capital to after punctuation ('We stay,' he said). A quotation still open at the
 * paragraph's end continues in the next paragraph (the convention for long quotes).
 */
import type { ParagraphDraft } from '../types.ts';

export interface QuoteMarks {
  /** Offsets of the quoted words in the article, marks excluded. */
  start: number;
  end: number;
  /** Offsets of the marks themselves (end = after the closing mark, or the paragraph's end). */
  outerStart: number;
  outerEnd: number;
  /** The paragraph ends inside this quotation. */
  open: boolean;
  /** Quoted with single marks. */
  single: boolean;
}

const DOUBLE = new Set(['"', '“', '”', '„', '«', '»']);
const opensAt = (text: string, i: number): boolean => {
  const c = text[i] as string;
  if (c === '“' || c === '„' || c === '«') return true;
  // "which is ”a sign of …”": a closing mark typed where an opening one belongs, before a word.
  if (c === '”') return /[\s(]/.test(text[i - 1] ?? ' ') && /\p{L}/u.test(text[i + 1] ?? '');
  if (c === '»') return false;
  const before = text[i - 1];
  return before === undefined || /[\s([{—–-]/.test(before);
};

function trimmed(
  paragraph: ParagraphDraft,
  from: number,
  to: number,
  outerStart: number,
  outerEnd: number,
  open: boolean,
  single: boolean,
): QuoteMarks | undefined {
  const inner = paragraph.text.slice(from, to);
  const lead = inner.length - inner.trimStart().length;
  const words = inner.trim();
  if (words.length === 0) return undefined;
  const start = paragraph.start + from + lead;
  return { start, end: start + words.length, outerStart: paragraph.start + outerStart, outerEnd: paragraph.start + outerEnd, open, single };
}

/** A mark that can only close: after a word or punctuation, before a space, punctuation or the end. */
const closesOnly = (text: string, i: number): boolean =>
  /[\p{L}\p{N}.,!?…]/u.test(text[i - 1] ?? ' ') && /^(?:\s|[.,;:!?)]|$)/.test(text[i + 1] ?? '');

/**
 * Double-marked quotations, pairing any opening mark with the next closing one. `continuing`:
 * the paragraph before ended inside a quotation, so a first mark that can only close ends one
 * that started at this paragraph's start (a long quote whose paragraphs do not reopen it).
 */
function doubleQuoted(paragraph: ParagraphDraft, continuing: boolean): QuoteMarks[] {
  // Doubled single marks as pages print them (‘’a force‘’, ''a force''): read as one double mark,
  // the first of an opening pair and the second of a closing pair (offsets kept).
  const text = paragraph.text.replace(/(^|[\s(])[‘’']{2}(?=\S)/g, '$1 "').replace(/(?<=\S)[‘’']{2}/g, '" ');
  const found: QuoteMarks[] = [];
  let openAt = -1;
  let first = true;
  for (let i = 0; i < text.length; i++) {
    if (!DOUBLE.has(text[i] as string)) continue;
    if (first && continuing && !opensAt(text, i) && closesOnly(text, i)) {
      first = false;
      const q = trimmed(paragraph, 0, i, 0, i + 1, false, false);
      if (q) found.push(q);
      continue;
    }
    first = false;
    if (openAt === -1) {
      if (opensAt(text, i) || text[i] === '"') openAt = i;
    } else if (!opensAt(text, i) || text[i] === '"' || (text[i] === '”' && !/\s/.test(text[i - 1] ?? '')) || text[i] === '»') {
      const q = trimmed(paragraph, openAt + 1, i, openAt, i + 1, false, false);
      if (q) found.push(q);
      openAt = -1;
    }
  }
  if (openAt !== -1) {
    const q = trimmed(paragraph, openAt + 1, text.length, openAt, text.length, true, false);
    if (q) found.push(q);
  }
  return found;
}

const SINGLE_CLOSE = /’(?=[\s,.;:!?)”"]|$)/g;
/** Straight single marks ('We stay,' said X): opening before a capital, closing after punctuation. */
const STRAIGHT_OPEN = /(?<=^|[\s(])'(?=\p{Lu})/gu;
const STRAIGHT_CLOSE = /(?<=[,.!?])'(?=\s|$)/g;

/** ‘Single-quoted’ quotations of three words or more, outside double-quoted ones. */
function singleQuoted(paragraph: ParagraphDraft, doubles: QuoteMarks[]): QuoteMarks[] {
  const text = paragraph.text;
  const found: QuoteMarks[] = [];
  const inside = (i: number) => doubles.some((d) => paragraph.start + i >= d.outerStart && paragraph.start + i < d.outerEnd);
  for (let from = text.indexOf('‘'); from !== -1; from = text.indexOf('‘', from + 1)) {
    // (A doubled mark, ‘’ or ’‘, is a double one: doubleQuoted's.)
    if (inside(from) || /[‘’']/.test(text[from + 1] ?? '') || /[‘’']/.test(text[from - 1] ?? '')) continue;
    SINGLE_CLOSE.lastIndex = from + 1;
    const closing = SINGLE_CLOSE.exec(text);
    const to = closing ? closing.index : text.length;
    if (
      text
        .slice(from + 1, to)
        .trim()
        .split(/\s+/).length < 3
    )
      continue;
    // "Operation ‘Barkhane' completed …": a name closed by a straight mark, not a quotation.
    if (/^\S+(?:\s\S+){0,2}'\s/.test(text.slice(from + 1, to))) continue;
    const q = trimmed(paragraph, from + 1, to, from, closing ? to + 1 : to, !closing, true);
    if (q) found.push(q);
    from = to;
  }
  return found;
}

/** 'Straight-single-quoted' statements (British and South Asian pages), outside double-quoted ones. */
function straightQuoted(paragraph: ParagraphDraft, doubles: QuoteMarks[]): QuoteMarks[] {
  const text = paragraph.text;
  if (!text.includes("'")) return [];
  const found: QuoteMarks[] = [];
  const inside = (i: number) => doubles.some((d) => paragraph.start + i >= d.outerStart && paragraph.start + i < d.outerEnd);
  let after = 0;
  for (const open of text.matchAll(STRAIGHT_OPEN)) {
    const from = open.index ?? 0;
    if (from < after || inside(from)) continue;
    STRAIGHT_CLOSE.lastIndex = from + 1;
    const closing = STRAIGHT_CLOSE.exec(text);
    if (
      !closing ||
      text
        .slice(from + 1, closing.index)
        .trim()
        .split(/\s+/).length < 3
    )
      continue;
    const q = trimmed(paragraph, from + 1, closing.index, from, closing.index + 1, false, true);
    if (q) found.push(q);
    after = closing.index + 1;
  }
  return found;
}

export function findQuoteMarks(paragraph: ParagraphDraft, continuing = false): QuoteMarks[] {
  const doubles = doubleQuoted(paragraph, continuing);
  return [...doubles, ...singleQuoted(paragraph, doubles), ...straightQuoted(paragraph, doubles)].sort((a, b) => a.start - b.start);
}
