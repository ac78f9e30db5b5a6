/**
 * Generic place words: what a base's name is made of besides the place it is named after, the
 * words an administrative region's name may carry, and the Arabic article of town names. The
 * gazetteer (`src/ingest/gazetteer.ts`) strips them to find the place; none of these is a
 * place. Lowercase.
 */

/**
 * Words that make a name a military base's ("Camp Taji", "Fort Carson", "Air Base 201",
 * "Mihail Kogalniceanu air base", "Joint Base Lewis-McChord"). Longest first, so "air force
 * base" is removed whole before "base".
 */
export const BASE_WORDS = [
  'forward operating base', 'naval air facility', 'naval air station', 'naval support activity', 'marine corps air station',
  'marine corps base', 'air force base', 'air force station', 'army air field', 'army airfield', 'joint base', 'naval station',
  'naval base', 'naval facility', 'air base', 'airbase', 'air station', 'air field', 'airfield', 'airport', 'military base',
  'army base', 'base', 'camp', 'fort', 'garrison', 'barracks', 'cantonment', 'station', 'fob', 'raf', 'nas', 'mcas', 'afb',
];

/** Words an administrative region's name may end with: "Cabo Delgado Province", "Kaliningrad Oblast". */
export const REGION_SUFFIXES = [
  'province', 'region', 'oblast', 'governorate', 'prefecture', 'state', 'county', 'district', 'department', 'voivodeship',
  'municipality', 'krai', 'kray', 'territory', 'city', 'misto',
];

/** The Arabic article as it begins romanized town names: "At Taji", "An Najaf", "Ar Ramadi", "Al Qaim". */
export const ARABIC_ARTICLES = ['al', 'el', 'as', 'at', 'ad', 'ar', 'an', 'ash', 'az', 'ath', 'adh'];
