/**
 * Credits under a story that name its authors: "(Reporting by Jane Doe and John Roe; Editing by
 * …)" and an author's note ("Jane Doe is Political Editor of …"), or the name alone above it.
 */
import { personName, type Byline } from './bylines.ts';
import { words } from './bylineWords.ts';
import { JOURNALIST_ROLES } from './lexicon/media.ts';

/** "(Reporting by Jane Doe and John Roe in Paris; Editing by …)": who reported and wrote, not who edited or added to it. */
export function reportersOf(credit: string): string[] {
  const names: string[] = [];
  for (const part of credit.replace(/^[—–-]\s*|^\(|\)\.?$/g, '').split(/\s*;\s*/)) {
    const listed = /^(?:reporting|writing|reported|written)\s+by\s+(.+)$/i.exec(part)?.[1];
    if (!listed) continue;
    const people = listed.replace(/\s+in\s+\p{Lu}[\p{L} .'’-]*$/u, '').split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
    for (const person of people) {
      // "CBS News' Jane Doe": the outlet's possessive before the name.
      const name = personName(person, 2, 5) ?? personName(person.replace(/^.+?['’]s?\s+(?=\p{Lu})/u, ''), 2, 5);
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

/** "Jane Doe is Political Editor of The Daily Courier": an author's note under the story. */
const BIO = new RegExp(
  `^(\\p{Lu}[\\p{L}\\p{M}.'’ -]{2,60}?)\\s+is\\s+(?:a|an|the|our)?\\s*[^.]{0,60}?\\b(?:${words(JOURNALIST_ROLES)})s?\\b`,
  'iu',
);

/**
 * The author's note that closes some stories: "Jane Doe is Political Editor of …", or the name
 * alone on the line above such a note. `next` is the following line.
 */
export function authorBio(text: string, next?: string): Byline | undefined {
  if (text.length > 200) return undefined;
  const bio = BIO.exec(text);
  const name = bio?.[1] ? personName(bio[1], 2, 5) : next && BIO.exec(next)?.[1] === text.trim() ? personName(text, 2, 5) : undefined;
  return name ? { names: [name] } : undefined;
}
