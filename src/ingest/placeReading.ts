/**
 * Reading a place from a name in prose (the rule in gazetteer.ts's comment): whether a name is
 * also an ordinary English word, whether a place may stand alone, which place a span names,
 * and the place a military base is named after.
 */
import { BARE_MIN_POPULATION, lookupPlaces, placeKey, WORD_MIN_POPULATION, type GazetteerEntry, type PlaceContext } from './gazetteer.ts';
import { ARABIC_ARTICLES, BASE_WORDS, NAMED_BASES } from './lexicon/places.ts';
import { tagger } from './tagger.ts';

const BASE_WORD = new RegExp(`(?:^|\\s)(?:${BASE_WORDS.join('|')})(?=\\s|$)`, 'g');
const NAMED_BASE_KEYS = new Map(Object.entries(NAMED_BASES).map(([name, code]) => [placeKey(name), code]));

interface Lexicon {
  isWord(word: string): boolean;
}
let lexicon: Lexicon | undefined;
const wordCache = new Map<string, boolean>();

/** wink-nlp's English lexicon, loaded on first use: a word it knows and does not tag as a proper noun. */
function english(): Lexicon {
  if (lexicon) return lexicon;
  const nlp = tagger();
  const empty = nlp.readDoc('');
  lexicon = {
    isWord: (word) => !empty.isOOV(word) && nlp.readDoc(word).tokens().out(nlp.its.pos)[0] !== 'PROPN',
  };
  return lexicon;
}

/**
 * Whether a name is also ordinary English: every word of it is in wink-nlp's English lexicon
 * and is not a proper noun there ("Police", "Reading", "Nice", "White House"; not "Dakar",
 * "North Carolina"). The lexicon has a few place names as nouns too ("Tapa", "Gao",
 * "Brussels", "Sevastopol"), which is why context or size can outweigh it.
 */
export function isCommonWord(name: string): boolean {
  let common = wordCache.get(name);
  if (common === undefined) {
    const words = placeKey(name).split(' ').filter(Boolean);
    common = words.length > 0 && words.every((w) => english().isWord(w));
    if (wordCache.size > 100_000) wordCache.clear();
    wordCache.set(name, common);
  }
  return common;
}

/** Per list of people (an article's): the lookups of one article share one set. */
const personWordsOf = new WeakMap<object, Set<string>>();
const personWords = (people: Iterable<string>): Set<string> => {
  const cached = personWordsOf.get(people);
  if (cached) return cached;
  const words = new Set<string>();
  personWordsOf.set(people, words);
  for (const person of people) {
    const key = placeKey(person);
    words.add(key);
    for (const w of key.split(' ')) words.add(w);
  }
  return words;
};

const bigEnough = (entry: GazetteerEntry): boolean => entry.capital !== undefined || (entry.population ?? 0) >= BARE_MIN_POPULATION;

/** Whether a place may be read from its name alone, with nothing printed near it (rule 4 of gazetteer.ts's comment). */
export function standsAlone(entry: GazetteerEntry, name: string): boolean {
  if (entry.kind === 'COUNTRY' || entry.known || (entry.kind === 'CITY' && (entry.population ?? 0) >= WORD_MIN_POPULATION)) return true;
  return bigEnough(entry) && !isCommonWord(name);
}

/**
 * The place a capitalized span in prose names, by the rule in gazetteer.ts's comment, or
 * undefined when it is a person, a word, or too small or uncertain a place to read alone.
 */
export function resolvePlace(name: string, context: PlaceContext = {}): GazetteerEntry | undefined {
  if (context.people) {
    const words = personWords(context.people);
    const key = placeKey(name);
    if (words.has(key) || key.split(' ').every((w) => words.has(w))) return undefined;
  }
  const found = lookupPlaces(name);
  if (found.length === 0) return undefined;
  if (context.printedCountry) return found.find((e) => e.countryCode === context.printedCountry);
  const named = new Set(context.articleCountries ?? []);
  const inArticle = found.find((e) => named.has(e.countryCode));
  if (inArticle && (bigEnough(inArticle) || !isCommonWord(name))) return inArticle;
  const best = found[0] as GazetteerEntry;
  return standsAlone(best, name) ? best : undefined;
}

/**
 * The place a military base is named after, when its name contains one: the generic words
 * (`BASE_WORDS` in `lexicon/places.ts`: Camp, Fort, Air Base, Naval Station, Joint Base…) and
 * numbers are stripped and the rest looked up, a town before a region ("Camp Taji" → At Tājī,
 * Iraq; "Mihail Kogalniceanu air base" → Romania; "Kadena Air Base" → Japan). The whole name
 * is tried first, since some bases are places of their own ("Fort Bliss", "Fort Carson" and
 * "Joint Base Lewis-McChord" are US census places).
 *
 * Well-known bases named after a person come from the lexicon (`NAMED_BASES`: "Camp Lemonnier"
 * → Djibouti); others, and bases named by a number ("Air Base 201"), contain no place: undefined,
 * and the caller uses a place printed after the name. A surname can also be a town's name:
 * prefer a place printed next to the base whenever there is one.
 */
export function lookupBase(baseName: string): GazetteerEntry | undefined {
  const whole = placeKey(baseName.replace(/^the\s+/i, ''));
  const named = NAMED_BASE_KEYS.get(whole);
  if (named) return { name: baseName, countryCode: named, kind: 'CITY' };
  const direct = whole.includes(' ') ? lookupPlaces(whole).find((e) => e.kind === 'CITY') : undefined;
  if (direct) return direct;
  const rest = whole
    .replace(BASE_WORD, ' ')
    .replace(/\b\d+\w*\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!rest || ARABIC_ARTICLES.includes(rest) || isCommonWord(rest)) return undefined;
  const found = lookupPlaces(rest);
  return found.find((e) => e.kind === 'CITY') ?? found[0];
}
