/**
 * Proper-name runs: maximal sequences of capitalized words (with name particles, initials and
 * hyphens inside), read from the tagger's tokens, then classified. A run is read from the right:
 * the name is the trailing words that are not titles, organisations, places or calendar words;
 * what stands before it is the title ("Pakistan Army Chief Gen" + "Qamar Javed Bajwa").
 */
import { CALENDAR_ABBREVIATIONS, CALENDAR_WORDS, FUNCTION_WORDS } from '../lexicon/common.ts';
import { lookupPlaces } from '../gazetteer.ts';
import { isCommonWord } from '../placeReading.ts';
import { INSTITUTIONS, ORGANISATION_HEADS, REGIONAL_ADJECTIVES } from '../lexicon/organisations.ts';
import { NEWS_AGENCIES } from '../lexicon/agencies.ts';
import { NAME_PARTICLES, TITLE_WORDS } from '../lexicon/titles.ts';
import { countryLocation } from '../countries.ts';
import { demonymCountry, placeNamed } from '../places.ts';
import { fold } from '../text.ts';
import type { LocationDraft } from '../types.ts';
import type { Token } from './tokens.ts';

export type RunKind = 'PERSON' | 'ORGANISATION' | 'PLACE' | 'ROLE' | 'NAME';

export interface NameRun {
  kind: RunKind;
  /** The whole run, titles included. */
  start: number;
  end: number;
  text: string;
  /** PERSON / NAME: the name without its title; ORGANISATION: its name; ROLE: the title. */
  name: string;
  nameStart: number;
  // Every run carries every key, undefined when it does not apply (one object shape for the engine).
  /** PERSON: the title before the name ("Prime Minister"), when there is one. */
  title: string | undefined;
  /** PLACE: where; for a city, region or base, `country` is the country it lies in. */
  location: LocationDraft | undefined;
  country: LocationDraft | undefined;
  /** Followed by 's. */
  possessive: boolean;
  /** Index of the run's first token in the paragraph's tokens. */
  first: number;
  last: number;
}

const AGENCIES = new Set(NEWS_AGENCIES.map((a) => fold(a)));
const BASE_FIRST = new Set(['camp', 'fort', 'joint base', 'naval station', 'raf', 'fob']);
const BASE_LAST =
  /\b(?:air\s+base|airbase|air\s+station|naval\s+base|naval\s+station|military\s+base|base|airfield|air\s+field|barracks|garrison)$/i;

