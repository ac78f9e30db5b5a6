/**
 * Dates: the date a page prints for itself (a calendar day, and an instant only when a time is
 * printed; zone abbreviations honoured, otherwise a default IANA zone); zone arithmetic with
 * Intl (zones.ts). The period a figure applies to is periods.ts's.
 */
import { DATE_LABELS, MONTHS, RELATIVE_TIME_WORDS, TIME_UNITS, WEEKDAYS, ZONE_ABBREVIATIONS } from './lexicon/time.ts';
import { COUNTER_LABELS } from './lexicon/pageFurniture.ts';
import { NEWS_AGENCIES } from './lexicon/agencies.ts';
import type { PublishedPrecision } from './types.ts';
import { cityZone, zonedTime } from './zones.ts';

export { localDay, zonedTime, zoneOffset } from './zones.ts';

/** The date a page prints: the calendar day as printed, and the instant when a time is printed too. */
export interface PrintedDate {
  /** YYYY-MM-DD, the day in the outlet's own zone, exactly as printed. */
  day: string;
  /** Only when the line prints a time: in the printed zone (abbreviation or offset), else the default zone. */
  at?: Date;
  precision: PublishedPrecision;
  /** "Updated 5 May" is not when the page was first published. */
  label: 'PUBLISHED' | 'UPDATED';
  /** "09/08/2017" outside the Americas: the other reading (YYYY-MM-DD), for the story's own dateline to settle. */
  otherReading?: string;
}

export interface DateLine {
  /** The first publication date the line prints (an update only when it prints nothing else). */
  date: PrintedDate;
  /** What the line says besides dates, times, zones, weekdays, labels and separators ("By: Jane Doe"). */
  rest: string;
}

const alternation = (forms: readonly string[]): string =>
  [...forms]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
const MONTH_NUMBERS = new Map(MONTHS.flatMap((m, i) => m.forms.map((form) => [form, i + 1] as const)));
const MONTH = `(${alternation([...MONTH_NUMBERS.keys()])})\\.?(?![a-z])`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** A year, also when a page glues the time to it ("May 5, 20214:12 PM"). */
const YEAR = '((?:19|20)\\d{2})(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))';
/** 2020-08-03, 2020-08-03T14:20:00Z, 2023-09-15T04:44:35+03:00, 2021-04-14 18:02. */
const ISO =
  /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d:])/gi;
