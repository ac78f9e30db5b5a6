/**
 * `X said: "…"` / `Mr Johnson told reporters: "…"`: a clause ending in a colon right before the
 * opening mark — in the same sentence, or closing the paragraph before the one the quote opens
 * (there, a sentence about someone ending in a colon will do: "X put it plainly:").
 */
import { SPEECH_TAIL } from '../../lexicon/speech.ts';
import { clauseEnd, fromClause, type ReadClause, type Sieve } from '../site.ts';

const introduces = (text: string, c: ReadClause, markAt: number): boolean => {
  const between = text.slice(clauseEnd(c), markAt);
  return /:\s*$/.test(between) && SPEECH_TAIL.test(between.replace(/:\s*$/, ''));
};

export const colon: Sieve = {
  name: 'colon',
  link(site) {
    const here = [...site.sentence.clauses]
      .reverse()
      .find((c) => c.form !== 'PARTICIPLE' && clauseEnd(c) <= site.quote.outerStart && introduces(site.text, c, site.quote.outerStart));
    if (here) return fromClause(here);
    const opensParagraph = site.quote.outerStart === site.paragraph.start;
    const last = site.previous?.sentences.at(-1);
    if (!opensParagraph || !last) return undefined;
    const before = [...last.clauses].reverse().find((c) => introduces(site.text, c, last.end));
    if (before) return fromClause(before);
    // "Colonel X put it plainly:" — no speech verb, but the sentence is about X and ends in a colon.
    const endsInColon = /:\s*$/.test(site.text.slice(last.start, last.end));
    return endsInColon && last.clauses.length === 0 && site.previous?.subject
      ? { speaker: site.previous.subject, strong: true }
      : undefined;
  },
};
