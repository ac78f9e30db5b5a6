/**
 * Mentions of people, organisations and places in an article's prose, from the tagger's
 * proper-name runs. A titled name is a person; an untitled one becomes a person on evidence:
 * a role noun before it ("spokesman Jonathan Hoffman", "his counterpart, Jüri Ratas"), a role
 * after it ("Thomas Ouattara, the first chief of staff"), a speech verb beside it ("Budanov
 * said", "added Trudeau"), or a surname already known. After a determiner it never is ("the
 * Iron Brigade").
 */
import { DETERMINERS } from '../lexicon/common.ts';
import { SPEECH_VERBS } from '../lexicon/speech.ts';
import { ROLE_NOUNS } from '../lexicon/titles.ts';
import { lookupPlaces } from '../gazetteer.ts';
import { isCommonWord, lookupBase, resolvePlace, standsAlone } from '../placeReading.ts';
import { BASE_WORDS, REGION_SUFFIXES } from '../lexicon/places.ts';
import { countryLocation } from '../places.ts';
import { fold } from '../text.ts';
import type { ParagraphDraft } from '../types.ts';
import { nameRuns, type NameRun } from './names.ts';
import { Organisations } from './organisations.ts';
import { People, personKey } from './people.ts';
import { tokenize, type Token } from './tokens.ts';

export interface Mention {
  kind: 'PERSON' | 'ORGANISATION' | 'PLACE';
  /** Person or organisation key, or the location key. */
  key: string;
  /** The name as written, without its title. */
  start: number;
  end: number;
  run: NameRun;
}

/** A prose paragraph as the tagger read it. */
export interface ReadParagraph {
  paragraph: ParagraphDraft;
  tokens: Token[];
  runs: NameRun[];
}

export interface ArticleMentions {
  paragraphs: ReadParagraph[];
  mentions: Mention[];
  people: People;
  organisations: Organisations;
}

const SPEECH = new Set(SPEECH_VERBS);
const ROLES = new Set(ROLE_NOUNS);
const low = (t: Token | undefined): string => t?.lower ?? '';

