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
  'forward operating base',
  'naval air facility',
  'naval air station',
  'naval support activity',
  'marine corps air station',
  'marine corps base',
  'air force base',
  'air force station',
  'army air field',
  'army airfield',
  'joint base',
  'naval station',
  'naval base',
  'naval facility',
  'air base',
  'airbase',
  'air station',
  'air field',
  'airfield',
  'airport',
  'military base',
  'army base',
  'base',
  'camp',
  'fort',
  'garrison',
  'barracks',
  'cantonment',
  'station',
  'fob',
  'raf',
  'nas',
  'mcas',
  'afb',
];

/** Words an administrative region's name may end with: "Cabo Delgado Province", "Kaliningrad Oblast". */
export const REGION_SUFFIXES = [
  'province',
  'region',
  'oblast',
  'governorate',
  'prefecture',
  'state',
  'county',
  'district',
  'department',
  'voivodeship',
  'municipality',
  'krai',
  'kray',
  'territory',
  'city',
  'misto',
];

/** The Arabic article as it begins romanized town names: "At Taji", "An Najaf", "Ar Ramadi", "Al Qaim". */
export const ARABIC_ARTICLES = ['al', 'el', 'as', 'at', 'ad', 'ar', 'an', 'ash', 'az', 'ath', 'adh'];

/** Everyday country names the data packages lack. */
export const COUNTRY_EXTRA_NAMES: Record<string, string[]> = {
  US: ['America', 'the States', 'U.S.', 'U.S.A.'],
  GB: ['Britain', 'U.K.'],
  KR: ['Korea', 'S. Korea'],
  KP: ['N. Korea'],
  CD: ['Congo'],
  TR: ['Turkey'],
  GW: ['Guinea Bissau'],
  CF: ['Central Africa Republic'],
  TL: ['Timor Leste'],
  BA: ['Bosnia'],
  SA: ['KSA'],
};

/** Display names where English news keeps an older name than the data's ("Türkiye"). */
export const COUNTRY_DISPLAY_NAMES: Record<string, string> = { TR: 'Turkey' };

/** Demonyms the data packages lack or give to another country first. */
export const COUNTRY_EXTRA_DEMONYMS: Record<string, string> = {
  saudi: 'SA',
  kiwi: 'NZ',
  korean: 'KR',
  congolese: 'CD',
  american: 'US',
  british: 'GB',
  emirati: 'AE',
  turkish: 'TR',
  filipino: 'PH',
  afghan: 'AF',
  nepali: 'NP',
  bangladeshi: 'BD',
  sri: 'LK',
  kosovar: 'XK',
  bosnian: 'BA',
  emirian: 'AE',
};

/**
 * Regions news names that are no first-level region in the gazetteer's data, with the country
 * they lie in as the UN recognises it: where troops "in Karabakh" or "in Darfur" are.
 */
export const HISTORICAL_REGIONS: Record<string, string> = {
  'Nagorno-Karabakh': 'AZ',
  Karabakh: 'AZ',
  Darfur: 'SD',
  Donbas: 'UA',
  Donbass: 'UA',
  'Iraqi Kurdistan': 'IQ',
  'Kurdistan Region': 'IQ',
  Sinai: 'EG',
  'Sinai Peninsula': 'EG',
  Abkhazia: 'GE',
  'South Ossetia': 'GE',
  Ogaden: 'ET',
  Cabinda: 'AO',
  Kivu: 'CD',
  'North Kivu': 'CD',
  'South Kivu': 'CD',
  Ituri: 'CD',
  Idlib: 'SY',
  Transnistria: 'MD',
  Crimea: 'UA',
  'Golan Heights': 'SY',
  Golan: 'SY',
  Siberia: 'RU',
  Chechnya: 'RU',
  Dagestan: 'RU',
  Kaliningrad: 'RU',
};

/**
 * Foreign bases named after people or by their own names, which no gazetteer places: the
 * country they are in ("Camp Lemonnier" is in Djibouti, "Camp Humphreys" in South Korea).
 */
