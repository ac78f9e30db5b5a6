/**
 * Gender from the pronouns that follow a person's mentions before anyone else is named, else
 * from the given name (gender-detection-from-name's lists): what "he said" / "she added" resolve
 * against when no title gave it. Pronouns come first: a name list says "Pat" is a woman's name.
 */
import { getGender } from 'gender-detection-from-name';
import type { Gender } from '../types.ts';
import type { Mention } from './index.ts';
import type { People } from './people.ts';

/** The given name's usual gender: the first of two or more words ("Lydia Marsh"), never a lone surname. */
function givenNameGender(name: string): Gender | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0] as string)) return undefined;
  const g = getGender(words[0] as string, 'en');
  return g === 'male' ? 'MALE' : g === 'female' ? 'FEMALE' : undefined;
}

export function inferGenders(people: People, text: string, mentions: Mention[]): void {
  const named = mentions.filter((m) => m.kind === 'PERSON');
  const votes = new Map<string, { male: number; female: number }>();
  named.forEach((mention, i) => {
    const next = named[i + 1]?.start ?? text.length;
    // Within the paragraph: the next paragraph's "she added" may be someone else's.
    const paragraphEnd = text.indexOf('\n', mention.end);
    const window = text.slice(mention.end, Math.min(next, mention.end + 200, paragraphEnd === -1 ? text.length : paragraphEnd));
    const vote = votes.get(mention.key) ?? { male: 0, female: 0 };
    vote.male += (window.match(/\b(he|his|him)\b/gi) ?? []).length;
    vote.female += (window.match(/\b(she|her|hers)\b/gi) ?? []).length;
    votes.set(mention.key, vote);
  });
  for (const [key, vote] of votes) {
    const person = people.get(key);
    if (!person || person.gender) continue;
    const g = vote.male === vote.female ? givenNameGender(person.name) : vote.male > vote.female ? 'MALE' : 'FEMALE';
    if (g) person.gender = g;
  }
}
