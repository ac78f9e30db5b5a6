/**
 * `…, adding "we hope you feel at home"` / `saying "…"`: a participle right before the opening
 * mark speaks for the sentence's last speaker, or for its subject.
 */
import { fromClause, onlyBetween, type Sieve } from '../site.ts';

export const participle: Sieve = {
  name: 'participle',
  link(site) {
    const clauses = site.sentence.clauses;
    const at = clauses.findIndex(
      (c) => c.form === 'PARTICIPLE' && onlyBetween(site, c.cueEnd, site.quote.outerStart, /^[\s,:]*(?:that\s+)?[\s,:]*$/),
    );
    if (at === -1) return undefined;
    const cue = clauses[at];
    if (cue?.subject && cue.speaker) return fromClause(cue);
    const speaking = clauses
      .slice(0, at)
      .reverse()
      .find((c) => c.speaker && c.form !== 'PARTICIPLE');
    if (speaking) return fromClause(speaking, { verb: cue?.verb ?? speaking.verb });
    return site.subject ? { speaker: site.subject, verb: cue?.verb ?? 'saying', strong: true } : undefined;
  },
};
