/** `X was quoted as saying "…"` / `AFP quoted X as saying`: the person quoted, not the agency. */
import { fromClause, type Sieve } from '../site.ts';

export const quotedAs: Sieve = {
  name: 'quotedAs',
  link(site) {
    const clause = site.sentence.clauses.find((c) => c.form === 'QUOTED_AS');
    return clause ? fromClause(clause) : undefined;
  },
};