export const NAMED_BASES: Record<string, string> = {
  'Camp Lemonnier': 'DJ',
  Chabelley: 'DJ',
  'Camp Humphreys': 'KR',
  'Camp Casey': 'KR',
  'Osan Air Base': 'KR',
  'Camp Arifjan': 'KW',
  'Camp Buehring': 'KW',
  'Ali Al Salem Air Base': 'KW',
  'Al Udeid': 'QA',
  'Al Udeid Air Base': 'QA',
  'Camp Bondsteel': 'XK',
  'Ain al-Asad': 'IQ',
  'Al Asad': 'IQ',
  'Al-Asad': 'IQ',
  'Camp Victory': 'IQ',
  'Al-Tanf': 'SY',
  'Al Tanf': 'SY',
  Tanf: 'SY',
  'Camp Schwab': 'JP',
  'Camp Hansen': 'JP',
  'Camp Foster': 'JP',
  Futenma: 'JP',
  'Kadena Air Base': 'JP',
  'Diego Garcia': 'IO',
  'Camp Lejeune': 'US',
  'Camp Pendleton': 'US',
  'Fort Bragg': 'US',
  'Fort Liberty': 'US',
  'Fort Hood': 'US',
  'Fort Cavazos': 'US',
  'Fort Campbell': 'US',
  'Fort Drum': 'US',
  'Fort Stewart': 'US',
  'Fort Riley': 'US',
  'Fort Bliss': 'US',
  'Fort Carson': 'US',
  Bagram: 'AF',
  'Bagram Air Base': 'AF',
  'Camp Bastion': 'AF',
  'Kandahar Airfield': 'AF',
  'Camp Taji': 'IQ',
  'Erbil Air Base': 'IQ',
  'Muwaffaq Salti Air Base': 'JO',
  'Tower 22': 'JO',
  'Camp Marmal': 'AF',
  'Ramstein Air Base': 'DE',
  'Incirlik Air Base': 'TR',
  'Camp Castor': 'ML',
  'Camp Szwederowo': 'PL',
  'Camp Kosciuszko': 'PL',
  'Mihail Kogalniceanu': 'RO',
  Tapa: 'EE',
  Adazi: 'LV',
  Rukla: 'LT',
};

/** Regions of the world news places troops in: a name and the other ways it is printed. */
export const REGIONS: { name: string; aliases: string[] }[] = [
  { name: 'Middle East', aliases: ['Mideast'] },
  { name: 'Baltic states', aliases: ['Baltics', 'Baltic countries', 'Baltic nations', 'Baltic republics', 'Baltic region'] },
  { name: 'Sahel', aliases: ['Sahel region'] },
  { name: 'Persian Gulf', aliases: ['Gulf', 'Arabian Gulf', 'Gulf region'] },
  { name: 'Balkans', aliases: ['Western Balkans'] },
  { name: 'Horn of Africa', aliases: [] },
  { name: 'Indo-Pacific', aliases: [] },
  { name: 'Asia-Pacific', aliases: [] },
  { name: 'Europe', aliases: [] },
  { name: 'Africa', aliases: [] },
  { name: 'Asia', aliases: [] },
  { name: 'Scandinavia', aliases: ['Nordic countries', 'Nordics'] },
  { name: 'Caucasus', aliases: ['South Caucasus'] },
  { name: 'Central Asia', aliases: [] },
  { name: 'East Africa', aliases: [] },
  { name: 'West Africa', aliases: [] },
  { name: 'North Africa', aliases: [] },
  { name: 'Central Africa', aliases: [] },
  { name: 'Southern Africa', aliases: [] },
  { name: 'Eastern Europe', aliases: [] },
  { name: 'Western Europe', aliases: [] },
  { name: 'Southeast Asia', aliases: ['South-East Asia'] },
  { name: 'South Asia', aliases: [] },
  { name: 'Korean Peninsula', aliases: [] },
  { name: 'Arctic', aliases: [] },
  { name: 'Levant', aliases: [] },
  { name: 'Latin America', aliases: [] },
  { name: 'Black Sea region', aliases: [] },
];
