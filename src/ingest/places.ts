/**
 * Countries and regions named in text, found by looking up runs of capitalized words (and the
 * parts of "US-Iraq") in the country names of countries.ts and the regions of the lexicon;
 * the country acting in a sentence; the city of a wire dateline. Cities, first-level regions
 * and bases come from the gazetteer through the mention layer (mentions/index.ts); whose troops
 * an article is about, from figures/force.ts.
 */
import { CODE_BY_NAME, countryLocation, countryName, demonymCountry, forceCountry, forceLabel } from './countries.ts';
import { REGIONS } from './lexicon/places.ts';
import { escapeRegExp, fold } from './text.ts';
import type { LocationDraft } from './types.ts';

export { countryLocation, countryName, demonymCountry, forceCountry, forceLabel };

export interface PlaceMention {
  location: LocationDraft;
  start: number;
  end: number;
}

const REGION_BY_NAME = new Map(REGIONS.flatMap((r) => [r.name, ...r.aliases].map((n) => [fold(n), r.name] as const)));
const regionLocation = (name: string): LocationDraft => ({ key: fold(name), name, kind: 'REGION' });
const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());

/** The country or region a name is, exactly ("South Korea", "the Baltics", "WASHINGTON" in caps is not one). */
export function placeNamed(raw: string): LocationDraft | undefined {
  const name = raw
    .replace(/^the\s+/i, '')
    .replace(/[’']s$/, '')
    .trim();
  const code =
    CODE_BY_NAME.get(name) ?? (/^[\p{Lu}\s'.-]+$/u.test(name) && name.length > 3 ? CODE_BY_NAME.get(titleCase(name)) : undefined);
  if (code) return countryLocation(code);
  const region = REGION_BY_NAME.get(fold(name));
  return region ? regionLocation(region) : undefined;
}

const CAPITALIZED = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|the|and|de)\s+|d['’])?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;
const LOWER_REGIONS = new RegExp(
  `\\b(${REGIONS.flatMap((r) => [r.name, ...r.aliases])
    .filter((n) => /\s\p{Ll}/u.test(n))
    .map(escapeRegExp)
    .join('|')})\\b`,
  'g',
);
/** "US-led", "Iran-backed": an adjective, not the place. */
const ADJECTIVE_SUFFIX = /^-(?:led|based|backed|trained|funded|brokered|made|style|born|run|allied|aligned)\b/;

/** Regions written with a lowercase word ("the Baltic states"), which name runs miss. */
export function lowercaseRegions(text: string, base = 0): PlaceMention[] {
  return [...text.matchAll(LOWER_REGIONS)].map((m) => {
    const name = REGION_BY_NAME.get(fold(m[1] ?? '')) ?? m[1] ?? '';
    return { location: regionLocation(name), start: base + (m.index ?? 0), end: base + (m.index ?? 0) + m[0].length };
  });
}

/** Every country and region named in `text`, in order; offsets relative to `base`. */
export function findPlaces(text: string, base = 0): PlaceMention[] {
  const found: PlaceMention[] = [];
  const add = (location: LocationDraft, start: number, length: number) => {
    if (!found.some((f) => start < f.end && start + length > f.start))
      found.push({ location, start: base + start, end: base + start + length });
  };
  for (const match of text.matchAll(CAPITALIZED)) {
    const words = [...match[0].matchAll(/(?:d['’])?[^\s]+/g)].map((w) => ({ text: w[0], at: (match.index ?? 0) + (w.index ?? 0) }));
    for (let i = 0; i < words.length; i++) {
      for (let j = words.length; j > i; j--) {
        const first = words[i] as { text: string; at: number };
        const last = words[j - 1] as { text: string; at: number };
        // "U.S." keeps its full stop; "Syria." at a sentence's end does not.
        const raw = text.slice(first.at, last.at + last.text.length).replace(/[’']s$|,$/g, '');
        const name = placeNamed(raw) ? raw : raw.replace(/\.$/, '');
        const location = placeNamed(name);
        if (location && !ADJECTIVE_SUFFIX.test(text.slice(first.at + name.length))) {
          add(location, first.at, name.length);
          i = j - 1;
          break;
        }
      }
    }
    // "US-Iraq relations": the parts of a hyphened pair.
    for (const part of match[0].matchAll(/\p{Lu}[\p{L}.]*(?=-\p{Lu})|(?<=\p{L}-)\p{Lu}[\p{L}.]*/gu)) {
      const location = placeNamed(part[0]);
      if (location) add(location, (match.index ?? 0) + (part.index ?? 0), part[0].length);
    }
  }
  for (const match of text.matchAll(LOWER_REGIONS))
    add(regionLocation(REGION_BY_NAME.get(fold(match[1] ?? '')) ?? match[1] ?? ''), match.index ?? 0, match[0].length);
  return found.sort((a, b) => a.start - b.start);
}

const SUBJECT_VERB =
  /^\s+(?:(?:currently|now|still|already|also|reportedly)\s+)?(?:is|are|was|were|will|would|has|have|had|plans?|planned|to|sends?|sent|sending|cuts?|pulls?|withdr[ae]ws?|orders?|ordered|keeps?|kept|deploys?|deployed|stations?|stationed|moves?|moved|pledge[sd]?|commands?|commanded|leads?|led|announced|agreed|decided|promised|offered|contribute[sd]?|intends?|aims?|wants?)\b/i;
/** A place after these is where, not who: "Our presence in Latvia will be strengthened". */
const LOCATIVE_BEFORE = /\b(?:in|from|to|into|at|inside|within|across|of|on|near)\s+(?:the\s+)?(?:[a-z]+\s+)?$/i;

/**
 * The country a sentence names as acting ("the U.S. will reduce ..."), before `limit`; `places`
 * are the sentence's, when already found.
 */
export function actingCountry(sentence: string, limit: number, places: PlaceMention[] = findPlaces(sentence)): string | undefined {
  const acting = places
    .filter((p) => p.end <= limit)
    .filter(
      (p) =>
        p.location.kind === 'COUNTRY' &&
        SUBJECT_VERB.test(sentence.slice(p.end, p.end + 20)) &&
        !LOCATIVE_BEFORE.test(sentence.slice(Math.max(0, p.start - 24), p.start)),
    );
  const code = acting.at(-1)?.location.isoCode;
  return code ? forceLabel(code) : undefined;
}

const DATELINE_CITY =
  /^([A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){0,2})(?:,\s*[A-Z][\w .]+?)?\s*(?:,\s*\w+\.? \d{1,2})?\s*(?:\([^)]{2,30}\))?\s*[-–—]\s/;

/** The city of a wire dateline ("KABUL, Afghanistan (AP) —"), as a place. */
export function datelineCity(paragraph: string): LocationDraft | undefined {
  const raw = DATELINE_CITY.exec(paragraph)?.[1];
  if (!raw || raw.length < 3) return undefined;
  const name = titleCase(raw);
  const country = CODE_BY_NAME.get(name);
  return country ? countryLocation(country) : { key: fold(name), name, kind: /^(Camp|Fort)\b/.test(name) ? 'BASE' : 'CITY' };
}
