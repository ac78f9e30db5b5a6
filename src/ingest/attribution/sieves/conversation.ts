/**
 * A paragraph that is a quotation and nothing else, after a paragraph whose quotation had a
 * speaker: the same speaker goes on ('"This force embodies …"' after Jones's quote). Or after a
 * paragraph that ends reporting someone's words ("…, Md Sohel Rana said on Saturday." /
 * "Siphiwe Dlamini told News24 …"): the quotation is theirs.
 */
import type { Sieve } from '../site.ts';

export const conversation: Sieve = {
  name: 'conversation',
  link(site) {
    const opens = site.quote.outerStart === site.paragraph.start;
    if (!opens || !site.previous || site.sentences.some((s) => s.clauses.some((c) => c.speaker))) return undefined;
    const last = site.linked.at(-1);
    if (last?.paragraph === site.previous.paragraph && last.speaker) return { speaker: last.speaker, strong: true };
    // ("According to Landry, …" too, when it names a person: not "according to UN figures".)
    const reported = site.previous.sentences
      .at(-1)
      ?.clauses.filter((c) => c.speaker && c.strong && (c.form !== 'ACCORDING' || 'personKey' in c.speaker))
      .at(-1);
    return reported?.speaker ? { speaker: reported.speaker, verb: reported.verb, strong: true } : undefined;
  },
};
