/**
 * Places in text: countries from the maintained ISO 3166 list (i18n-iso-countries, English
 * names and aliases), well-known regions, and bases/camps found by their pattern
 * ("al-Asad air base", "Camp Lemonnier", "Ramstein Air Base"). Demonyms map to countries for
 * telling whose forces a figure counts ("American soldiers" → US).
 */
import countries from 'i18n-iso-countries';
import { escapeRegExp, fold } from './text.ts';
import type { LocationDraft } from './types.ts';

export interface PlaceMention {
  location: LocationDraft;
  start: number;
  end: number;
}

/** Everyday names the ISO list lacks or spells formally. */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ['America', 'the States'],
  GB: ['Britain'],
  SY: ['Syria'],
  KR: ['Korea'],
  KP: ['North Korea'],
  CD: ['Congo'],
  AE: ['UAE', 'Emirates'],
  NL: ['Holland'],
};

/** Display names people use, where the ISO list's first name is the formal one. */
const DISPLAY: Record<string, string> = { US: 'United States', GB: 'United Kingdom', RU: 'Russia', IR: 'Iran', SY: 'Syria', KR: 'South Korea', KP: 'North Korea' };

const DEMONYMS: Record<string, string> = {
  american: 'US', british: 'GB', french: 'FR', german: 'DE', iraqi: 'IQ', iranian: 'IR', afghan: 'AF', syrian: 'SY',
  polish: 'PL', russian: 'RU', ukrainian: 'UA', japanese: 'JP', 'south korean': 'KR', korean: 'KR', estonian: 'EE',
  lithuanian: 'LT', latvian: 'LV', italian: 'IT', spanish: 'ES', canadian: 'CA', australian: 'AU', turkish: 'TR',
  israeli: 'IL', malian: 'ML', chinese: 'CN', indian: 'IN', pakistani: 'PK', saudi: 'SA', qatari: 'QA', kuwaiti: 'KW',
  jordanian: 'JO', egyptian: 'EG', libyan: 'LY', somali: 'SO', nigerian: 'NG', dutch: 'NL', belgian: 'BE', danish: 'DK',
  norwegian: 'NO', swedish: 'SE', finnish: 'FI', romanian: 'RO', bulgarian: 'BG', hungarian: 'HU', czech: 'CZ',
  greek: 'GR', portuguese: 'PT', taiwanese: 'TW', filipino: 'PH', kenyan: 'KE', djiboutian: 'DJ', nigerien: 'NE',
};

const REGIONS = [
  'the Middle East', 'the Baltics', 'the Baltic states', 'the Sahel', 'the Gulf', 'the Persian Gulf', 'the Balkans', 'the Horn of Africa',
  'the Indo-Pacific', 'the Asia-Pacific', 'Europe', 'Africa', 'Asia', 'Scandinavia', 'the Pacific', 'the Caucasus', 'Central Asia',
  'East Africa', 'West Africa', 'North Africa', 'Eastern Europe', 'Western Europe', 'the Korean Peninsula', 'the Arctic',
];

const countryName = (code: string): string => DISPLAY[code] ?? countries.getName(code, 'en') ?? code;

export const countryLocation = (code: string): LocationDraft => ({
  key: code.toLowerCase(),
  name: countryName(code),
  kind: 'COUNTRY',
  isoCode: code,
});

/** name (as written) → ISO code, longest names first so "South Sudan" wins over "Sudan". */
const COUNTRY_NAMES: [string, string][] = (() => {
  const all = countries.getNames('en', { select: 'all' });
  const pairs: [string, string][] = [];
  for (const [code, names] of Object.entries(all)) {
    for (const name of [...names, ...(EXTRA_COUNTRY_NAMES[code] ?? [])]) {
      if (/,|\bof\b.*\bof\b/.test(name) || name.length < 2) continue;
      pairs.push([name, code]);
    }
  }
  return pairs.sort((a, b) => b[0].length - a[0].length);
})();

