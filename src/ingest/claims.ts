/**
 * Claims: check-worthy sentences of the body — those stating a figure, a date or year, or a
 * named actor doing or saying something — excluding questions and fragments. The claimant
 * is the sentence's speaker (named, or an unnamed source's description), else the article.
 */
import type { AttributedSentence } from './attribution/index.ts';
import { lowerBound } from './text.ts';
import type { ClaimDraft, ClaimKind, QuoteDraft, TroopLevelDraft } from './types.ts';

const DATE_WORDS =
  /\b(1[89]\d{2}|20\d{2}|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last (week|month|year)|this (week|month|year)|next (week|month|year)|earlier this)\b/;
const NUMBER = /\b\d[\d,.]*\b|\b(two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|dozens?|half)\b/i;
const ASSERTIVE =
  /\b(is|are|was|were|has|have|had|will|would|said|says|told|confirmed|announced|launched|killed|attacked|invaded|withdrew|deployed|sent|reduced|increased|ordered|approved|signed|agreed|struck|left|returned|arrived|declared|expects?|expected|plans?|planned|led|resulted)\b/i;
const FORECAST =
  /\b(will|would|shall|expected|expects|plans?|planned|intends?|is set to|are set to|going to|could be|imminent|next (week|month|year)|in the (coming|next))\b/i;

function kindOf(text: string, figures: TroopLevelDraft[]): ClaimKind {
  if (figures.length > 0) return 'FIGURE';
  if (FORECAST.test(text)) return 'FORECAST';
  if (DATE_WORDS.test(text)) return 'EVENT';
  if (NUMBER.test(text)) return 'FIGURE';
  return 'STATEMENT';
}

export function extractClaims(sentences: AttributedSentence[], quotes: QuoteDraft[], figures: TroopLevelDraft[]): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const quotesByStart = byStart(quotes);
  const figuresByStart = byStart(figures);
  for (const { sentence, paragraphIndex, speakers, mentions } of sentences) {
    const text = sentence.text;
    if (/\?["”’]?$/.test(text) || text.split(/\s+/).length < 5) continue;
    // Quotes that start in the sentence or run into it; figures that start in it.
    const quoteIndexes = quotesByStart.overlapping(sentence.start, sentence.end);
    const troopLevelIndexes = figuresByStart.startingIn(sentence.start, sentence.end);
    const named = mentions.length > 0 || speakers.length > 0;
    const checkWorthy = troopLevelIndexes.length > 0 || DATE_WORDS.test(text) || NUMBER.test(text) || (named && ASSERTIVE.test(text));
    if (!checkWorthy) continue;
    // The claimant: whoever the sentence reports as saying it, else the speaker of its quote.
    const said = speakers[0];
    const quote = quoteIndexes.map((i) => quotes[i]).find((q) => q && (q.speakerKey || q.speakerOrganisationKey || q.speakerDescription));
    const source = said
      ? {
          speakerKey: 'personKey' in said ? said.personKey : undefined,
          speakerOrganisationKey: 'organisationKey' in said ? said.organisationKey : undefined,
          speakerDescription: 'description' in said ? said.description : undefined,
        }
      : quote && !quote.partial
        ? quote
        : undefined;
    claims.push({
      text,
      start: sentence.start,
      end: sentence.end,
      kind: kindOf(
        text,
        troopLevelIndexes.map((i) => figures[i] as TroopLevelDraft),
      ),
      ...(source?.speakerKey ? { claimantKey: source.speakerKey } : {}),
      ...(source?.speakerOrganisationKey ? { claimantOrganisationKey: source.speakerOrganisationKey } : {}),
      ...(source?.speakerDescription ? { claimantDescription: source.speakerDescription } : {}),
      paragraphIndex,
      quoteIndexes,
      troopLevelIndexes,
    });
  }
  return claims;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Items sorted by start, for finding those near a sentence by binary search: a long article
 * has thousands of sentences and quotes, and comparing every pair took seconds.
 */
function byStart(items: Span[]) {
  const order = items.map((_, i) => i).sort((a, b) => (items[a] as Span).start - (items[b] as Span).start);
  const starts = order.map((i) => (items[i] as Span).start);
  const longest = items.reduce((max, item) => Math.max(max, item.end - item.start), 0);
  /** Position in `order` of the first item starting at or after `offset`. */
  const firstFrom = (offset: number): number => lowerBound(starts, offset);
  const indexes = (from: number, to: number, keep: (item: Span) => boolean) =>
    order
      .slice(from, to)
      .filter((i) => keep(items[i] as Span))
      .sort((a, b) => a - b);
  return {
    startingIn: (start: number, end: number): number[] => indexes(firstFrom(start), firstFrom(end), () => true),
    overlapping: (start: number, end: number): number[] => indexes(firstFrom(start - longest), firstFrom(end), (item) => item.end > start),
  };
}
