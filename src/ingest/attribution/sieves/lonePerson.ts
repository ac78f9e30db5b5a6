/**
 * 'Colonel Märt Kõrvits, commander of the brigade, was less diplomatic. "Numbers matter."': no
 * speech verb, but the paragraph names one person and no other (or, naming nobody, one organisation).
 */
import type { Sieve } from '../site.ts';

export const lonePerson: Sieve = {
  name: 'lonePerson',
  link(site) {
    // A fragment belongs to its sentence's subject (the subject sieve), not to whoever is named.
    if (site.partial || site.sentences.some((s) => s.clauses.some((c) => c.speaker))) return undefined;
    const people = new Set(site.mentioned.filter((m) => m.kind === 'PERSON').map((m) => m.key));
    const organisations = new Set(site.mentioned.filter((m) => m.kind === 'ORGANISATION').map((m) => m.key));
    const [person] = people;
    const [organisation] = organisations;
    if (people.size === 1 && person) return { speaker: { personKey: person }, strong: true };
    if (people.size === 0 && organisations.size === 1 && organisation) return { speaker: { organisationKey: organisation }, strong: true };
    return undefined;
  },
};
