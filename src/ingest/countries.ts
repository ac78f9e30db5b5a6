/**
 * Countries by every name news prints for them, from maintained data: ISO 3166 names in
 * English (i18n-iso-countries) and the common names, alternative spellings and demonyms of
 * world-countries (mledoze/countries) — "Ivory Coast" and "Côte d'Ivoire", "DR Congo",
 * "Türkiye", "Ivorian", "New Zealander". The few everyday forms neither has live in the lexicon.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Country } from 'world-countries';
import { COUNTRY_DISPLAY_NAMES, COUNTRY_EXTRA_DEMONYMS, COUNTRY_EXTRA_NAMES } from './lexicon/places.ts';
import { fold } from './text.ts';
import type { LocationDraft } from './types.ts';

// The package's typings declare an ES default its CommonJS entry does not have; its data file is the list.
const world = createRequire(import.meta.url)('world-countries/countries.json') as Country[];

/** The name a reader knows a country by ("United States", "South Korea", "Ivory Coast"). */
const COMMON = new Map(world.map((c) => [c.cca2, c.name.common]));

export const countryName = (code: string): string =>
  COUNTRY_DISPLAY_NAMES[code] ?? COMMON.get(code) ?? countries.getName(code, 'en') ?? code;

export const countryLocation = (code: string): LocationDraft => ({
  key: code.toLowerCase(),
  name: countryName(code),
  kind: 'COUNTRY',
  isoCode: code,
});

const ENGLISH_WORD_SPELLINGS = new Set(['Island']);

/** Printed name → ISO code. Names are matched as written ("US" is a country, "us" is not). */
export const CODE_BY_NAME: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>();
  const add = (name: string, code: string) => {
    const clean = name.replace(/^The\s+/, '').trim();
    // Formal inversions ("Korea, Republic of") and codes of two letters other than US/UK are no printed names.
    if (clean.length < 2 || /,|\(/.test(clean) || (/^\p{Lu}{2}$/u.test(clean) && !['US', 'UK'].includes(clean)) || !/^\p{Lu}/u.test(clean))
      return;
    // An own-language spelling that is an English word ("Island" for Iceland) names no country in English news.
    if (ENGLISH_WORD_SPELLINGS.has(clean)) return;
    if (!names.has(clean)) names.set(clean, code);
  };
  for (const [code, list] of Object.entries(countries.getNames('en', { select: 'all' }))) for (const name of list) add(name, code);
  for (const c of world) {
    add(c.name.common, c.cca2);
    add(c.name.official, c.cca2);
    for (const alt of c.altSpellings) if (/^[\p{Script=Latin}\s'’.-]+$/u.test(alt)) add(alt, c.cca2);
  }
  // The lexicon's everyday names win: "Congo" in the news is most often DR Congo.
  for (const [code, list] of Object.entries(COUNTRY_EXTRA_NAMES)) for (const name of list) names.set(name.replace(/^the\s+/, ''), code);
  return names;
})();

/** Demonym (lowercase, folded) → ISO code: "british" → GB, "south korean" → KR. */
export const CODE_BY_DEMONYM: ReadonlyMap<string, string> = (() => {
  const demonyms = new Map<string, string>();
  // Sovereign states first: "French" is France's before the French Southern Lands'.
  for (const c of [...world].sort((a, b) => Number(b.independent) - Number(a.independent))) {
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && !demonyms.has(fold(d))) demonyms.set(fold(d), c.cca2);
  }
  for (const [demonym, code] of Object.entries(COUNTRY_EXTRA_DEMONYMS)) demonyms.set(demonym, code);
  return demonyms;
})();

/** The country of a demonym ("Turkish" → TR), if it is one. */
export const demonymCountry = (word: string): string | undefined => CODE_BY_DEMONYM.get(fold(word).replace(/\s+/g, ' '));

/** The country a demonym or country word before a troop noun names ("British" → GB, "U.S." → US). */
export function forceCountry(word: string): string | undefined {
  const clean = word.replace(/^the\s+/i, '').replace(/[’']s$/, '');
  return demonymCountry(clean) ?? CODE_BY_NAME.get(clean);
}

/** How a force is written in a figure: "US", "UK", else the country's name. */
export function forceLabel(code: string): string {
  if (code === 'US') return 'US';
  if (code === 'GB') return 'UK';
  return countryName(code);
}
