/**
 * Quotes: words in double quotation marks (straight or curly; curly single marks for British
 * style), in body paragraphs only — headlines, captions and related links quote other
 * articles. Each quote gets its speaker from the attribution nearest to it in its sentence,
 * or continues the previous quote when it opens a paragraph with no attribution, or — for a
 * fragment with no speech verb — belongs to the person the sentence is about.
 */
import { attributionsIn, maskQuotes, type Attribution, type Narrative } from './attribution.ts';
import type { PersonMention } from './people.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { lowerBound } from './text.ts';
import type { ParagraphDraft, QuoteDraft } from './types.ts';

interface RawQuote {
  /** Offsets of the words inside the marks, in the article. */
  start: number;
  end: number;
  /** The paragraph ends inside this quote (it continues in the next paragraph). */
  open: boolean;
}

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
];

/** Quotations in a paragraph, with offsets in the article. */
export function findQuotes(paragraph: ParagraphDraft): RawQuote[] {
  const text = paragraph.text;
  const found: RawQuote[] = [];
  const add = (from: number, to: number, open: boolean) => {
    const inner = text.slice(from, to);
    const lead = inner.length - inner.trimStart().length;
    const trimmed = inner.trim();
    if (trimmed.length > 0) found.push({ start: paragraph.start + from + lead, end: paragraph.start + from + lead + trimmed.length, open });
  };
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (openAt === -1) openAt = i + 1;
    else {
      add(openAt, i, false);
      openAt = -1;
    }
  }
  if (openAt !== -1) add(openAt, text.length, true);
  for (const [open, close] of PAIRS) {
    for (let from = text.indexOf(open); from !== -1; from = text.indexOf(open, from + 1)) {
      // ’ is also an apostrophe: a single-quoted quote must close before a space or punctuation.
      const closeRe = open === '‘' ? /’(?=[\s,.;:!?)]|$)/g : new RegExp(close, 'g');
      closeRe.lastIndex = from + 1;
      const closing = closeRe.exec(text);
      const to = closing ? closing.index : text.length;
      const words = text.slice(from + 1, to).trim().split(/\s+/).length;
      if (open === '‘' && words < 3) continue;
      add(from + 1, to, !closing);
      from = to;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A fragment of the article's own sentence, rather than a statement quoted whole. */
function isPartial(sentence: Sentence, quote: RawQuote, words: string): boolean {
  const before = maskQuotes(sentence.text.slice(0, Math.max(0, quote.start - sentence.start - 1))).trim();
  if (before === '' || /[:,]$/.test(before) || /^(he|she|they|[A-Z][\w.]*(\s+[A-Z][\w.]*)*)\s+\w+:?$/.test(before)) return false;
  return !(/^[A-Z0-9]/.test(words) && /[.,!?]$/.test(words));
}

export interface QuoteContext {
  text: string;
  paragraphs: ParagraphDraft[];
  /** Person mentions across the article, offsets in the article. */
  mentions: PersonMention[];
  narrative: Narrative;
}

export interface SentenceAttribution {
  sentence: Sentence;
  paragraphIndex: number;
  attributions: Attribution[];
  mentions: PersonMention[];
}

/**
 * Reads the body in order, sentence by sentence, keeping the narrative (who spoke, who was
 * mentioned) current; returns the quotes and every sentence's attributions (for claims).
 */
export function readBody(context: QuoteContext): { quotes: QuoteDraft[]; sentences: SentenceAttribution[] } {
  const quotes: QuoteDraft[] = [];
  const sentences: SentenceAttribution[] = [];
  let previousHadQuote = false;
  let previousEndedWithColon: Attribution | undefined;
  const mentionsIn = mentionsBetween(context.mentions);
  for (const paragraph of context.paragraphs.filter((p) => p.kind === 'BODY')) {
    const raw = findQuotes(paragraph);
    let paragraphSpeaker: Attribution | undefined;
    for (const sentence of splitSentences(paragraph.text, paragraph.start)) {
      const mentions = mentionsIn(sentence.start, sentence.end)
        .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
      const inSentence = raw.filter((q) => q.start >= sentence.start && q.start < sentence.end);
      const attributions = attributionsIn(sentence.text, mentions, context.narrative, inSentence[0] ? inSentence[0].start - sentence.start : 0);
      sentences.push({ sentence, paragraphIndex: paragraph.index, attributions, mentions });
      for (const quote of inSentence) {
        const words = context.text.slice(quote.start, quote.end);
        const partial = isPartial(sentence, quote, words);
        const attribution = attributions[0] ?? (sentence.start === paragraph.start ? previousEndedWithColon : undefined);
        const draft: QuoteDraft = { text: words, start: quote.start, end: quote.end, partial, paragraphIndex: paragraph.index };
        if (attribution) {
          Object.assign(draft, speakerOf(attribution), { attributionVerb: attribution.verb });
        } else if (!partial && paragraphSpeaker) {
          // "'We will go,' Esper said. 'It is decided.'": the paragraph's speaker goes on.
          Object.assign(draft, speakerOf(paragraphSpeaker));
        } else if (quote.start - paragraph.start <= 1 && previousHadQuote && quotes.length > 0) {
          const last = quotes.at(-1) as QuoteDraft;
          Object.assign(draft, speakerOf(last));
        } else if (partial) {
          const subject = mentions.find((m) => m.start < quote.start - sentence.start);
          if (subject) draft.speakerKey = subject.key;
        }
        quotes.push(draft);
      }
      // Explicit speech makes a speaker; names alone only make mentions.
      for (const attribution of [...attributions].reverse()) context.narrative.spoke(attribution);
      for (const mention of mentions) if (!attributions.some((a) => a.speakerKey === mention.key)) context.narrative.mention(mention.key);
      if (attributions[0]) paragraphSpeaker = attributions[0];
    }
    const tail = sentences.at(-1);
    previousEndedWithColon = paragraph.text.trimEnd().endsWith(':') && tail?.attributions[0] ? tail.attributions[0] : undefined;
    previousHadQuote = raw.length > 0;
  }
  return { quotes, sentences };
}

const speakerOf = (source: { speakerKey?: string; speakerDescription?: string }) => ({
  ...(source.speakerKey ? { speakerKey: source.speakerKey } : {}),
  ...(source.speakerDescription ? { speakerDescription: source.speakerDescription } : {}),
});

/**
 * Mentions lying within [start, end), found by binary search over mentions sorted by start:
 * filtering every mention for every sentence was quadratic in a long article.
 */
function mentionsBetween(mentions: PersonMention[]): (start: number, end: number) => PersonMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const starts = sorted.map((m) => m.start);
  return (start, end) => sorted.slice(lowerBound(starts, start), lowerBound(starts, end)).filter((m) => m.end <= end);
}
