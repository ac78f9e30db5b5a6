/**
 * Countries and regions named in text, found by looking up runs of capitalized words (and the
 * parts of "US-Iraq") in the country names of countries.ts and the regions of the lexicon;
 * whose forces an article is about; the city of a wire dateline. Cities, first-level regions
 * and bases come from the gazetteer through the mention layer (mentions/index.ts).
 */
import { CODE_BY_DEMONYM, CODE_BY_NAME, countryLocation, countryName, demonymCountry, forceCountry, forceLabel } from './countries.ts';
import { REGIONS } from './lexicon/places.ts';
import { MILITARY_NOUNS, TROOP_NOUNS } from './lexicon/troops.ts';
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
const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());

/** The country or region a name is, exactly ("South Korea", "the Baltics", "WASHINGTON" in caps is not one). */
export function placeNamed(raw: string): LocationDraft | undefined {
  const name = raw.replace(/^the\s+/i, '').replace(/[’']s$/, '').trim();
  const code = CODE_BY_NAME.get(name) ?? (/^[\p{Lu}\s'.-]+$/u.test(name) && name.length > 3 ? CODE_BY_NAME.get(titleCase(name)) : undefined);
  if (code) return countryLocation(code);
  const region = REGION_BY_NAME.get(fold(name));
  return region ? regionLocation(region) : undefined;
}

const CAPITALIZED = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|the|and|de)\s+|d['’])?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;
const LOWER_REGIONS = new RegExp(`\\b(${REGIONS.flatMap((r) => [r.name, ...r.aliases]).filter((n) => /\s\p{Ll}/u.test(n)).map(escapeRegExp).join('|')})\\b`, 'g');
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
    if (!found.some((f) => start < f.end && start + length > f.start)) found.push({ location, start: base + start, end: base + start + length });
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
  for (const match of text.matchAll(LOWER_REGIONS)) add(regionLocation(REGION_BY_NAME.get(fold(match[1] ?? '')) ?? match[1] ?? ''), match.index ?? 0, match[0].length);
  return found.sort((a, b) => a.start - b.start);
}

const MILITARY_AFTER = new RegExp(`^\\s+(?:\\p{Lu}[\\w-]*\\s+){0,2}(?:${MILITARY_NOUNS.map(escapeRegExp).join('|')})\\b`, 'iu');
/** Troops themselves ("US troops", "200 Marines") say whose forces more than institutions ("the Australian Army"). */
const TROOPS_AFTER = new RegExp(`^\\s+(?:\\p{Lu}[\\w-]*\\s+){0,2}(?:${TROOP_NOUNS.map(escapeRegExp).join('|')})\\b`, 'iu');
const weightAfter = (after: string): number => (TROOPS_AFTER.test(after) ? 2 : MILITARY_AFTER.test(after) ? 1 : 0);
const SUBJECT_VERB = /^\s+(?:(?:currently|now|still|already|also|reportedly)\s+)?(?:is|are|was|were|will|would|has|have|had|plans?|planned|to|sends?|sent|sending|cuts?|pulls?|withdr[ae]ws?|orders?|ordered|keeps?|kept|deploys?|deployed|stations?|stationed|moves?|moved|pledge[sd]?|commands?|commanded|leads?|led|announced|agreed|decided|promised|offered|contribute[sd]?|intends?|aims?|wants?)\b/i;
/** A place after these is where, not who: "Our presence in Latvia will be strengthened". */
const LOCATIVE_BEFORE = /\b(?:in|from|to|into|at|inside|within|across|of|on|near)\s+(?:the\s+)?(?:[a-z]+\s+)?$/i;
const WORDS = /\p{L}[\p{L}.'’-]*/gu;

/**
 * Whose forces the article is about: the country or demonym most often standing before a
 * military noun ("US troops", "American soldiers", "U.S. Marine Corps") or as the subject of
 * a troop sentence ("The United States will..."), other than the place itself. Each text comes
 * with the places already found in it (offsets within it), or they are found here.
 */
export function dominantForce(texts: { text: string; places?: PlaceMention[] }[], exclude?: string): string | undefined {
  const votes = new Map<string, number>();
  const vote = (code: string | undefined, weight: number) => {
    if (code && code !== exclude && weight > 0) votes.set(code, (votes.get(code) ?? 0) + weight);
  };
  for (const { text, places = findPlaces(text) } of texts) {
    for (const place of places) {
      if (place.location.kind !== 'COUNTRY') continue;
      const after = text.slice(place.end, place.end + 40);
      if (weightAfter(after) > 0) vote(place.location.isoCode, weightAfter(after));
      else if (SUBJECT_VERB.test(after) && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, place.start - 24), place.start))) vote(place.location.isoCode, 1);
    }
    for (const word of text.matchAll(WORDS)) {
      // A demonym that is also the country's name ("the Djibouti base") is where, not whose.
      const code = CODE_BY_NAME.has(word[0]) ? undefined : CODE_BY_DEMONYM.get(fold(word[0]));
      if (code) vote(code, weightAfter(text.slice((word.index ?? 0) + word[0].length, (word.index ?? 0) + word[0].length + 40)));
    }
    // The Pentagon, and a Marine Corps no country is named with, are American.
    if (/\bPentagon\b/.test(text)) vote('US', 1);
    if (/\b(?:the Corps|Marine Corps)\b/.test(text) && !/\b(?:Royal|Korean|Philippine|Brazilian|Dutch|Netherlands)\s+Marine/.test(text)) vote('US', 1);
    for (const m of text.matchAll(/(\S+\s+)?Marines\b/g)) if (!m[1] || !(CODE_BY_DEMONYM.get(fold(m[1].trim())) ?? CODE_BY_NAME.get(m[1].trim()) ?? /^(?:Royal|Korean)\b/.test(m[1]))) vote('US', 2);
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? forceLabel(best[0]) : undefined;
}

/**
 * The country a sentence names as acting ("the U.S. will reduce ..."), before `limit`; `places`
 * are the sentence's, when already found.
 */
export function actingCountry(sentence: string, limit: number, places: PlaceMention[] = findPlaces(sentence)): string | undefined {
  const acting = places.filter((p) => p.end <= limit).filter(
    (p) =>
      p.location.kind === 'COUNTRY' &&
      SUBJECT_VERB.test(sentence.slice(p.end, p.end + 20)) &&
      !LOCATIVE_BEFORE.test(sentence.slice(Math.max(0, p.start - 24), p.start)),
  );
  const code = acting.at(-1)?.location.isoCode;
  return code ? forceLabel(code) : undefined;
}

const DATELINE_CITY = /^([A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){0,2})(?:,\s*[A-Z][\w .]+?)?\s*(?:,\s*\w+\.? \d{1,2})?\s*(?:\([^)]{2,30}\))?\s*[-–—]\s/;

/** The city of a wire dateline ("KABUL, Afghanistan (AP) —"), as a place. */
export function datelineCity(paragraph: string): LocationDraft | undefined {
  const raw = DATELINE_CITY.exec(paragraph)?.[1];
  if (!raw || raw.length < 3) return undefined;
  const name = titleCase(raw);
  const country = CODE_BY_NAME.get(name);
  return country ? countryLocation(country) : { key: fold(name), name, kind: /^(Camp|Fort)\b/.test(name) ? 'BASE' : 'CITY' };
}
