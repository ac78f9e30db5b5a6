/**
 * `Stoltenberg said that on Thursday he had "authorised …"`: the nearest clause before the quote
 * in its sentence. A passive one ("which was said to be about …") gives the quote to nobody.
 */
import { clauseEnd, fromClause, type Sieve } from '../site.ts';

export const verbBefore: Sieve = {
  name: 'verbBefore',
  link(site) {
    // (A participle counts with the speaker it was given: "X criticized the plan, saying the deal is “…”".)
    const clause = [...site.sentence.clauses]
      .reverse()
      .find((c) => (c.speaker || c.form === 'PASSIVE') && clauseEnd(c) <= site.quote.outerStart);
    if (clause?.form === 'PASSIVE') return { strong: false, blocked: true };
    return clause ? fromClause(clause) : undefined;
  },
};
