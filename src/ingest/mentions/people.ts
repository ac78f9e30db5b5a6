/**
 * The people of one article: one entry per person however the text names them — full name,
 * surname, title + surname ("Mr Johnson", "Gen Bajwa") — with the roles and gender seen.
 */
import { HONORIFICS, NAME_PARTICLES, genderOfTitle } from '../lexicon/titles.ts';
import { fold } from '../text.ts';
import type { Gender, PersonDraft } from '../types.ts';

export const personKey = (name: string): string =>
  fold(name)
    .replace(/[^\p{L}' -]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** "Alain Le Roy" → "Le Roy"; "Mustafa al-Kadhimi" → "al-Kadhimi"; "Hans G. Klemm" → "Klemm". */
function surnameOf(name: string): string {
  const tokens = name.split(/\s+/);
  const last = tokens.at(-1) ?? name;
  const beforeLast = tokens.at(-2);
  return beforeLast && tokens.length > 2 && NAME_PARTICLES.has(fold(beforeLast)) ? `${beforeLast} ${last}` : last;
}

/** Korean-style names put the family name first and hyphenate the given name: "Choi Hyun-woo" is Mr Choi. */
const familyNameFirst = (name: string): boolean => /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+$/u.test(name);

const sameSurname = (person: PersonDraft, surname: string): boolean => {
  const s = fold(surname);
  if (familyNameFirst(person.name)) return fold(person.name.split(' ')[0] ?? '') === s;
  return (
    fold(surnameOf(person.name)) === s ||
    fold(person.name.split(/\s+/).at(-1) ?? '') === s ||
    fold(person.name.replace(/^.*\b(al|el)-/i, '')) === s
  );
};

/** One letter added, dropped or changed: "Zelensky" for "Zelenskyy", "Budanow" for "Budanov". */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, from: number) => x.slice(from);
  return rest(a, i + 1) === rest(b, i + 1) || rest(a, i + 1) === rest(b, i) || rest(a, i) === rest(b, i + 1);
}

/** A surname spelled another way (transliterations differ by a letter), for names of six letters or more. */
const variantSurname = (person: PersonDraft, surname: string): boolean => {
  const s = fold(surname);
  return s.length >= 6 && !familyNameFirst(person.name) && oneEditApart(fold(surnameOf(person.name)), s);
};

export class People {
  private readonly byKey = new Map<string, PersonDraft>();

  /** Adds or finds a person. A one-word name joins the one person of that surname, if any. */
  add(rawName: string, role?: string, gender?: Gender): PersonDraft {
    const name = rawName
      .replace(/\s+/g, ' ')
      .replace(/[’']s$/, '')
      .trim();
    const key = personKey(name);
    let person = this.byKey.get(key) ?? (name.includes(' ') ? undefined : this.bySurname(name, role));
    if (!person) {
      person = { key, name, roles: [], aliases: [] };
      this.byKey.set(key, person);
    } else if (person.name !== name && !person.aliases.includes(name)) person.aliases.push(name);
    const cleanRole = role
      ?.replace(/\s+/g, ' ')
      .replace(/^(?:[Tt]he|[Aa]n?)\s+(?=\p{Ll})/u, '')
      .replace(/[,\s]+$/, '')
      .trim();
    const titleGender = cleanRole ? genderOfTitle(cleanRole) : undefined;
    if (cleanRole && !HONORIFICS.has(fold(cleanRole).replace(/\.$/, '')) && !person.roles.includes(cleanRole)) person.roles.push(cleanRole);
    const g = gender ?? titleGender;
    if (g && !person.gender) person.gender = g;
    return person;
  }

  /**
   * The one person with this surname; with several, the one whose roles share a word with
   * `role` ("President Ouattara" among two Ouattaras).
   */
  bySurname(surname: string, role?: string): PersonDraft | undefined {
    const full = [...this.byKey.values()].filter((p) => p.name.includes(' '));
    const exact = full.filter((p) => sameSurname(p, surname));
    const matches = exact.length > 0 ? exact : full.filter((p) => variantSurname(p, surname));
    if (matches.length <= 1) return matches[0];
    const words = fold(role ?? '')
      .split(/\W+/)
      .filter((w) => w.length > 2);
    const byRole = matches.filter((p) => p.roles.some((r) => words.some((w) => fold(r).includes(w))));
    return byRole.length === 1 ? byRole[0] : undefined;
  }

  /**
   * Folds shorter entries into the full name they are the end of: "Johnson" (met first as "Mr
   * Johnson") into "Boris Johnson", "Le Roy" into "Alain Le Roy", "Birahima Ouattara" into "Tene
   * Birahima Ouattara" — when only one full name ends that way.
   */
  mergeSurnames(): Map<string, string> {
    const renamed = new Map<string, string>();
    const endsWith = (full: PersonDraft, short: PersonDraft) =>
      full !== short && full.name.length > short.name.length && fold(full.name).endsWith(` ${fold(short.name)}`);
    for (const single of [...this.byKey.values()].sort((a, b) => a.name.length - b.name.length)) {
      const longer = [...this.byKey.values()].filter((p) => endsWith(p, single));
      const full = single.name.includes(' ') ? (longer.length === 1 ? longer[0] : undefined) : this.bySurname(single.name, single.roles[0]);
      if (!full) continue;
      for (const role of single.roles) if (!full.roles.includes(role)) full.roles.push(role);
      if (!full.aliases.includes(single.name)) full.aliases.push(single.name);
      if (!full.gender && single.gender) full.gender = single.gender;
      this.byKey.delete(single.key);
      renamed.set(single.key, full.key);
    }
    return renamed;
  }

  get(key: string): PersonDraft | undefined {
    return this.byKey.get(key);
  }

  all(): PersonDraft[] {
    return [...this.byKey.values()];
  }
}
