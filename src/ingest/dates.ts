/**
 * Dates: datelines to instants (zone abbreviations honoured, otherwise a default IANA zone)
 * and time phrases in sentences to the period a figure applies to, both with chrono-node;
 * zone arithmetic with Intl.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision } from './types.ts';

export interface Period {
  effectiveDate: string;
  periodEnd?: string;
  datePrecision: DatePrecision;
}

/** Offset of `zone` from UTC at `instant`, in minutes. */
function zoneOffset(zone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant) / 60_000);
}

/** The instant at which the wall clock in `zone` shows the given local time (DST-correct). */
export function zonedTime(year: number, month: number, day: number, hour: number, minute: number, zone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let instant = wall - zoneOffset(zone, wall) * 60_000;
  instant = wall - zoneOffset(zone, instant) * 60_000;
  return new Date(instant);
}

const DATELINE_NOISE = /^(published|updated|last updated|posted|first published)\s*(on|at)?\s*:?\s*/i;

/**
 * The publication instant in a dateline ("9 September 2020, 17:30", "Nov. 17, 2020",
 * "Published 30 July 2020 09:15 BST", ISO 8601); undefined when the line is not one.
 */
export function parseDateline(line: string, defaultZone: string): Date | undefined {
  const text = line.replace(DATELINE_NOISE, '').trim();
  // "2 hours ago" is relative to when it was read, not when it was written.
  if (text.length > 80 || /\b(ago|today|yesterday|tonight|just now)\b/i.test(text)) return undefined;
  const [result] = chrono.parse(text, new Date(), { forwardDate: false });
  if (!result || !result.start.isCertain('day') || !result.start.isCertain('month')) return undefined;
  // The date must be most of the line: "He left on 9 September" is not a dateline.
  const rest = text.replace(result.text, '').replace(/[\s,|·•–—-]+/g, ' ').trim();
  if (rest.split(' ').filter((w) => /[a-z]/i.test(w)).length > 2) return undefined;
  const start = result.start;
  if (start.isCertain('timezoneOffset')) return start.date();
  const hour = start.isCertain('hour') ? (start.get('hour') ?? 0) : 0;
  const minute = start.isCertain('hour') ? (start.get('minute') ?? 0) : 0;
  return zonedTime(start.get('year') ?? 0, start.get('month') ?? 1, start.get('day') ?? 1, hour, minute, defaultZone);
}

const iso = (date: Date): string => date.toISOString().slice(0, 10);

/** The day a dateline states, as written (its own zone's calendar day): "Oct. 14, 2019 8:30 PM EDT" → 2019-10-14. */
export function datelineDay(line: string): string | undefined {
  const [result] = chrono.parse(line.replace(DATELINE_NOISE, ''), new Date(), { forwardDate: false });
  const start = result?.start;
  if (!start?.isCertain('day') || !start.isCertain('month')) return undefined;
  return iso(new Date(Date.UTC(start.get('year') ?? 0, (start.get('month') ?? 1) - 1, start.get('day') ?? 1)));
}
const utcDate = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const monthEnd = (y: number, m: number): Date => new Date(Date.UTC(y, m, 0));

/** Periods chrono has no parser for. */
function customPeriod(sentence: string, ref: Date): Period | undefined {
  const year = ref.getUTCFullYear();
  if (/\b(by|before|until) the end of (the|this) year\b/i.test(sentence)) {
    return { effectiveDate: iso(ref), periodEnd: `${year}-12-31`, datePrecision: 'PERIOD' };
  }
  if (/\b(by|before|until) the end of next year\b/i.test(sentence)) {
    return { effectiveDate: iso(ref), periodEnd: `${year + 1}-12-31`, datePrecision: 'PERIOD' };
  }
  if (/\b(over|in|during) the (coming|next) (few )?(weeks|months)\b/i.test(sentence)) {
    const months = /weeks/i.test(sentence) ? 1 : 6;
    const end = new Date(ref.getTime());
    end.setUTCMonth(end.getUTCMonth() + months);
    return { effectiveDate: iso(ref), periodEnd: iso(end), datePrecision: 'PERIOD' };
  }
  const inYear = /\b(?:in|since|by|until|of|during)\s+((?:19|20)\d{2})\b(?!\s*(?:troops|soldiers))/i.exec(sentence);
  if (inYear?.[1]) return { effectiveDate: `${inYear[1]}-01-01`, periodEnd: `${inYear[1]}-12-31`, datePrecision: 'YEAR' };
  return undefined;
}

/**
 * The period a sentence's figure applies to, resolved against the publication date:
 * "this month" → that month, "by January 15" → the next January 15, "in 2011" → 2011.
 * Bare weekdays ("on Wednesday") date the telling, not the figure, and are skipped.
 */
export function periodOf(sentence: string, publishedAt: Date | undefined): Period | undefined {
  // Without a publication date, relative phrases ("this month", "by January 15") mean nothing.
  if (!publishedAt) return explicitPeriod(sentence);
  const ref = publishedAt;
  const custom = customPeriod(sentence, ref);
  if (custom && custom.datePrecision !== 'YEAR') return custom;
  for (const result of chrono.parse(sentence, ref, { forwardDate: /\b(will|would|by|until|plans?|expected)\b/i.test(sentence) })) {
    const start = result.start;
    if (start.isCertain('weekday') && !start.isCertain('day')) continue;
    if (/\b(ago|yesterday|today|tonight|tomorrow)\b/i.test(result.text) && !start.isCertain('month')) continue;
    const y = start.get('year') ?? ref.getUTCFullYear();
    const m = start.get('month') ?? 1;
    if (start.isCertain('day')) return { effectiveDate: iso(utcDate(y, m, start.get('day') ?? 1)), datePrecision: 'DAY' };
    if (start.isCertain('month')) {
      return { effectiveDate: iso(utcDate(y, m, 1)), periodEnd: iso(monthEnd(y, m)), datePrecision: 'MONTH' };
    }
    if (start.isCertain('year') && /\b(this|last|next) year\b/i.test(result.text)) {
      return { effectiveDate: `${y}-01-01`, periodEnd: `${y}-12-31`, datePrecision: 'YEAR' };
    }
  }
  return custom;
}

/** Only periods the sentence states in full: a year, or a date with its year. */
function explicitPeriod(sentence: string): Period | undefined {
  for (const result of chrono.parse(sentence)) {
    const start = result.start;
    if (!/\b(19|20)\d{2}\b/.test(result.text)) continue;
    const y = start.get('year') ?? 0;
    const m = start.get('month') ?? 1;
    if (start.isCertain('day')) return { effectiveDate: iso(utcDate(y, m, start.get('day') ?? 1)), datePrecision: 'DAY' };
    if (start.isCertain('month')) return { effectiveDate: iso(utcDate(y, m, 1)), periodEnd: iso(monthEnd(y, m)), datePrecision: 'MONTH' };
  }
  const inYear = /\b(?:in|since|by|until|of|during)\s+((?:19|20)\d{2})\b/i.exec(sentence);
  return inYear?.[1] ? { effectiveDate: `${inYear[1]}-01-01`, periodEnd: `${inYear[1]}-12-31`, datePrecision: 'YEAR' } : undefined;
}

/** The calendar day of an instant in a zone (YYYY-MM-DD): the day readers saw on the page. */
export function localDay(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
