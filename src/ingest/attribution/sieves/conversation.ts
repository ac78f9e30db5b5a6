/**
 * A paragraph that is a quotation and nothing else, after a paragraph whose quotation had a
 * speaker: the same speaker goes on ('"This force embodies …"' after Jones's quote).
 */
import type { Sieve } from '../site.ts';

export const conversation: Sieve = {
  name: 'conversation',
  link(site) {
    const last = site.linked.at(-1);
    const opens = site.quote.outerStart === site.paragraph.start;
    const quotedBefore = site.previous && last?.paragraph === site.previous.paragraph;
    if (!opens || !quotedBefore || !last.speaker) return undefined;
    if (site.sentences.some((s) => s.clauses.some((c) => c.speaker))) return undefined;
    return { speaker: last.speaker, strong: true };
  },
};
