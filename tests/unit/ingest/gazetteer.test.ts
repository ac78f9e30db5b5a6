import { describe, expect, it } from 'vitest';
import { lookupPlace, lookupPlaces } from '../../../src/ingest/gazetteer.ts';
import { isCommonWord, lookupBase, resolvePlace } from '../../../src/ingest/placeReading.ts';

/** Names as news prints them (no diacritics, English spellings) → ISO 3166-1 code. */
const CITIES: [string, string][] = [
  ['Zagan', 'PL'],
  ['Adazi', 'LV'],
  ['Kigali', 'RW'],
  ['Abidjan', 'CI'],
  ['Port-Bouet', 'CI'],
  ['Agadez', 'NE'],
  ['Madrid', 'ES'],
  ['Tallinn', 'EE'],
  ['Ginowan', 'JP'],
  ['Nago', 'JP'],
  ['Kadena', 'JP'],
  ['Seoul', 'KR'],
  ['Vilnius', 'LT'],
  ['Kaliningrad', 'RU'],
  ['Taji', 'IQ'],
  ['Auckland', 'NZ'],
  ['Rawalpindi', 'PK'],
  ['Libreville', 'GA'],
  ['Dakar', 'SN'],
  ['Djibouti', 'DJ'],
  ['Oslo', 'NO'],
  ['Kherson', 'UA'],
  ['Zaporizhzhia', 'UA'],
  ['Dushanbe', 'TJ'],
  ['Bokhtar', 'TJ'],
  ['Kulob', 'TJ'],
  ['Juba', 'SS'],
  ['New York', 'US'],
  ['Constanta', 'RO'],
  ['Mihail Kogalniceanu', 'RO'],
  ['Brussels', 'BE'],
  ['Belgrade', 'RS'],
  ['Bagram', 'AF'],
  ['Baghdad', 'IQ'],
  ['Erbil', 'IQ'],
  ['Kabul', 'AF'],
  ['Kandahar', 'AF'],
  ['Rzeszow', 'PL'],
  ['Sevastopol', 'UA'],
  ['Goma', 'CD'],
  ['Timbuktu', 'ML'],
  ['Gao', 'ML'],
  ["N'Djamena", 'TD'],
  ['N’Djamena', 'TD'],
  ['Niamey', 'NE'],
];

const REGIONS: [string, string][] = [
  ['Cabo Delgado', 'MZ'],
  ['Cabo Delgado Province', 'MZ'],
  ['Okinawa', 'JP'],
  ['Hawaii', 'US'],
  ['Colorado', 'US'],
  ['Texas', 'US'],
  ['Oklahoma', 'US'],
  ['North Carolina', 'US'],
];

/** Surnames of people in the news that are also, or are not, the names of towns. */
const SURNAMES = [
  'Austin',
  'Logan',
  'Jones',
  'Carter',
  'Lincoln',
  'Ryder',
  'Esper',
  'Miller',
  'Trump',
  'Johnson',
  'Merz',
  'Wallace',
  'Biden',
  'Stoltenberg',
  'Scholz',
];
/** Of those, the ones no town of 100,000 people is called (Austin, Logan and Lincoln are). */
const SMALL_OR_NO_TOWN = SURNAMES.filter((name) => !['Austin', 'Logan', 'Lincoln'].includes(name));

const WORDS = [
  'Police',
  'Marine',
  'Army',
  'Reading',
  'Mobile',
  'Nice',
  'Bath',
  'Split',
  'Date',
  'Minister',
  'General',
  'President',
  'Prime',
];

const BASES: [string, string | undefined][] = [
  ['Camp Taji', 'IQ'],
  ['Mihail Kogalniceanu air base', 'RO'],
  ['Kadena Air Base', 'JP'],
  ['Bagram Air Base', 'AF'],
  ['Naval Station Rota', 'ES'],
  ['RAF Lakenheath', 'GB'],
  ['Fort Bliss', 'US'],
  ['Fort Carson', 'US'],
  ['Joint Base Lewis-McChord', 'US'],
  // Named after people: from the lexicon of named bases.
  ['Camp Lemonnier', 'DJ'],
  ['Camp Humphreys', 'KR'],
  ['Camp Victory', 'IQ'],
  ['Camp Bondsteel', 'XK'],
  // Named after nobody the data or the lexicon knows.
  ['Camp Redwood', undefined],
  ['Air Base 201', undefined],
  ['Ain al-Asad air base', undefined],
];

