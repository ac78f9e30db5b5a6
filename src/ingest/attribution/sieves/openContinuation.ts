/**
 * A long quote runs over paragraphs: the paragraph before ends inside the quotation (no
 * closing mark) and this one opens with a mark. Same speaker.
 */
import type { Sieve } from '../site.ts';

export const openContinuation: Sieve = {
  name: 'openContinuation',
  link(site) {
    const last = site.linked.at(-1);
    if (!site.previous?.endsOpen || site.quote.outerStart !== site.paragraph.start || !last?.speaker) return undefined;
    return { speaker: last.speaker, strong: true };
  },
};
