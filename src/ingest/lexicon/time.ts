/**
 * Calendar and clock words as pages print them: months and weekdays with their abbreviations,
 * the labels that introduce a page's date, and time-zone abbreviations with what they mean.
 * Lowercase forms unless said otherwise.
 */

/** Months in order (January = index 0), each with the forms pages print ("Sept.", "Sep", "Sept"). */
// (With the Indonesian and Malay spellings Asian outlets print in English pages: "31 Agustus 2018".)
export const MONTHS: readonly { name: string; forms: readonly string[] }[] = [
  { name: 'january', forms: ['january', 'jan', 'januari'] },
  { name: 'february', forms: ['february', 'feb', 'februari'] },
  { name: 'march', forms: ['march', 'mar', 'maret'] },
  { name: 'april', forms: ['april', 'apr'] },
  { name: 'may', forms: ['may', 'mei'] },
  { name: 'june', forms: ['june', 'jun', 'juni'] },
  { name: 'july', forms: ['july', 'jul', 'juli'] },
  { name: 'august', forms: ['august', 'aug', 'agustus'] },
  { name: 'september', forms: ['september', 'sept', 'sep'] },
  { name: 'october', forms: ['october', 'oct', 'oktober'] },
  { name: 'november', forms: ['november', 'nov'] },
  { name: 'december', forms: ['december', 'dec', 'desember'] },
];

/** Weekdays (Monday first), each with the forms pages print ("Tues.", "Thu"). */
export const WEEKDAYS: readonly { name: string; forms: readonly string[] }[] = [
  { name: 'monday', forms: ['monday', 'mon'] },
  { name: 'tuesday', forms: ['tuesday', 'tues', 'tue'] },
  { name: 'wednesday', forms: ['wednesday', 'wed'] },
  { name: 'thursday', forms: ['thursday', 'thurs', 'thur', 'thu'] },
  { name: 'friday', forms: ['friday', 'fri'] },
  { name: 'saturday', forms: ['saturday', 'sat'] },
  { name: 'sunday', forms: ['sunday', 'sun'] },
];

/** Labels before a page's date, and whether the date they introduce is the first publication. */
export const DATE_LABELS: Readonly<Record<string, 'PUBLISHED' | 'UPDATED'>> = {
  published: 'PUBLISHED',
  'first published': 'PUBLISHED',
  'originally published': 'PUBLISHED',
  posted: 'PUBLISHED',
  created: 'PUBLISHED',
  dated: 'PUBLISHED',
  date: 'PUBLISHED',
  issued: 'PUBLISHED',
  released: 'PUBLISHED',
  write: 'PUBLISHED',
  written: 'PUBLISHED',
  uploaded: 'PUBLISHED',
  input: 'PUBLISHED',
  updated: 'UPDATED',
  update: 'UPDATED',
  'last updated': 'UPDATED',
  'last update': 'UPDATED',
  modified: 'UPDATED',
  'last modified': 'UPDATED',
};

/** Words that make a printed time relative to when the page was read ("2 hours ago"): never a date. */
export const RELATIVE_TIME_WORDS = ['ago', 'just now', 'today', 'yesterday', 'tonight'];

/** Units of a relative time ("3 hrs ago"). */
export const TIME_UNITS = [
  'seconds',
  'second',
  'secs',
  'sec',
  'minutes',
  'minute',
  'mins',
  'min',
  'hours',
  'hour',
  'hrs',
  'hr',
  'h',
  'days',
  'day',
  'd',
  'weeks',
  'week',
  'months',
  'month',
  'years',
  'year',
  'yrs',
];

/**
 * Time-zone abbreviations, as printed (uppercase), to a fixed UTC offset in minutes or to an
 * IANA zone when the abbreviation follows daylight saving ("ET"). Ambiguous ones take the
 * reading most common in English-language news: IST India, AST Arabia, BST British summer,
 * CST US Central, PST US Pacific.
 */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, number | string>> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  UT: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  IST: 330,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  TRT: 180,
  EAT: 180,
  CAT: 120,
  WAT: 60,
  SAST: 120,
  AST: 180,
  IDT: 180,
  GST: 240,
  GET: 240,
  AZT: 240,
  AMT: 240,
  IRST: 210,
  IRDT: 270,
  AFT: 270,
  PKT: 300,
  UZT: 300,
  NPT: 345,
  ICT: 420,
  WIB: 420,
  HKT: 480,
  SGT: 480,
  PHT: 480,
  MYT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  ET: 'America/New_York',
  CT: 'America/Chicago',
  MT: 'America/Denver',
  PT: 'America/Los_Angeles',
};