const isCapital = (t: Token): boolean => /^\p{Lu}/u.test(t.text) || /^(?:(?:al|el)-|d['’])\p{Lu}/u.test(t.text);
const low = (t: Token): string => (t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);
const isInitial = (t: Token): boolean => /^\p{Lu}\.$/u.test(t.text);

const nameWords = new Map<string, boolean>();

/** A capitalized word that can be part of a person's name (cached: the same words recur). */
function nameWord(t: Token): boolean {
  let known = nameWords.get(t.text);
  if (known === undefined) {
    known = readsAsName(t);
    if (nameWords.size > 50_000) nameWords.clear();
    nameWords.set(t.text, known);
  }
  return known;
}

function readsAsName(t: Token): boolean {
  const w = low(t);
  if (isInitial(t)) return true;
  if (t.text.endsWith('.') && CALENDAR_ABBREVIATIONS.has(w)) return false;
  // A capital is a place, never part of a name ("the ambassador to Doha Selim Yağcıoğlu").
  if (lookupPlaces(t.text).some((e) => e.capital === 'NATIONAL' && e.kind === 'CITY')) return false;
  if (TITLE_WORDS.has(w) || TITLE_WORDS.has(`${w}.`) || w in ORGANISATION_HEADS || w in INSTITUTIONS) return false;
  if (CALENDAR_WORDS.has(w) || FUNCTION_WORDS.has(w) || demonymCountry(w) || placeNamed(t.text)) return false;
  return /^\p{L}/u.test(t.text) && !/^\p{Lu}{2,}$/u.test(t.text.replace(/[.'’]/g, ''));
}

/** Head nouns of institutions named with "of": "Ministry of Defence", "Department of Defense". */
const OF_HEADS = new Set(
  Object.entries(ORGANISATION_HEADS)
    .filter(
      ([w, kind]) => (kind === 'MINISTRY' || kind === 'GOVERNMENT' || kind === 'INTERNATIONAL' || kind === 'AGENCY') && w !== 'authorities',
    )
    .map(([w]) => w),
);

const WEEKDAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const SENTENCE_END = /^[.!?…]$/;
const OPENERS = /^["“‘'([]$/;

/** Whether token i opens its sentence (ignoring opening quotes and brackets). */
function opensSentence(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && OPENERS.test((tokens[j] as Token).text)) j--;
  return j < 0 || SENTENCE_END.test((tokens[j] as Token).text) || /^[:—–-]$/.test((tokens[j] as Token).text);
}

/** Token i continues the run ending at token i-1 (touching or one space apart, same line). */
function joins(text: string, base: number, previous: Token, t: Token): boolean {
  const gap = text.slice(previous.end - base, t.start - base);
  // A line break inside a paragraph is a hard wrap, not a boundary.
  return gap === '' || gap === ' ' || gap === '\n';
}

function classify(tokens: Token[], first: number, last: number, text: string, base: number): NameRun {
  const run = tokens.slice(first, last + 1);
  const start = (run[0] as Token).start;
  const end = (run.at(-1) as Token).end;
  const runText = text.slice(start - base, end - base);
  const next = tokens[last + 1];
  const possessive = next !== undefined && /^['’]s?$/.test(next.text.replace(/^['’]s$/, "'")) && next.start === end;
  // Every run has the same fields, in the same order: one object shape for the engine.
  const made = (kind: RunKind, name: string, nameStart: number, extra: { title?: string; location?: LocationDraft } = {}): NameRun => ({
    kind,
    start,
    end,
    text: runText,
    name,
    nameStart,
    title: extra.title,
    location: extra.location,
    country: undefined,
    possessive,
    first,
    last,
  });
  const location = placeNamed(runText);
  if (location) return made('PLACE', runText, start, { location });
  // "the U.S.-Mexico border", "the India-China border": troops there are on the first country's side.
  const pair = /^(.+?)-(\p{Lu}.+)$/u.exec(runText);
  // ("the Texas-Mexico border": a state or province of a country on that side.)
  const side = (name: string) =>
    placeNamed(name) ??
    (() => {
      const region = lookupPlaces(name).find((e) => e.kind === 'REGION');
      return region ? countryLocation(region.countryCode) : undefined;
    })();
  const border =
    pair && /^\s+(?:border|frontier|boundary)\b/i.test(text.slice(end - base, end - base + 12)) ? side(pair[1] as string) : undefined;
  if (border && placeNamed(pair?.[2] as string)) return made('PLACE', pair?.[1] as string, start, { location: border });
  const folded = fold(runText);
  // "Camp Taji", "Fort Carson", "Air Base 201", "Futenma Air Station": a base, placed later.
  if ((BASE_FIRST.has(low(run[0] as Token)) && run.length > 1) || BASE_LAST.test(runText)) {
    return made('PLACE', runText, start, { location: { key: folded, name: runText, kind: 'BASE' } });
  }
  if (AGENCIES.has(folded) || INSTITUTIONS[folded]?.kind === 'MEDIA') return made('ORGANISATION', runText, start);
  // The name: trailing name words, with particles, initials and hyphens inside.
  let k = run.length;
  // At most four words; once two are read, an ordinary English word ends the name
  // ("for Executive Affairs Khalid bin Hamad Al-Otaibi").
  let words = 0;
  while (k > 0) {
    const t = run[k - 1] as Token;
    const particle = (t.text === '-' || NAME_PARTICLES.has(low(t))) && k < run.length && k > 1;
    if (!particle && (!nameWord(t) || words >= 4 || (words >= 2 && isCommonWord(t.text)))) break;
    if (!particle) words++;
    k--;
  }
  while (k < run.length && !nameWord(run[k] as Token)) k++;
  const nameWords = run.slice(k).filter((t) => nameWord(t) && !isInitial(t)).length;
  const titleTokens = run.slice(0, k);
  const hasOrganisation = run.some((t) => low(t) in ORGANISATION_HEADS || low(t) in INSTITUTIONS) || folded in INSTITUTIONS;
  // "General Headquarters Rawalpindi": a title ending in an organisation's noun is no person's.
  const lastTitle = titleTokens.at(-1);
  const hasTitle =
    titleTokens.some((t) => TITLE_WORDS.has(low(t)) || TITLE_WORDS.has(`${low(t)}.`)) &&
    !(lastTitle && low(lastTitle) in ORGANISATION_HEADS && !TITLE_WORDS.has(low(lastTitle)));
  if (nameWords >= 1 && nameWords <= 5 && (hasTitle || !hasOrganisation)) {
    const nameStart = (run[k] as Token).start;
    const title = titleTokens.length > 0 ? text.slice(start - base, (titleTokens.at(-1) as Token).end - base) : undefined;
    // Without a title, a name stays a bare NAME until something shows it is a person.
    const kind: RunKind = hasTitle ? 'PERSON' : 'NAME';
    return made(kind, text.slice(nameStart - base, end - base), nameStart, title ? { title } : {});
  }
  // "Minister of Government Communication Muhannad al-Khaldi": a person after an organisation's name.
  const personAfter =
    hasOrganisation &&
    nameWords >= 2 &&
    k > 0 &&
    !FUNCTION_WORDS.has(low(run[k - 1] as Token)) &&
    run
      .slice(k)
      .filter((t) => !NAME_PARTICLES.has(low(t)) && t.text !== '-')
      .every((t) => !(low(t) in ORGANISATION_HEADS) && !(low(t) in INSTITUTIONS) && !isCommonWord(t.text));
  if (personAfter) {
    const nameStart = (run[k] as Token).start;
    return made('NAME', text.slice(nameStart - base, end - base), nameStart, {
      title: text.slice(start - base, (run[k - 1] as Token).end - base),
    });
  }
  if (hasOrganisation) return made('ORGANISATION', runText.replace(/^the\s+/i, ''), start);
  if (hasTitle) return made('ROLE', runText, start);
  return made('NAME', runText, start);
}

/**
 * The proper-name runs of a paragraph's tokens. `text`/`base`: the paragraph and its offset.
 * A sentence's first word starts a run only when the tagger reads it as a proper noun, or a
 * capitalized word follows it ("Defence Secretary Ben Wallace").
 */
export function nameRuns(tokens: Token[], text: string, base: number): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const startable = isCapital(t) && t.text !== 'I' && t.pos !== 'PUNCT' && t.pos !== 'NUM';
    const initialOk =
      !opensSentence(tokens, i) ||
      t.pos === 'PROPN' ||
      (tokens[i + 1] !== undefined && isCapital(tokens[i + 1] as Token) && joins(text, base, t, tokens[i + 1] as Token));
    if (!startable || !initialOk || FUNCTION_WORDS.has(low(t))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1] as Token;
      const after = tokens[j + 2];
      const current = tokens[j] as Token;
      if (!joins(text, base, current, n)) break;
      if (isCapital(n) && n.pos !== 'PUNCT' && !FUNCTION_WORDS.has(low(n))) j++;
      // "Mustafa al Kadhimi", "Kurgan-Tyube", "al-Kadhimi": particles and hyphens between capitalized words.
      else if (NAME_PARTICLES.has(low(n)) && after && isCapital(after) && joins(text, base, n, after)) j += 2;
      // "Ministry of Defence", "Office of the President": an institution's head noun runs through "of (the)".
      else if (low(n) === 'of' && isCapital(current) && OF_HEADS.has(low(current)) && after) {
        const named = low(after) === 'the' ? tokens[j + 3] : after;
        if (!named || !isCapital(named) || FUNCTION_WORDS.has(low(named)) || !joins(text, base, n, after)) break;
        j += named === after ? 2 : 3;
      }
      // "Kurgan-Tyube", "Al-Maliki": a hyphen touching both words ("TOKYO - The" is a dash).
      else if (n.text === '-' && after && isCapital(after) && n.start === current.end && after.start === n.end) j += 2;
      // "Yoo Ji-hye", "Seo Kyung-ho": a given name whose second part is lowercase.
      else if (
        n.text === '-' &&
        after &&
        /^\p{Ll}+$/u.test(after.text) &&
        n.start === current.end &&
        after.start === n.end &&
        isCapital(current)
      )
        j += 2;
      else if (
        NAME_PARTICLES.has(low(n)) &&
        after?.text === '-' &&
        tokens[j + 3] &&
        isCapital(tokens[j + 3] as Token) &&
        after.start === n.end
      )
        j += 3;
      else break;
    }
    // "Michelle Bachelet Monday pledged": a weekday after a name is no part of it.
    while (j > i && WEEKDAY_NAMES.has(low(tokens[j] as Token))) j--;
    // Calendar words and demonyms alone are capitalized without naming anyone.
    const only = tokens.slice(i, j + 1);
    // ("Djibouti" is both a demonym and the country's name: a place.)
    if (
      !only.every((w) => CALENDAR_WORDS.has(low(w)) || (demonymCountry(w.text) && !placeNamed(w.text)) || REGIONAL_ADJECTIVES.has(low(w)))
    )
      runs.push(classify(tokens, i, j, text, base));
    i = j + 1;
  }
  return runs;
}
