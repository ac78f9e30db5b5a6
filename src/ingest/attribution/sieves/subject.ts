/**
 * A fragment with no speech verb belongs to whom the sentence is about: 'Trump tries to make good
 * on his promise to end "endless wars"'. Weak: a short fragment linked only this way is a scare quote.
 */
import type { Sieve } from '../site.ts';

export const subject: Sieve = {
  name: 'subject',
  link(site) {
    return site.subject ? { speaker: site.subject, strong: false } : undefined;
  },
};
