/** `… to "increase its presence", a NATO official added later`: the nearest clause after the quote in its sentence. */
import { clauseStart, fromClause, type Sieve } from '../site.ts';

export const verbAfter: Sieve = {
  name: 'verbAfter',
  link(site) {
    const clause = site.sentence.clauses.find((c) => c.form !== 'PARTICIPLE' && c.speaker && clauseStart(c) >= site.quote.outerEnd);
    return clause ? fromClause(clause) : undefined;
  },
};
