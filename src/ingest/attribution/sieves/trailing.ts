/** `"…," X said` / `"…," said X` / `"…" X told reporters`: the clause right after the closing mark. */
import { clauseStart, fromClause, onlyBetween, type Sieve } from '../site.ts';

export const trailing: Sieve = {
  name: 'trailing',
  link(site) {
    // (Capitalized title words may stand before the subject the clause kept: '"…," Army Major Rob Lodewick said'.)
    const clause = site.sentence.clauses.find(
      (c) => c.form !== 'PARTICIPLE' && onlyBetween(site, site.quote.outerEnd, clauseStart(c), /^[\s,;—–-]*(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u),
    );
    return clause ? fromClause(clause) : undefined;
  },
};