/** 9 September 2020, 16th March 2018, 5th Aug, 2024, 05-Aug-2024, 24th Monday, January 2022. */
const DAY_MONTH_YEAR = new RegExp(
  `\\b${DAY}(?:\\s+of)?[\\s./-]*(?:(?:${alternation(WEEKDAYS.flatMap((w) => w.forms))})\\.?,?\\s+)?${MONTH}[\\s,./-]*${YEAR}`,
  'gi',
);
/** July 10, 2023; Nov. 17, 2020; Aug 5th 2024. */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}[\\s.]*${DAY}(?!\\d)\\s*,?\\s*${YEAR}`, 'gi');
/** A wire dateline's month and day near the start of a story: "KUALA LUMPUR, Sept 8 (Bernama) --". */
const WIRE_LEAD = new RegExp(`^[^.!?]{0,60}?\\b${MONTH}\\s+(\\d{1,2})\\b`, 'i');
/** 14.04.2021, 14/04/2021, 04/14/2021, 2021/04/14, 2021.03.10 (Korean and Japanese pages). */
const NUMERIC =
  /(?<![\d.:/-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?![\d.:/-])|(?<![\d.:/-])((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})(?![\d:/-])/g;
/** 17:30, 09:04 PM, 7:30 a.m., 18.30, 4 pm, 13:22:05. */
const TIME = /(?<![\d:.,/-])(\d{1,2})(?:([:.h])(\d{2})(?::(\d{2}))?)?(?:\s*([ap])\.?\s?m(?![a-z])\.?)?(?![\d:])/gi;
/** After a time: GMT+3, UTC+05:30, +0300, (KST), EDT. */
const ZONE = /^\s*\(?\s*(?:(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?|([+-])(\d{2})(?::?(\d{2}))?|([A-Z]{1,5}))(?![A-Za-z])\)?/;
const LABEL = new RegExp(`\\b(${alternation(Object.keys(DATE_LABELS))})\\b(?:\\s+(?:on|at))?\\s*:?`, 'gi');
const WEEKDAY = new RegExp(`\\b(?:${alternation(WEEKDAYS.flatMap((w) => w.forms))})\\b\\.?,?`, 'gi');
const RELATIVE = new RegExp(
  `\\b(?:(?:\\d+|an?|one)\\s*(?:${alternation(TIME_UNITS)})\\s+ago|${alternation(RELATIVE_TIME_WORDS)})\\b`,
  'gi',
);
const AMERICAN_ZONE = new RegExp(
  `\\b(?:${Object.entries(ZONE_ABBREVIATIONS)
    .filter(([, z]) => (typeof z === 'string' ? z.startsWith('America/') : z <= -180))
    .map(([abbreviation]) => abbreviation)
    .join('|')})\\b`,
);
/** After a time: "(Kyiv time)", "Moscow time", "(local time)": a zone named by its city. */
const CITY_TIME = /^\s*,?\s*\(?\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’.-]*){0,2}|local)\s+time\s*\)?/u;
/** "Count : 85", "Views: 1,204", "12 comments": counters printed beside the date. */
const COUNTER = new RegExp(
  `\\b(?:(?:${alternation(COUNTER_LABELS)})\\s*:?\\s*\\d[\\d,.]*|\\d[\\d,.]*\\s+(?:${alternation(COUNTER_LABELS)}))\\b`,
  'gi',
);
const HAS_YEAR = /(?:19|20)\d{2}/;
const ORPHAN_TIME = /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?)?(?=\s|$)/gi;
const GLUED_LABEL = /(?<=[\p{L}\p{N}])(?=(?:Published|Updated|Posted|Last Updated)\b)/gu;
/** "Tallinn (AFP) March 17, 2017": the agency's credit beside the date. */
const AGENCY_IN_PARENTHESES = new RegExp(`\\((?:${alternation(NEWS_AGENCIES)})\\)`, 'g');
/** "3 min read", "5-7 minute read": how long the page takes to read, printed beside its date. */
const READING_TIME = /\b\d+\s*(?:-\s*\d+\s*)?min(?:ute)?s?\.?\s+read\b/gi;

interface Found {
  start: number;
  end: number;
  year: number;
  month: number;
  day: number;
  /** ISO 8601 carries its own time and offset. */
  clock?: Clock;
  /** Slashed, both parts 12 or less, read day-first: it could be month-first. */
  ambiguous?: boolean;
}

interface Clock {
  start: number;
  end: number;
  hour: number;
  minute: number;
  second?: number;
  /** Minutes east of UTC, or an IANA zone. */
  zone?: number | string;
  /** The line names a zone this cannot place ("Beijing time"): the day stands, the instant is unknown. */
  unplaced?: boolean;
}

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const valid = (f: Found): boolean => f.month >= 1 && f.month <= 12 && f.day >= 1 && f.day <= daysIn(f.year, f.month);
const offsetOf = (sign: string, hours: string, minutes: string | undefined): number =>
  (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0));

/** "Z", "+03:00", "+0300", "-05" → minutes east of UTC. */
function isoOffset(z: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  return m ? offsetOf(m[1] as string, m[2] as string, m[3]) : 0;
}

/** Every full date (day, month and year) in a line; a date without a year is no date. */
function findDates(line: string, defaultZone: string): Found[] {
  const found: Found[] = [];
  // Slashed dates are month-first in the Americas: the outlet's zone, or a zone printed on the line, says so.
  const american = defaultZone.startsWith('America/') || AMERICAN_ZONE.test(line);
  for (const m of line.matchAll(ISO)) {
    const [, y, mo, d, h, mi, s, z] = m;
    const start = m.index;
    const clock: Clock | undefined =
      h && mi
        ? {
            start,
            end: start + m[0].length,
            hour: Number(h),
            minute: Number(mi),
            ...(s ? { second: Number(s) } : {}),
            ...(z ? { zone: isoOffset(z) } : {}),
          }
        : undefined;
    found.push({ start, end: start + m[0].length, year: Number(y), month: Number(mo), day: Number(d), ...(clock ? { clock } : {}) });
  }
  for (const m of line.matchAll(DAY_MONTH_YEAR)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      day: Number(m[1]),
      month: MONTH_NUMBERS.get((m[2] as string).toLowerCase()) ?? 0,
      year: Number(m[3]),
    });
  }
  for (const m of line.matchAll(MONTH_DAY_YEAR)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      month: MONTH_NUMBERS.get((m[1] as string).toLowerCase()) ?? 0,
      day: Number(m[2]),
      year: Number(m[3]),
    });
  }
  for (const m of line.matchAll(NUMERIC)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[5]) {
      found.push({ ...span, year: Number(m[5]), month: Number(m[6]), day: Number(m[7]) });
      continue;
    }
    const [a, b] = [Number(m[1]), Number(m[3])];
    // Dots are day-first everywhere; slashes are month-first only in the Americas, unless a part exceeds 12.
    const monthFirst = m[2] !== '.' && (b > 12 || (a <= 12 && american));
    found.push({
      ...span,
      year: Number(m[4]),
      month: monthFirst ? a : b,
      day: monthFirst ? b : a,
      ...(m[2] === '/' && !monthFirst && a <= 12 && a !== b ? { ambiguous: true } : {}),
    });
  }
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Found[] = [];
  for (const f of found) if (valid(f) && !kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept;
}

/** The first clock time in `text` (dates blanked out), with the zone printed after it. */
function findClock(text: string, from: number, to: number): Clock | undefined {
  TIME.lastIndex = from;
  for (let m = TIME.exec(text); m && m.index < to; m = TIME.exec(text)) {
    const [, h, sep, mi, s, meridiem] = m;
    if (!mi && !meridiem) continue;
    // "18.30" and "6.30pm" are times; "5.30" alone may be anything.
    if (sep === '.' && !meridiem && (h ?? '').length < 2) continue;
    let hour = Number(h);
    const minute = Number(mi ?? 0);
    if (minute > 59 || Number(s ?? 0) > 59) continue;
    if (meridiem) {
      if (hour < 1 || hour > 12) continue;
      hour = (hour % 12) + (/p/i.test(meridiem) ? 12 : 0);
    } else if (hour > 23) continue;
    let end = m.index + m[0].length;
    const z = ZONE.exec(text.slice(end));
    let zone: number | string | undefined;
    if (z) {
      if (z[1]) zone = offsetOf(z[1], z[2] as string, z[3]);
      else if (z[4]) zone = offsetOf(z[4], z[5] as string, z[6]);
      else zone = ZONE_ABBREVIATIONS[z[7] as string];
      if (zone !== undefined) end += z[0].length;
    }
    let unplaced = false;
    const city = zone === undefined ? CITY_TIME.exec(text.slice(end)) : null;
    if (city) {
      end += city[0].length;
      const named = (city[1] as string).toLowerCase() === 'local' ? undefined : cityZone(city[1] as string);
      if (named) zone = named;
      else unplaced = named === null;
    }
    return {
      start: m.index,
      end,
      hour,
      minute,
      ...(s ? { second: Number(s) } : {}),
      ...(zone !== undefined ? { zone } : {}),
      ...(unplaced ? { unplaced } : {}),
    };
  }
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function instantOf(f: Found, clock: Clock, defaultZone: string): Date {
  const zone = clock.zone ?? defaultZone;
  if (typeof zone === 'number')
    return new Date(Date.UTC(f.year, f.month - 1, f.day, clock.hour, clock.minute, clock.second ?? 0) - zone * 60_000);
  return zonedTime(f.year, f.month, f.day, clock.hour, clock.minute, zone, clock.second ?? 0);
}

const blank = (text: string, start: number, end: number): string => text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);

/**
 * The date a line prints, read as printed ("9 September 2020, 17:30", "Nov. 17, 2020",
 * "Published 30 July 2020 09:15 BST", "4:30 pm on 30 March 2020", ISO 8601, "Updated
 * 10:32 AM EDT, Tue October 15, 2019"), and what else the line says. Undefined when the line
 * prints no full date: "July 17" without a year is not a date.
 */
export function readDateLine(raw: string, defaultZone: string): DateLine | undefined {
  // Cheap pre-check: every date this reads has a four-digit year.
  if (raw.length > 200 || !HAS_YEAR.test(raw)) return undefined;
  // "Jane DoeUpdated February 16, 2018": a label glued to the name before it.
  const line = raw.replace(GLUED_LABEL, ' ');
  const dates = findDates(line, defaultZone);
  if (dates.length === 0) return undefined;
  // Labels split the line into segments, each with its own date and time.
  const labels = [...line.matchAll(LABEL)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: DATE_LABELS[(m[1] as string).toLowerCase().replace(/\s+/g, ' ')] ?? 'PUBLISHED',
  }));
  let masked = line;
  for (const f of dates) masked = blank(masked, f.start, f.end);
  const printed: PrintedDate[] = [];
  dates.forEach((f, i) => {
    const label = labels.filter((l) => l.start <= f.start).at(-1);
    const from = Math.max(label?.start ?? 0, dates[i - 1]?.end ?? 0);
    const nextLabel = labels.find((l) => l.start > f.start)?.start ?? line.length;
    const to = Math.min(nextLabel, dates[i + 1]?.start ?? line.length);
    const found = f.clock ?? findClock(masked, from, to);
    const clock = found?.unplaced ? undefined : found;
    if (found && !f.clock) masked = blank(masked, found.start, found.end);
    const day = `${f.year}-${pad(f.month)}-${pad(f.day)}`;
    printed.push({
      day,
      ...(f.ambiguous ? { otherReading: `${f.year}-${pad(f.day)}-${pad(f.month)}` } : {}),
      ...(clock ? { at: instantOf(f, clock, defaultZone) } : {}),
      precision: !clock ? 'DAY' : clock.second !== undefined ? 'SECOND' : 'MINUTE',
      label: label?.kind ?? 'PUBLISHED',
    });
  });
  for (const l of labels) masked = blank(masked, l.start, l.end);
  const rest = masked
    .replace(WEEKDAY, ' ')
    .replace(RELATIVE, ' ')
    .replace(READING_TIME, ' ')
    .replace(AGENCY_IN_PARENTHESES, ' ')
    // A time left over from an "updated at" label: "updated at 08:16(GMT+8)".
    .replace(ORPHAN_TIME, ' ')
    .replace(COUNTER, ' ')
    .replace(/(?:^|\s)(?:on|at)(?=\s|$)/gi, ' ')
    // Separators stay as bars, so "Jane Doe · CBC News" keeps its two parts.
    .replace(/(?:^|\s)[|•·/—–-]+(?=\s|$)/g, ' | ')
    .replace(/(?:^|\s)[,;:()[\]]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(?:\s*\|\s*)+/g, ' | ')
    .replace(/^[\s|•·/—–,;:-]+|[\s|•·/—–,;:-]+$/g, '')
    // "Posted on Jan 3, 2017 in News": the section the page files the story in.
    .replace(/^in\s+(?=\p{Lu})/u, '')
    // "14.03.2024, 17:06 36246": a view counter with no label.
    .replace(/^\d{1,7}$/, '');
  // One printed date per date found, and there is at least one.
  const date = printed.find((p) => p.label === 'PUBLISHED') ?? printed[0]!;
  return { date, rest };
}

/**
 * A dateline: a line that is a date and nothing else (labels, weekday, time and zone aside).
 * Undefined for a sentence that mentions a date, and for a date without its year.
 */
export function parseDateline(line: string, defaultZone: string): PrintedDate | undefined {
  const read = readDateLine(line, defaultZone);
  return read && read.rest === '' ? read.date : undefined;
}

/** A date line that gives no date: a label alone ("Published:") or a time relative to reading ("Updated 2 hours ago"). */
export function isRelativeDateline(line: string): boolean {
  if (line.length > 60) return false;
  const left = line
    .replace(LABEL, ' ')
    .replace(RELATIVE, ' ')
    .replace(/[\s|•·:,.-]+/g, '');
  return left === '' && line.replace(/[\s|•·:,.-]+/g, '') !== '';
}

/** The day a dateline states, as written (its own zone's calendar day): "Oct. 14, 2019 8:30 PM EDT" → 2019-10-14. */
export function datelineDay(line: string): string | undefined {
  return readDateLine(line, 'UTC')?.date.day;
}

/**
 * A day-first reading of "09/08/2017" the story's wire dateline contradicts ("…, Sept 8
 * (Bernama) --"): the other reading, the instant moved with it. Otherwise the date as read.
 */
export function settleReading(date: PrintedDate, opening: string | undefined): PrintedDate {
  if (!date.otherReading || !opening) return date;
  const lead = WIRE_LEAD.exec(opening.slice(0, 100));
  const month = lead ? MONTH_NUMBERS.get((lead[1] as string).toLowerCase()) : undefined;
  if (!month || `${pad(month)}-${pad(Number(lead?.[2]))}` !== date.otherReading.slice(5)) return date;
  const shift = Date.parse(`${date.otherReading}T00:00:00Z`) - Date.parse(`${date.day}T00:00:00Z`);
  return {
    day: date.otherReading,
    ...(date.at ? { at: new Date(date.at.getTime() + shift) } : {}),
    precision: date.precision,
    label: date.label,
  };
}
