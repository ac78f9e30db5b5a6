/**
 * What a sieve sees of a quotation: its marks, its sentence and paragraph with their speech
 * clauses already resolved to speakers, and the quotations read before it.
 */
import type { Mention } from '../mentions/index.ts';
import type { Token } from '../mentions/tokens.ts';
import type { ParagraphDraft } from '../types.ts';
import type { SpeechClause } from './clauses.ts';
import type { QuoteMarks } from './marks.ts';
import type { Speaker } from './narrative.ts';

export interface ReadClause extends SpeechClause {
  speaker?: Speaker;
}

export interface ReadSentence {
  start: number;
  end: number;
  clauses: ReadClause[];
  /** The quotations that start in this sentence. */
  quotes: QuoteMarks[];
}

/** A quotation with the speaker a sieve gave it. */
export interface LinkedQuote {
  quote: QuoteMarks;
  speaker?: Speaker;
  verb?: string;
  sieve: string;
  paragraph: ParagraphDraft;
  /** Goes on with the previous quotation's words after an attribution ('"A," X said. "B"'). */
  continues: boolean;
}

export interface QuoteSite {
  text: string;
  quote: QuoteMarks;
  /** A fragment inside the article's own sentence, not a statement quoted whole. */
  partial: boolean;
  paragraph: ParagraphDraft;
  tokens: Token[];
  sentence: ReadSentence;
  /** Every sentence of the paragraph, in order. */
  sentences: ReadSentence[];
  /** The quotations already linked, in reading order (this paragraph's earlier ones included). */
  linked: LinkedQuote[];
  /** The paragraph read before this one, when it was prose. */
  previous?: { paragraph: ParagraphDraft; sentences: ReadSentence[]; endsOpen: boolean; subject?: Speaker };
  /** Who the sentence is about: its first person or organisation before the quotation. */
  subject?: Speaker;
  /** People and organisations the paragraph names outside quotations. */
  mentioned: Mention[];
}

export interface Link {
  speaker?: Speaker;
  verb?: string;
  /** Linked by a verb that introduces the speaker's own words (not "characterized", not a bare subject). */
  strong: boolean;
  continues?: boolean;
  /** Nobody said it: "which was said to be about …". Stops the sieves. */
  blocked?: boolean;
}

export interface Sieve {
  name: string;
  link(site: QuoteSite): Link | undefined;
}

/** The text between two offsets holds only these characters. */
export const onlyBetween = (site: QuoteSite, from: number, to: number, allowed: RegExp): boolean =>
  from <= to && allowed.test(site.text.slice(from, to));

/** The end of a clause: its cue or its subject, whichever is later. */
export const clauseEnd = (c: ReadClause): number => Math.max(c.cueEnd, c.subject?.end ?? 0);
export const clauseStart = (c: ReadClause): number => Math.min(c.cueStart, c.subject?.start ?? Infinity);

export const fromClause = (c: ReadClause, extra: Partial<Link> = {}): Link | undefined =>
  c.speaker ? { speaker: c.speaker, verb: c.verb, strong: c.strong, ...extra } : undefined;