const WALL = /^[.;:!?"“”]$/;
const roleText = (tokens: Token[], from: number, to: number): string | undefined => {
  const words = tokens.slice(from, to + 1);
  return words.length > 0
    ? words
        .map((t) => t.text)
        .join(' ')
        .replace(/ (['’]s|,)/g, '$1')
        .replace(/\s*-\s*/g, '-')
    : undefined;
};

/**
 * The role written just before the run ("Pentagon spokesman Jonathan Hoffman", "ambassador to
 * Poland Paul Jones") or as a phrase before a comma ("the head of the defence intelligence, Kyrylo Budanov").
 */
function roleBefore(tokens: Token[], run: NameRun, named: Set<number>): string | undefined {
  const appositive = tokens[run.first - 1]?.text === ',';
  const from = run.first - (appositive ? 2 : 1);
  for (let i = from, seen = 0; i >= 0 && seen < (appositive ? 16 : 6); i--, seen++) {
    const t = tokens[i] as Token;
    // Another person's name, a conjunction or a verb ends the search: "Secretary Lloyd Austin or President Joe Biden".
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ' || named.has(i) || WALL.test(t.text) || (t.text === ',' && i !== from + 1))
      return undefined;
    if (ROLES.has(low(t))) {
      // With its modifiers: "Pentagon press secretary", "U.S. ambassador to Poland".
      let first = i;
      while (
        first > 0 &&
        !named.has(first - 1) &&
        ['NOUN', 'ADJ', 'PROPN'].includes((tokens[first - 1] as Token).pos) &&
        !WALL.test((tokens[first - 1] as Token).text)
      )
        first--;
      return roleText(tokens, first, from);
    }
  }
  return undefined;
}

/** ", the first chief of staff" / ", a spokesman for …" after the run. */
function roleAfter(tokens: Token[], run: NameRun): string | undefined {
  if (tokens[run.last + 1]?.text !== ',' || !DETERMINERS.has(low(tokens[run.last + 2]))) return undefined;
  let found = false;
  let i = run.last + 3;
  for (; i < Math.min(tokens.length, run.last + 14); i++) {
    const t = tokens[i] as Token;
    if (t.text === ',' || WALL.test(t.text) || t.pos === 'VERB') break;
    if (ROLES.has(low(t))) found = true;
  }
  return found ? roleText(tokens, run.last + 3, i - 1) : undefined;
}

/** "Budanov said", "Logan, a spokesman, said", "said Trudeau", "according to Shcherbakov". */
function speaksBeside(tokens: Token[], run: NameRun): boolean {
  let i = run.last + 1;
  if (tokens[i]?.text === ',') while (i < tokens.length && i < run.last + 14 && tokens[i + 1]?.text !== ',') i++;
  if (tokens[i]?.text === ',') i++;
  while (['also', 'later', 'then', 'has', 'had', 'further'].includes(low(tokens[i]))) i++;
  if (SPEECH.has(low(tokens[i]))) return true;
  const before = low(tokens[run.first - 1]);
  return SPEECH.has(before) || (before === 'to' && low(tokens[run.first - 2]) === 'according');
}

/** `people` may hold the authors already, so a byline name is found again in the text. */
const BASE_FIRST = new Set(BASE_WORDS.filter((w) => !w.includes(' ')).map((w) => w));
/** A name ending like a place's ("Kagoshima Prefecture", "Amami-Oshima Island") is no person's. */
const PLACE_WORD = new RegExp(
  `\\s(?:${[...REGION_SUFFIXES, 'island', 'islands', 'mountains', 'valley', 'river', 'sea', 'bay', 'coast', 'peninsula', 'strait', 'heights'].join('|')})$`,
  'i',
);
const BASE_LAST = /\b(?:air\s+base|airbase|air\s+station|naval\s+base|military\s+base|base|airfield|air\s+field)$/i;

/**
 * Names the gazetteer knows as places, in the article's context: "Kigali", "Dakar", "Zagan" in an
 * article that names Poland, "Tapa, Estonia", "Camp Taji", "Fort Carson, Colorado". A person's
 * name (or a word of one) the article gives is never a place.
 */
function placeNames(read: ReadParagraph[]): void {
  const countries = new Set(read.flatMap((p) => p.runs.flatMap((r) => (r.location?.isoCode ? [r.location.isoCode] : []))));
  // Full names, titled or not: "Thomas Hamilton" makes "Hamilton" a person's name, not the city.
  // (Not a name that is a well-known place itself: "Los Angeles", "New Orleans".)
  const knownPlace = (name: string) => {
    const best = lookupPlaces(name)[0];
    return best !== undefined && standsAlone(best, name);
  };
  const people = read.flatMap((p) =>
    p.runs
      .filter(
        (r) => (r.kind === 'PERSON' || (r.kind === 'NAME' && !PLACE_WORD.test(r.name) && !knownPlace(r.name))) && r.name.includes(' '),
      )
      .map((r) => r.name),
  );
  for (const { tokens, runs } of read) {
    runs.forEach((run, i) => {
      const unplacedBase = run.kind === 'PLACE' && run.location?.kind === 'BASE' && !run.country;
      if (run.kind !== 'NAME' && run.kind !== 'PERSON' && run.kind !== 'ROLE' && !unplacedBase) return;
      if (run.kind === 'PERSON' && run.title && !BASE_FIRST.has(fold(run.title.split(' ')[0] ?? ''))) return;
      const next = runs[i + 1];
      const printed =
        next?.location?.isoCode && tokens[run.last + 1]?.text === ',' && next.first === run.last + 2 ? next.location.isoCode : undefined;
      const first = fold(run.text.split(' ')[0] ?? '');
      const trailing = tokens
        .slice(run.last + 1, run.last + 3)
        .map((t) => t.text)
        .join(' ');
      const isBase =
        unplacedBase ||
        BASE_FIRST.has(first) ||
        BASE_LAST.test(run.text) ||
        /^(?:air\s+base|airbase|base|military\s+base)\b/i.test(trailing);
      // A base is placed by the place printed after it ("Fort Carson, Colorado", "Air Base 201 in Agadez"), else by its name.
      const after = runs[i + 1];
      const printedAfter =
        isBase && after && after.first <= run.last + 3 && /^(?:,|in|near|at|outside)$/i.test(tokens[run.last + 1]?.text ?? '')
          ? (after.location?.isoCode ??
            (after.kind === 'NAME' ? resolvePlace(after.text, { articleCountries: countries, people })?.countryCode : undefined))
          : undefined;
      const entry = isBase
        ? printed || printedAfter
          ? undefined
          : lookupBase(run.text)
        : resolvePlace(run.text, { ...(printed ? { printedCountry: printed } : {}), articleCountries: countries, people });
      const code = entry?.countryCode ?? (isBase ? (printed ?? printedAfter) : undefined);
      if (!code && !isBase) return;
      const kind = isBase ? 'BASE' : entry?.kind === 'REGION' ? 'REGION' : 'CITY';
      // "the al-Asad air base": the generic words after the name are part of the base's name.
      const generic = /^(?:air\s+base|airbase|military\s+base|naval\s+base|base)\b/i.exec(trailing);
      const name = generic ? `${run.text} ${generic[0]}` : run.text;
      Object.assign(run, {
        kind: 'PLACE',
        name,
        nameStart: run.start,
        location: { key: fold(name), name, kind },
        ...(code ? { country: countryLocation(code) } : {}),
      });
    });
  }
}

export function readMentions(paragraphs: ParagraphDraft[], people = new People()): ArticleMentions {
  const organisations = new Organisations();
  const read: ReadParagraph[] = paragraphs.map((paragraph) => {
    const tokens = tokenize(paragraph.text, paragraph.start);
    return { paragraph, tokens, runs: nameRuns(tokens, paragraph.text, paragraph.start) };
  });
  placeNames(read);
  // People first with their evidence, full names before surnames, so surnames find them.
  const candidates = read.flatMap(({ tokens, runs }) =>
    runs.filter((r) => r.kind === 'PERSON' || r.kind === 'NAME').map((run) => ({ run, tokens })),
  );
  const byLength = [...candidates].sort((a, b) => b.run.name.split(' ').length - a.run.name.split(' ').length);
  const personOf = new Map<NameRun, string>();
  // Tokens inside someone's name: a role phrase never runs through another name.
  const namedTokens = new Map(
    read.map(({ tokens, runs }) => [
      tokens,
      new Set(
        runs
          .filter((r) => r.kind === 'PERSON' || r.kind === 'NAME')
          .flatMap((r) => Array.from({ length: r.last - r.first + 1 }, (_, k) => r.first + k)),
      ),
    ]),
  );
  for (const { run, tokens } of byLength) {
    // A one-word name is known by a surname of a full name, or as a person already named so ("Mr Qamalūly").
    const known = run.name.includes(' ') ? undefined : (people.bySurname(run.name, run.title) ?? people.get(personKey(run.name)));
    const free =
      !DETERMINERS.has(low(tokens[run.first - 1])) && !(run.kind === 'NAME' && run.last === run.first && tokens[run.first]?.pos === 'ADJ');
    const role =
      free || run.kind === 'PERSON' ? (roleBefore(tokens, run, namedTokens.get(tokens) ?? new Set()) ?? roleAfter(tokens, run)) : undefined;
    // Speaking alone makes a person of a full name ("Budanov said" needs Budanov introduced first):
    // one word nobody introduced that speaks is an agency or a ministry's nickname ("Itamaraty said").
    if (!known && run.kind !== 'PERSON' && !role && !(free && run.name.includes(' ') && speaksBeside(tokens, run))) continue;
    // "the Chief of Operations": an ordinary word after a role is the role's domain, not a surname.
    if (!known && run.kind !== 'PERSON' && !run.name.includes(' ') && isCommonWord(run.name)) continue;
    const person = people.add(known?.name ?? run.name, run.kind === 'PERSON' ? run.title : undefined);
    if (role) people.add(person.name, role);
    personOf.set(run, person.key);
  }
  // A full name without evidence whose surname a titled mention gave ("Boris Johnson" … "Mr Johnson").
  for (const { run } of byLength) {
    if (personOf.has(run) || !run.name.includes(' ') || DETERMINERS.has(run.text.split(' ')[0]?.toLowerCase() ?? '')) continue;
    const single = people.all().find((p) => !p.name.includes(' ') && fold(p.name) === fold(run.name.split(' ').at(-1) ?? ''));
    if (single) personOf.set(run, people.add(run.name, undefined).key);
  }
  const renamed = people.mergeSurnames();
  const mentions: Mention[] = [];
  for (const { tokens, runs } of read) {
    runs.forEach((run, i) => {
      const key = personOf.get(run);
      if (key) mentions.push({ kind: 'PERSON', key: renamed.get(key) ?? key, start: run.nameStart, end: run.end, run });
      else if (run.kind === 'ORGANISATION') {
        // "Inter-Services Public Relations (ISPR)": the acronym in brackets is the same organisation.
        const next = runs[i + 1];
        const bracketed = next && tokens[run.last + 1]?.text === '(' && next.first === run.last + 2 && tokens[next.last + 1]?.text === ')';
        const organisation = organisations.add(run.name, bracketed ? { alias: next.name } : {});
        mentions.push({ kind: 'ORGANISATION', key: organisation.key, start: run.nameStart, end: run.end, run });
      } else if (run.kind === 'PLACE' && run.location)
        mentions.push({ kind: 'PLACE', key: run.location.key, start: run.start, end: run.end, run });
    });
  }
  return { paragraphs: read, mentions, people, organisations };
}
