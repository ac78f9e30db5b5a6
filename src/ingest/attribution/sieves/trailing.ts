/** `"…," X said` / `"…," said X` / `"…" X told reporters`: the clause right after the closing mark. */
import { clauseStart, fromClause, onlyBetween, type Sieve } from '../site.ts';

export const trailing: Sieve = {
  name: 'trailing',
  link(site) {
    const clause = site.sentence.clauses.find((c) => c.form !== 'PARTICIPLE' && onlyBetween(site, site.quote.outerEnd, clauseStart(c), /^[\s,;—–-]*$/));
    return clause ? fromClause(clause) : undefined;
  },
};
