/**
 * Sentence segmentation: ICU's sentence breaker (Intl.Segmenter), with the breaks it makes
 * after abbreviations ("Gen.", "U.S.", "Nov.", "Mr.") and inside quotations undone.
 */
import { TITLE_ABBREVIATIONS } from './lexicon/common.ts';
import type { Span } from './types.ts';

export interface Sentence extends Span {
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Words whose full stop ends no sentence. */
const ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS,
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'ltd',
  'co',
  'dept',
  'est',
  'approx',
  'fig',
  'pres',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'a.m',
  'p.m',
  'd.c',
  'al',
  'mt',
  'ft',
]);

/** The segment ends with an abbreviation or an initial, so the sentence goes on. */
function endsWithAbbreviation(segment: string): boolean {
  const match = /(?:^|[\s(“"'])((?:[A-Za-z]\.)+[A-Za-z]?|[A-Za-z]+)\.\s*$/.exec(segment);
  if (!match?.[1]) return false;
  const word = match[1].toLowerCase().replace(/\.$/, '');
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]?$/.test(word);
}

/** Inside an open double quotation: the quote's sentences belong to one sentence of ours. */
function insideQuote(text: string): boolean {
  const curlyOpen = (text.match(/“/g) ?? []).length - (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return curlyOpen > 0 || straight % 2 === 1;
}

/** Sentences of `text`, offsets relative to `base` (the paragraph's offset in the article). */
export function splitSentences(text: string, base = 0): Sentence[] {
  // A line break inside a (hard-wrapped) paragraph is not a sentence boundary; same length, so offsets hold.
  const pieces = [...segmenter.segment(text.replace(/\n/g, ' '))].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
  const merged: { start: number; end: number }[] = [];
  for (const piece of pieces) {
    const previous = merged.at(-1);
    const previousText = previous ? text.slice(previous.start, previous.end) : '';
    const nextStartsLower = /^\s*[a-z0-9]/.test(text.slice(piece.start, piece.end));
    if (
      previous &&
      (endsWithAbbreviation(previousText) || (insideQuote(previousText) && !/["”]\s*$/.test(previousText)) || nextStartsLower)
    ) {
      previous.end = piece.end;
    } else merged.push({ ...piece });
  }
  return merged
    .map(({ start, end }) => {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      return { start: base + start + lead, end: base + start + lead + trimmed.length, text: trimmed };
    })
    .filter((s) => s.text.length > 0);
}
