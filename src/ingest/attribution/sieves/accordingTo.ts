/** `According to X, "…"` / `"…," according to the ministry`. */
import { fromClause, type Sieve } from '../site.ts';

export const accordingTo: Sieve = {
  name: 'accordingTo',
  link(site) {
    const clause = site.sentence.clauses.find((c) => c.form === 'ACCORDING');
    return clause ? fromClause(clause) : undefined;
  },
};