describe('lookupPlace', () => {
  it.each(CITIES)('finds the city %s in %s', (name, country) => {
    expect(lookupPlace(name)?.countryCode).toBe(country);
  });

  it.each(REGIONS)('finds the first-level region %s in %s', (name, country) => {
    expect(lookupPlace(name)).toMatchObject({ countryCode: country, kind: 'REGION' });
  });

  it('finds a territory with its own ISO code under that code', () => {
    expect(lookupPlace('Guam')?.countryCode).toBe('GU');
  });

  it('matches names whatever their case', () => {
    expect(lookupPlace('ZAGAN')?.countryCode).toBe('PL');
    expect(lookupPlace('dakar')?.countryCode).toBe('SN');
  });

  it('keeps the spelling of the data in the entry', () => {
    expect(lookupPlace('Zagan')?.name).toBe('Żagań');
  });

  it('finds a small town in the country asked for when a bigger one of that name is elsewhere', () => {
    expect(lookupPlace('Tapa')?.countryCode).not.toBe('EE');
    expect(lookupPlace('Tapa', 'EE')).toMatchObject({ countryCode: 'EE', kind: 'CITY' });
  });

  it('finds nothing for a name no place has', () => {
    expect(lookupPlace('Stoltenberg')).toBeUndefined();
  });
});

describe('lookupPlaces', () => {
  it('puts a capital before a same-named small town', () => {
    const places = lookupPlaces('Belgrade').map((p) => p.countryCode);
    expect(places[0]).toBe('RS');
    expect(places).toContain('US');
  });

  it('puts a state before a same-named small town elsewhere', () => {
    expect(
      lookupPlaces('Colorado')
        .map((p) => p.countryCode)
        .slice(0, 2),
    ).toEqual(['US', 'BR']);
  });

  it('puts a city before its region when it holds most of the region', () => {
    expect(lookupPlaces('Madrid')[0]).toMatchObject({ kind: 'CITY', countryCode: 'ES' });
  });

  it('finds only regions for a name ending in a region word', () => {
    expect(lookupPlaces('Delgado Province')).toEqual([]);
    expect(lookupPlaces('Kaliningrad Oblast').every((p) => p.kind === 'REGION')).toBe(true);
  });

  it('gives each candidate its population where the data counts it', () => {
    expect(lookupPlaces('Rawalpindi')[0]?.population).toBeGreaterThan(1_000_000);
  });
});

describe('isCommonWord', () => {
  it.each(WORDS)('knows %s is also an English word', (word) => {
    expect(isCommonWord(word)).toBe(true);
  });

  it.each(['Dakar', 'Kigali', 'North Carolina', 'Zagan'])('knows %s is only a name', (name) => {
    expect(isCommonWord(name)).toBe(false);
  });
});

describe('resolvePlace', () => {
  it.each(WORDS)('does not read the word %s as a place', (word) => {
    expect(resolvePlace(word)).toBeUndefined();
  });

  it.each(SURNAMES)('does not read %s as a place when the article names that person', (surname) => {
    expect(resolvePlace(surname, { people: [`Pat ${surname}`] })).toBeUndefined();
  });

  it.each(SMALL_OR_NO_TOWN)('does not read the surname %s alone as a place', (surname) => {
    expect(resolvePlace(surname)).toBeUndefined();
  });

  it('reads a bare city of 100,000 people or more as that city', () => {
    expect(resolvePlace('Rawalpindi')?.countryCode).toBe('PK');
  });

  it('reads a bare city of a million people as that city even when its name is also a word', () => {
    expect(resolvePlace('Brussels')?.countryCode).toBe('BE');
  });

  it('does not read a region whose name is also a word alone, however many people it has', () => {
    expect(resolvePlace('Central')).toBeUndefined();
  });

  it('does not read a bare small town', () => {
    expect(resolvePlace('Zagan')).toBeUndefined();
  });

  it('reads a small town when the article names its country', () => {
    expect(resolvePlace('Zagan', { articleCountries: ['PL'] })?.countryCode).toBe('PL');
  });

  it('does not read a common word as a small town of a country the article names', () => {
    expect(resolvePlace('Police', { articleCountries: ['PL'] })).toBeUndefined();
  });

  it('reads a small town in the country printed after it, even when its name is also a word', () => {
    expect(resolvePlace('Tapa', { printedCountry: 'EE' })?.countryCode).toBe('EE');
  });

  it('reads nothing when the country printed after the name has no place of that name', () => {
    expect(resolvePlace('Zagan', { printedCountry: 'EE' })).toBeUndefined();
  });
});

describe('lookupBase', () => {
  it.each(BASES)('finds the country of %s from the place in its name, or the named bases the lexicon knows', (base, country) => {
    expect(lookupBase(base)?.countryCode).toBe(country);
  });
});
