/**
 * People: names found with a title ("Marine General Frank McKenzie", "President Donald
 * Trump", "Iranian general Qassem Soleimani"), in bylines, as the subject or object of a
 * speech verb ("said Jane Roe"), or with an appositive role ("Mark Esper, the defence
 * secretary,"). Later mentions by full name, surname, or title and surname resolve to the
 * same person; honorifics and pronouns near a mention give a gender.
 */
import { DEMONYM_WORDS, findPlaces } from './places.ts';
import { escapeRegExp, fold } from './text.ts';
import type { Gender, PersonDraft } from './types.ts';

export interface PersonMention {
  key: string;
  start: number;
  end: number;
}

const TITLE_WORDS = [
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Chancellor', 'Senator', 'Sen\\.', 'Rep\\.', 'Representative',
  'Congressman', 'Congresswoman', 'Governor', 'Gov\\.', 'Mayor', 'Minister', 'Secretary', 'Secretary of State', 'Secretary of Defense',
  'Defen[cs]e Secretary', 'Defen[cs]e Minister', 'Foreign Minister', 'Foreign Secretary', 'Home Secretary', 'Ambassador', 'General', 'Gen\\.',
  'Lt\\.? Gen\\.', 'Lieutenant General', 'Maj\\.? Gen\\.', 'Major General', 'Brig\\.?[ -]Gen\\.', 'Brigadier General', 'Brigadier', 'Col\\.',
  'Colonel', 'Lt\\.? Col\\.', 'Lieutenant Colonel', 'Lieutenant', 'Lt\\.', 'Major', 'Maj\\.', 'Captain', 'Capt\\.', 'Admiral', 'Adm\\.',
  'Vice Admiral', 'Rear Admiral', 'Commander', 'Cmdr\\.', 'Sergeant', 'Sgt\\.', 'Air Chief Marshal', 'Air Marshal', 'Field Marshal',
  'Mr\\.?', 'Mrs\\.?', 'Ms\\.?', 'Miss', 'Dr\\.?', 'Sir', 'Dame', 'Lord', 'Lady', 'King', 'Queen', 'Prince', 'Crown Prince', 'Sheikh',
  'Ayatollah', 'Pope', 'Press Secretary', 'Chief of Staff', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chairman', 'Chair',
];
const LOWER_ROLES = ['general', 'commander', 'leader', 'president', 'minister', 'spokesman', 'spokeswoman', 'official', 'chief', 'colonel', 'admiral', 'cleric', 'envoy', 'ambassador', 'secretary', 'senator', 'chancellor', 'journalist', 'analyst'];
const MODIFIER = "(?:(?:US|U\\.S\\.|UK|Marine(?: Corps)?|Army|Air Force|Navy|Royal Navy|NATO|Deputy|Acting|Former|former|then-|Retired|retired|Major|Senior|Chief|State|Defense|Defence|Foreign|Interior)\\s+)*";
const PARTICLE = "(?:al|el|bin|ibn|van|von|de|der|da|du|la|le|ul|abu|Abu|Abd)";
const NAME_TOKEN = "[A-Z][a-zA-Z'’]+(?:-[A-Za-z][a-zA-Z'’]+)*";
export const NAME = `${NAME_TOKEN}(?:\\s+(?:${PARTICLE}[-\\s])?${NAME_TOKEN}){1,3}`;

