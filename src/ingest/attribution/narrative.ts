/**
 * Who has spoken so far and who has been named, most recent first: what pronouns ("he said",
 * "it added") and roles ("the general said") resolve against. Stage two of attribution
 * prefers *speakers* to mere mentions: in "X said … Y is named … 'quote,' he said", he is X.
 */
import { demonymCountry } from '../countries.ts';
import type { People } from '../mentions/people.ts';
import { ROLE_RANKS } from '../lexicon/titles.ts';
import { findPlaces } from '../places.ts';
import type { Gender } from '../types.ts';

export type Speaker = { personKey: string } | { organisationKey: string } | { description: string };

const sameSpeaker = (a: Speaker, b: Speaker): boolean =>
  ('personKey' in a && 'personKey' in b && a.personKey === b.personKey) ||
  ('organisationKey' in a && 'organisationKey' in b && a.organisationKey === b.organisationKey) ||
  ('description' in a && 'description' in b && a.description === b.description);

function descriptionGender(description: string): Gender | undefined {
  if (/\b(spokeswoman|woman|businesswoman|congresswoman|chairwoman|she)\b/i.test(description)) return 'FEMALE';
  if (/\b(spokesman|man|congressman|chairman)\b/i.test(description)) return 'MALE';
  return undefined;
}

/** "some Maldivian politicians", "officials familiar with the plan": more than one. */
const pluralDescription = (description: string): boolean => {
  const head = description.split(/\s+(?:who|that|of|in|with|familiar|from|at|for|close|briefed)\b/i)[0] ?? description;
  return /^(?:some|several|many|two|three|four|other|a few|both)\b/i.test(head) || /[^su]s$/i.test(head.trim());
};

/** The countries a phrase names, by name or demonym: "Solomon Islands prime minister" → SB. */
export function countriesIn(text: string): Set<string> {
  const codes = new Set(findPlaces(text).flatMap((p) => (p.location.isoCode ? [p.location.isoCode] : [])));
  for (const word of text.split(/[\s,]+/)) {
    const code = demonymCountry(word);
    if (code) codes.add(code);
  }
  return codes;
}

export class Narrative {
  private speakers: Speaker[] = [];
  private people: string[] = [];
  private organisations: string[] = [];

  constructor(private readonly registry: People) {}

  spoke(speaker: Speaker): void {
    this.speakers = [speaker, ...this.speakers.filter((s) => !sameSpeaker(s, speaker))];
    if ('personKey' in speaker) this.mentionPerson(speaker.personKey);
    if ('organisationKey' in speaker) this.mentionOrganisation(speaker.organisationKey);
  }

  mentionPerson(key: string): void {
    this.people = [key, ...this.people.filter((k) => k !== key)];
  }

  mentionOrganisation(key: string): void {
    this.organisations = [key, ...this.organisations.filter((k) => k !== key)];
  }

  latestSpeaker(): Speaker | undefined {
    return this.speakers[0];
  }

  /** The latest person to speak. */
  latestPerson(): Speaker | undefined {
    return this.speakers.find((s) => 'personKey' in s);
  }

  private genderOf(speaker: Speaker): Gender | 'ORGANISATION' | undefined {
    if ('personKey' in speaker) return this.registry.get(speaker.personKey)?.gender;
    if ('organisationKey' in speaker) return 'ORGANISATION';
    return descriptionGender(speaker.description);
  }

  /** Whether "he" / "she" can stand for this speaker (same gender, or none known). */
  fits(speaker: Speaker, pronoun: string): boolean {
    const g = this.genderOf(speaker);
    return g === undefined || g === (pronoun.toLowerCase() === 'she' ? 'FEMALE' : 'MALE');
  }

  /**
   * he / she: the latest speaker whose gender is that one or unknown, else the latest person
   * named; it: the latest organisation speaking or named; they: the latest unnamed sources.
   */
  pronoun(word: string): Speaker | undefined {
    const w = word.toLowerCase();
    if (w === 'it') {
      const speaker = this.speakers.find(
        (s) =>
          'organisationKey' in s ||
          ('description' in s && /\b(statement|release|ministry|government|office|military|army)\b/i.test(s.description)),
      );
      if (speaker) return speaker;
      return this.organisations[0] ? { organisationKey: this.organisations[0] } : undefined;
    }
    if (w === 'they')
      return (
        this.speakers.find((s) => 'description' in s && /s\b/.test(s.description)) ?? this.speakers.find((s) => 'organisationKey' in s)
      );
    const gender: Gender = w === 'she' ? 'FEMALE' : 'MALE';
    // "he" is one person: not an organisation, not "some Maldivian politicians".
    const speaker = this.speakers.find((s) => {
      if ('organisationKey' in s || ('description' in s && pluralDescription(s.description))) return false;
      const g = this.genderOf(s);
      return g === gender || g === undefined;
    });
    if (speaker) return speaker;
    const person = this.people.find((k) => {
      const g = this.registry.get(k)?.gender;
      return g === gender || g === undefined;
    });
    return person ? { personKey: person } : undefined;
  }

  /**
   * "the general", "the spokesman": the latest speaker, then person named, with that role (a rank
   * standing for it only when nobody has the role itself: "the commander" after "Lt. Gen. Jane Doe").
   * `countries`: the countries the role phrase names ("the Australian prime minister"): a person
   * whose role names only other countries ("Solomon Islands prime minister") is someone else.
   * `modifiers`: its other words, which the role must have ("prime").
   */
  role(noun: string, countries: ReadonlySet<string> = new Set(), modifiers: readonly string[] = []): Speaker | undefined {
    const sameCountry = (role: string) =>
      countries.size === 0 ||
      (() => {
        const own = countriesIn(role);
        return own.size === 0 || [...own].some((c) => countries.has(c));
      })();
    const word = noun.toLowerCase();
    const ranks = ROLE_RANKS[word] ?? [];
    const byNoun = (r: string) => r.includes(word);
    const byRank = (r: string) => ranks.some((rank) => new RegExp(`\\b${rank}\\b`).test(r));
    for (const names of [byNoun, byRank]) {
      const has = (key: string) =>
        this.registry.get(key)?.roles.some((role) => {
          const r = role.toLowerCase();
          return names(r) && modifiers.every((m) => r.includes(m)) && sameCountry(role);
        }) ?? false;
      const speaker = this.speakers.find((s) => 'personKey' in s && has(s.personKey));
      if (speaker) return speaker;
      const person = this.people.find(has);
      if (person) return { personKey: person };
    }
    // "the official explained" after "a NATO official who requested anonymity" said something.
    return this.speakers.find((s) => 'description' in s && new RegExp(`\\b${noun}s?\\b`, 'i').test(s.description));
  }
}