// "US"/"UK" only in capitals (not the pronoun "us"); other names case-sensitively too.
const COUNTRY_PATTERN = new RegExp(
  `(?<![\\w-])(?:the\\s+)?(${COUNTRY_NAMES.map(([name]) => escapeRegExp(name)).join('|')})(?![\\w]|-(?:led|based|backed|trained)\\b)`,
  'g',
);
const CODE_BY_NAME = new Map(COUNTRY_NAMES.map(([name, code]) => [name, code]));
const REGION_PATTERN = new RegExp(`\\b(${REGIONS.map(escapeRegExp).join('|')})\\b`, 'g');
const BASE_PATTERN =
  /\b((?:the\s+)?(?:(?:al|Al|Ain al)-)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}\s+(?:[Aa]ir\s+[Bb]ase|[Aa]irbase|[Nn]aval\s+[Bb]ase|[Aa]ir\s+[Ss]tation|[Mm]ilitary\s+[Bb]ase|[Bb]ase)|(?:Camp|Fort|Naval Station|Joint Base)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\b/g;

/** Every place named in `text`, in order; offsets relative to `base`. */
export function findPlaces(text: string, base = 0): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const match of text.matchAll(BASE_PATTERN)) {
    const name = (match[1] ?? '').replace(/^the\s+/i, '');
    if (/^(The|A|An|Its|Their|This|That)\s/.test(name) || wordCountOf(name) < 2) continue;
    const start = base + (match.index ?? 0) + (match[0].length - match[0].replace(/^the\s+/i, '').length);
    found.push({ location: { key: fold(name), name, kind: 'BASE' }, start, end: start + name.length });
  }
  const bases = [...found];
  for (const match of text.matchAll(COUNTRY_PATTERN)) {
    const name = match[1] ?? '';
    const code = CODE_BY_NAME.get(name);
    if (!code || (name === 'US' && text.startsWith('US-', (match.index ?? 0) + match[0].length - 2))) continue;
    const start = base + (match.index ?? 0) + match[0].length - name.length;
    // Countries never overlap each other (one regex pass); only a base's name can contain one.
    if (bases.some((f) => start >= f.start && start < f.end)) continue;
    found.push({ location: countryLocation(code), start, end: start + name.length });
  }
  for (const match of text.matchAll(REGION_PATTERN)) {
    const name = (match[1] ?? '').replace(/^the\s+/, '');
    const start = base + (match.index ?? 0) + (match[0].length - name.length);
    found.push({ location: { key: fold(name), name, kind: 'REGION' }, start, end: start + name.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

const wordCountOf = (text: string): number => text.split(/\s+/).length;

const REGION_BY_NAME = new Map(REGIONS.map((r) => [fold(r.replace(/^the\s+/i, '')), r.replace(/^the\s+/i, '')]));
const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());

/** The country or region a name is, exactly ("South Korea", "the Baltics", "WASHINGTON" in caps). */
export function placeNamed(raw: string): LocationDraft | undefined {
  const name = raw.replace(/^the\s+/i, '').trim();
  const code = CODE_BY_NAME.get(name) ?? (/^[\p{Lu}\s'.-]+$/u.test(name) && name.length > 3 ? CODE_BY_NAME.get(titleCase(name)) : undefined);
  if (code) return countryLocation(code);
  const region = REGION_BY_NAME.get(fold(name));
  return region ? { key: fold(region), name: region, kind: 'REGION' } : undefined;
}

/** The country of a demonym ("Turkish" → TR), if it is one. */
export const demonymCountry = (word: string): string | undefined => DEMONYMS[fold(word).replace(/\s+/g, ' ')];

/** The country a demonym or country word before a troop noun names ("British" → GB). */
export function forceCountry(word: string): string | undefined {
  const folded = fold(word).replace(/^the\s+/, '');
  if (DEMONYMS[folded]) return DEMONYMS[folded];
  const code = CODE_BY_NAME.get(word.replace(/^the\s+/i, ''));
  return code;
}

/** How a force is written in a figure: "US", "UK", else the country's name; blocs as they are. */
export function forceLabel(code: string): string {
  if (code === 'US') return 'US';
  if (code === 'GB') return 'UK';
  return countryName(code);
}

export const DEMONYM_WORDS = Object.keys(DEMONYMS);

const DEMONYM_PATTERN = new RegExp(`\\b(${Object.keys(DEMONYMS).map((d) => d.replace(' ', '\\s+')).join('|')})\\b`, 'gi');
const MILITARY_NOUN = /^\s+(?:[A-Z][\w-]*\s+){0,2}(troops|soldiers|forces|military|marines|marine corps|army|service\s?members|personnel|air force|navy|commanders?|bases?|presence|deployment|contingent)\b/i;
const SUBJECT_VERB = /^\s+(?:(?:currently|now|still|already|also|reportedly)\s+)?(?:is|are|was|were|will|would|has|have|had|plans?|to|sends?|sent|cuts?|pulls?|withdr[ae]ws?|orders?|keeps?|deploys?|stations?|moves?)\b/i;

/**
 * Whose forces the article is about: the country or demonym most often standing before a
 * military noun ("US troops", "American soldiers", "U.S. Marine Corps") or as the subject of
 * a troop sentence ("The United States will..."), other than the place itself.
 */
export function dominantForce(prose: string, exclude?: string): string | undefined {
  const votes = new Map<string, number>();
  const vote = (code: string | undefined, weight: number) => {
    if (code && code !== exclude) votes.set(code, (votes.get(code) ?? 0) + weight);
  };
  for (const place of findPlaces(prose)) {
    if (place.location.kind !== 'COUNTRY') continue;
    const after = prose.slice(place.end, place.end + 40);
    if (MILITARY_NOUN.test(after)) vote(place.location.isoCode, 2);
    else if (SUBJECT_VERB.test(after)) vote(place.location.isoCode, 1);
  }
  for (const match of prose.matchAll(DEMONYM_PATTERN)) {
    if (MILITARY_NOUN.test(prose.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 40))) {
      vote(DEMONYMS[fold(match[0]).replace(/\s+/g, ' ')], 2);
    }
  }
  if (/\bPentagon\b/.test(prose)) vote('US', 1);
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? forceLabel(best[0]) : undefined;
}

/** The country a sentence names as acting ("the U.S. will reduce ..."), before `limit`. */
export function actingCountry(sentence: string, limit: number): string | undefined {
  const acting = findPlaces(sentence.slice(0, limit)).filter(
    (p) =>
      p.location.kind === 'COUNTRY' &&
      SUBJECT_VERB.test(sentence.slice(p.end, p.end + 20)) &&
      !/\b(in|from|to|into|at|inside|within|across|of)\s+(the\s+)?([a-z]+\s+)?$/i.test(sentence.slice(Math.max(0, p.start - 24), p.start)),
  );
  const code = acting.at(-1)?.location.isoCode;
  return code ? forceLabel(code) : undefined;
}

const DATELINE_CITY = /^([A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){0,2})(?:,\s*[A-Z][\w .]+?)?\s*(?:,\s*\w+\.? \d{1,2})?\s*(?:\([^)]{2,30}\))?\s*[-–—]\s/;

/** The city of a wire dateline ("KABUL, Afghanistan (AP) —"), as a place. */
export function datelineCity(paragraph: string): LocationDraft | undefined {
  const raw = DATELINE_CITY.exec(paragraph)?.[1];
  if (!raw || raw.length < 3) return undefined;
  const name = raw.toLowerCase().replace(/(^|[\s'-])([a-z])/g, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
  const country = CODE_BY_NAME.get(name);
  return country ? countryLocation(country) : { key: fold(name), name, kind: /^(Camp|Fort)\b/.test(name) ? 'BASE' : 'CITY' };
}