const TITLED = new RegExp(`\\b(${MODIFIER}(?:${TITLE_WORDS.join('|')}))\\s+(${NAME})`, 'g');
const DESCRIBED = new RegExp(`\\b((?:[A-Z][a-z]+\\s+)?(?:[a-z]+\\s+)?(?:${LOWER_ROLES.join('|')})),?\\s+(${NAME})`, 'g');
const LEADING_TITLE = new RegExp(`^${MODIFIER}(?:${TITLE_WORDS.join('|')})\\s+`);
export const SPEECH_VERBS = 'said|says|added|adds|told|tells|stated|warned|insisted|explained|noted|stressed|claimed|announced|confirmed|wrote|tweeted|posted|argued|declared|acknowledged|admitted|vowed|promised|replied|asked|continued|urged|cautioned|predicted|estimated|conceded|revealed|reported|testified|remarked|observed|emphasi[sz]ed|suggested|maintained|recalled|agreed|countered|responded|contended';
const SPOKE_AFTER = new RegExp(`^(${NAME})(?:,[^,"“”]{3,90},)?\\s+(?:${SPEECH_VERBS})\\b`);
const SPOKE_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS}|according to)\\s+(${NAME})`, 'g');
const APPOSITIVE = new RegExp(`\\b(${NAME}),\\s+(?:the|a|an)\\s+([a-z][\\w\\s'-]{3,60}?)(?:,|\\s+(?:${SPEECH_VERBS})\\b)`, 'g');

const STOP = new Set([
  'the', 'a', 'an', 'united', 'states', 'islamic', 'state', 'middle', 'east', 'air', 'base', 'force', 'forces', 'army', 'navy', 'ministry',
  'department', 'pentagon', 'white', 'house', 'congress', 'senate', 'parliament', 'nato', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'reuters', 'associated', 'press', 'read', 'more', 'isis', 'isil', 'news', 'times', 'post', 'guardian', 'bbc',
  'cnn', 'in', 'on', 'at', 'for', 'and', 'but', 'as', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'during', 'after', 'before',
  'command', 'central', 'council', 'union', 'european', 'coalition', 'security', 'defence', 'defense', 'office', 'agency', 'service',
  'corps', 'marine', 'marines', 'airport', 'camp', 'fort', 'street', 'square', 'university', 'committee', 'group', 'party', 'democrats',
  'republicans', 'general', 'president', 'minister', 'secretary', 'north', 'south', 'west', 'western', 'eastern', 'northern', 'southern',
  ...DEMONYM_WORDS,
]);

/** A plausible personal name: no stop words, not a place. */
function plausibleName(name: string): boolean {
  const tokens = name.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4) return false;
  if (tokens.some((t) => STOP.has(fold(t)))) return false;
  return findPlaces(name).length === 0;
}

export const personKey = (name: string): string => fold(name).replace(/[^a-z' -]/g, '').replace(/\s+/g, ' ');

const surnameOf = (name: string): string => {
  const tokens = name.split(/\s+/);
  const last = tokens.at(-1) ?? name;
  const beforeLast = tokens.at(-2);
  return beforeLast && new RegExp(`^${PARTICLE}$`).test(beforeLast) ? `${beforeLast} ${last}` : last;
};

const genderOfTitle = (title: string): Gender | undefined =>
  /\b(Mr|Sir|Lord|King|Prince|Spokesman|Congressman|Chairman)\b/i.test(title) ? 'MALE' : /\b(Mrs|Ms|Miss|Dame|Lady|Queen|Spokeswoman|Congresswoman)\b/i.test(title) ? 'FEMALE' : undefined;

export class People {
  private readonly byKey = new Map<string, PersonDraft>();

  add(rawName: string, role?: string, gender?: Gender): PersonDraft {
    const name = rawName.replace(/\s+/g, ' ');
    const titled = LEADING_TITLE.exec(name);
    if (titled) {
      const rest = name.slice(titled[0].length);
      // "Mr Coveney" after "Simon Coveney": the same person by title and surname.
      const known = rest.includes(' ') ? undefined : this.bySurname(rest);
      if (known || rest.includes(' ')) return this.add(known?.name ?? rest, role ?? titled[0].trim(), gender ?? genderOfTitle(titled[0]));
    }
    const clean = name.replace(/\s+/g, ' ').replace(/[’']s$/, '').trim();
    const key = personKey(clean);
    let person = this.byKey.get(key);
    // "Trump" after "Donald Trump": the same person, found by surname.
    if (!person && !clean.includes(' ')) person = this.bySurname(clean);
    if (!person) {
      person = { key, name: clean, roles: [], aliases: [] };
      this.byKey.set(key, person);
    }
    // "the defence secretary" → "defence secretary"; an outlet ("The Hill") keeps its article.
    const cleanRole = role?.replace(/\s+/g, ' ').replace(/^(?:[Tt]he|[Aa]n?)\s+(?=[a-z])/, '').trim();
    // Honorifics give a gender, not a role.
    if (cleanRole && /^(Mr|Mrs|Ms|Miss|Mx)\.?$/.test(cleanRole)) return this.add(name, undefined, gender);
    if (cleanRole && !person.roles.includes(cleanRole)) person.roles.push(cleanRole);
    if (gender && !person.gender) person.gender = gender;
    return person;
  }

  bySurname(surname: string): PersonDraft | undefined {
    const matches = [...this.byKey.values()].filter((p) => fold(surnameOf(p.name)) === fold(surname) || fold(p.name.split(' ').at(-1) ?? '') === fold(surname));
    return matches.length === 1 ? matches[0] : undefined;
  }

  get(key: string): PersonDraft | undefined {
    return this.byKey.get(key);
  }

  all(): PersonDraft[] {
    return [...this.byKey.values()];
  }
}

/** Finds people in the text of the given ranges (body, standfirst...) and bylines. */
export function collectPeople(people: People, text: string): void {
  for (const match of text.matchAll(TITLED)) {
    const [, title = '', name = ''] = match;
    if (plausibleName(name)) people.add(name, title.trim(), genderOfTitle(title));
  }
  for (const match of text.matchAll(DESCRIBED)) {
    const [, role = '', name = ''] = match;
    if (plausibleName(name) && !/^(the|a|an)$/i.test(role)) people.add(name, role.trim());
  }
  for (const match of text.matchAll(SPOKE_BEFORE)) if (match[1] && plausibleName(match[1])) people.add(match[1]);
  for (const sentence of text.split(/(?<=[.!?]["”]?)\s+|\n+/)) {
    const spoke = SPOKE_AFTER.exec(sentence.replace(/^["“][^"”]*["”],?\s*/, ''));
    if (spoke?.[1] && plausibleName(spoke[1])) people.add(spoke[1]);
  }
  for (const match of text.matchAll(APPOSITIVE)) {
    const [, name = '', role = ''] = match;
    if (plausibleName(name) && !/\b(said|says)\b/.test(role)) people.add(name, role.trim());
  }
}

/** Every mention of a known person in `text` (full name, title + surname, bare surname). */
export function findMentions(people: People, text: string): PersonMention[] {
  const mentions: PersonMention[] = [];
  for (const person of people.all()) {
    const forms = [person.name, surnameOf(person.name)];
    if (people.bySurname(surnameOf(person.name)) !== person) forms.pop();
    const pattern = new RegExp(`(?<![\\w-])(${forms.map(escapeRegExp).join('|')})(?![\\w-])`, 'g');
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      mentions.push({ key: person.key, start, end: start + match[0].length });
      if (match[0] !== person.name && !person.aliases.includes(match[0])) person.aliases.push(match[0]);
    }
  }
  // A surname inside a full name is one mention, not two.
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return mentions.filter((m, i) => !mentions.slice(0, i).some((o) => o.start <= m.start && o.end >= m.end));
}

/** Gender from the pronouns that follow a person's mentions when no one else is named between. */
export function inferGenders(people: People, text: string, mentions: PersonMention[]): void {
  const votes = new Map<string, { male: number; female: number }>();
  mentions.forEach((mention, i) => {
    const next = mentions[i + 1]?.start ?? text.length;
    const window = text.slice(mention.end, Math.min(next, mention.end + 200));
    const vote = votes.get(mention.key) ?? { male: 0, female: 0 };
    vote.male += (window.match(/\b(he|his|him)\b/gi) ?? []).length;
    vote.female += (window.match(/\b(she|her|hers)\b/gi) ?? []).length;
    votes.set(mention.key, vote);
  });
  for (const [key, vote] of votes) {
    const person = people.get(key);
    if (!person || person.gender || vote.male === vote.female) continue;
    person.gender = vote.male > vote.female ? 'MALE' : 'FEMALE';
  }
}
