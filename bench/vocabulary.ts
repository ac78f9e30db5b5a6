/**
 * Word lists for the synthetic corpus: enough variety that full-text search has selective
 * and common terms, and that places and people repeat the way they do in real coverage.
 */
import type { LocationKind } from '../src/ingest/types.ts';

export const FIRST_NAMES = [
  'James',
  'Maria',
  'Ahmed',
  'Sarah',
  'Wei',
  'Olga',
  'David',
  'Fatima',
  'John',
  'Elena',
  'Mark',
  'Leila',
  'Peter',
  'Amina',
  'Thomas',
  'Yuki',
  'Robert',
  'Ingrid',
  'Michael',
  'Nadia',
  'Daniel',
  'Claire',
  'Omar',
  'Hannah',
  'Lloyd',
  'Sofia',
  'Kenneth',
  'Priya',
  'Anthony',
  'Grace',
];

export const LAST_NAMES = [
  'Miller',
  'Hassan',
  'Chen',
  'Kowalski',
  'Garcia',
  'Okafor',
  'Novak',
  'Schmidt',
  'Tanaka',
  'Rahimi',
  'Brennan',
  'Ivanova',
  'Dubois',
  'Haddad',
  'Lindqvist',
  'Moreno',
  'Petrov',
  'Austin',
  'Kim',
  'Rossi',
  'Nakamura',
  'Fischer',
  'Odinga',
  'Walsh',
  'Santos',
  'Khan',
  'Berg',
  'Murphy',
  'Costa',
  'Jansen',
];

export const ROLES = [
  'defense secretary',
  'spokesman for the Pentagon',
  'general',
  'commander',
  'foreign minister',
  'prime minister',
  'senator',
  'analyst',
  'ambassador',
  'colonel',
  'defence minister',
  'national security adviser',
];

export interface PlaceSeed {
  name: string;
  kind: LocationKind;
  isoCode?: string;
}

/** About forty places; the generator weights them so that one is clearly the busiest. */
export const PLACES: PlaceSeed[] = [
  ...[
    ['Iraq', 'IQ'],
    ['Afghanistan', 'AF'],
    ['Syria', 'SY'],
    ['Germany', 'DE'],
    ['Poland', 'PL'],
    ['Japan', 'JP'],
    ['South Korea', 'KR'],
    ['Kuwait', 'KW'],
    ['Qatar', 'QA'],
    ['Bahrain', 'BH'],
    ['Jordan', 'JO'],
    ['Turkey', 'TR'],
    ['Italy', 'IT'],
    ['Spain', 'ES'],
    ['Romania', 'RO'],
    ['Lithuania', 'LT'],
    ['Estonia', 'EE'],
    ['Latvia', 'LV'],
    ['Niger', 'NE'],
    ['Mali', 'ML'],
    ['Somalia', 'SO'],
    ['Djibouti', 'DJ'],
    ['Kosovo', 'XK'],
    ['Norway', 'NO'],
    ['Australia', 'AU'],
    ['Philippines', 'PH'],
    ['Saudi Arabia', 'SA'],
    ['United Arab Emirates', 'AE'],
    ['Ukraine', 'UA'],
    ['Lebanon', 'LB'],
  ].map(([name, isoCode]) => ({ name: name as string, kind: 'COUNTRY' as const, isoCode: isoCode as string })),
  ...['Baghdad', 'Kabul', 'Erbil', 'Seoul', 'Okinawa'].map((name) => ({ name, kind: 'CITY' as const })),
  ...['Ramstein Air Base', 'Al Asad Air Base', 'Camp Arifjan', 'Bagram Airfield'].map((name) => ({ name, kind: 'BASE' as const })),
  { name: 'Baltic states', kind: 'REGION' },
];

export const FORCES = ['U.S.', 'British', 'French', 'German', 'NATO', 'Turkish', 'Australian', 'Italian'];

export const TOPICS = [
  'withdrawal',
  'drawdown',
  'deployment',
  'reinforcement',
  'rotation',
  'training mission',
  'counterterrorism',
  'air defence',
  'logistics',
  'ceasefire',
  'negotiations',
  'budget',
  'elections',
  'sanctions',
  'security agreement',
  'militia attacks',
  'border patrols',
  'peacekeeping',
  'naval exercises',
  'intelligence sharing',
];

export const VERBS = ['said', 'told reporters', 'said in a statement', 'added', 'told lawmakers', 'wrote'];

export const FILLER = [
  'The decision followed months of talks between the two governments',
  'Officials described the move as long planned and unrelated to recent events',
  'Critics warned that the timing could embolden armed groups in the region',
  'Lawmakers from both parties asked for a briefing before the end of the month',
  'The ministry did not respond to a request for comment on the schedule',
  'Diplomats said the plan had been discussed at a summit earlier in the year',
  'Analysts said the numbers reflected a shift toward smaller advisory missions',
  'Local leaders said residents had seen convoys moving at night',
  'The announcement came as the coalition marked another anniversary of the campaign',
  'Several allies said they would review their own commitments in light of the change',
  'The command said the remaining forces would focus on training and advising',
  'Protesters gathered outside the embassy to demand a faster timetable',
];
