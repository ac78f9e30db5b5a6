/**
 * A speaker alone in the paragraph: '"A," Logan said. "B."' — B goes on with A's words; or a
 * quote sentence before the sentence that names its speaker.
 */
import { fromClause, type Sieve } from '../site.ts';

export const paragraphSpeaker: Sieve = {
  name: 'paragraphSpeaker',
  link(site) {
    const at = site.sentences.indexOf(site.sentence);
    const before = site.sentences
      .slice(0, at)
      .reverse()
      .find((s) => s.clauses.some((c) => c.speaker));
    const after = site.sentences.slice(at + 1).find((s) => s.clauses.some((c) => c.speaker));
    const chosen = before ?? after;
    const clause = chosen?.clauses.filter((c) => c.speaker).at(before ? -1 : 0);
    if (!chosen || !clause) return undefined;
    // Right after the sentence that attributed the previous quote, with nothing new: one utterance.
    const previousQuote = site.linked.at(-1);
    const continues =
      before !== undefined &&
      site.sentences[at - 1] === before &&
      previousQuote?.paragraph === site.paragraph &&
      before.quotes.includes(previousQuote.quote);
    return fromClause(clause, { continues });
  },
};
