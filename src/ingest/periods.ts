/**
 * The period a troop figure applies to, read from its clause and resolved against the day of
 * publication: "this month" is that month, "by January 15" the next January 15, "in 2011" that
 * year, "by the end of the year" a period ending 31 December. Without a publication date only
 * what the text states in full counts (a year, a month with its year, a whole date). Bare
 * weekdays ("on Wednesday") date the telling, not the figure.
 */
import { MONTHS } from './lexicon/time.ts';
import type { DatePrecision } from './types.ts';

export interface Period {
  effectiveDate: string;
  periodEnd?: string;
  datePrecision: DatePrecision;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isoOf = (date: Date): string => date.toISOString().slice(0, 10);

const monthOf = new Map(MONTHS.flatMap((m, i) => m.forms.map((f) => [f, i + 1] as const)));
// "May" only capitalized: "may" is a verb.
const MONTH = `(${MONTHS.flatMap((m) => m.forms)
  .filter((f) => f !== 'may')
  .map((f) => `${f[0]?.toUpperCase()}${f.slice(1)}|${f}`)
  .join('|')}|May)\\.?`;
const FULL_MD = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`);
const FULL_DM = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\s+((?:19|20)\\d{2})\\b`);
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b`);
const MONTH_DAY = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*(?:19|20)\\d{2})|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`,
);
const MONTH_ALONE = new RegExp(
  `\\b(?:in|by|from|until|since|during|through|before|after|early|mid|late|end of|since|this)\\s+(?:early\\s+|mid-?|late\\s+)?${MONTH}\\b(?!\\s+\\d)`,
);
const IN_YEAR = /\b(?:in|since|by|until|of|during|through|from)\s+((?:19|20)\d{2})\b(?!\s*(?:troops|soldiers))/i;
const FUTURE = /\b(?:will|would|by|until|plans?|expected|set to|due to|to be)\b/i;

const monthNumber = (word: string | undefined): number | undefined =>
  word ? monthOf.get(word.toLowerCase().replace(/\.$/, '')) : undefined;
const monthPeriod = (y: number, m: number): Period => ({
  effectiveDate: day(y, m, 1),
  periodEnd: day(y, m, lastDay(y, m)),
  datePrecision: 'MONTH',
});
const yearPeriod = (y: number): Period => ({ effectiveDate: `${y}-01-01`, periodEnd: `${y}-12-31`, datePrecision: 'YEAR' });

/** What the clause states in full: a whole date, a month with its year, a year. */
function explicit(text: string): Period | undefined {
  const md = FULL_MD.exec(text);
  if (md) return { effectiveDate: day(Number(md[3]), monthNumber(md[1]) ?? 1, Number(md[2])), datePrecision: 'DAY' };
  const dm = FULL_DM.exec(text);
  if (dm) return { effectiveDate: day(Number(dm[3]), monthNumber(dm[2]) ?? 1, Number(dm[1])), datePrecision: 'DAY' };
  const my = MONTH_YEAR.exec(text);
  if (my) return monthPeriod(Number(my[2]), monthNumber(my[1]) ?? 1);
  const y = IN_YEAR.exec(text);
  return y?.[1] ? yearPeriod(Number(y[1])) : undefined;
}

/** Periods stated relative to publication. */
function relative(text: string, ref: Date): Period | undefined {
  const year = ref.getUTCFullYear();
  const month = ref.getUTCMonth() + 1;
  const forward = FUTURE.test(text);
  if (/\b(?:by|before|until) the end of (?:the|this) year\b/i.test(text))
    return { effectiveDate: isoOf(ref), periodEnd: `${year}-12-31`, datePrecision: 'PERIOD' };
  if (/\b(?:by|before|until) the end of next year\b/i.test(text))
    return { effectiveDate: isoOf(ref), periodEnd: `${year + 1}-12-31`, datePrecision: 'PERIOD' };
  const coming = /\b(?:over|in|during|within) the (?:coming|next) (?:few )?(weeks|months)\b/i.exec(text);
  if (coming) {
    const end = new Date(ref.getTime());
    end.setUTCMonth(end.getUTCMonth() + (coming[1]?.toLowerCase() === 'weeks' ? 1 : 6));
    return { effectiveDate: isoOf(ref), periodEnd: isoOf(end), datePrecision: 'PERIOD' };
  }
  const md = MONTH_DAY.exec(text);
  if (md) {
    const m = monthNumber(md[1] ?? md[4]) ?? 1;
    const d = Number(md[2] ?? md[3]);
    // "by January 15" in September is next January; "on March 3" in a past-tense clause is this year's.
    const y = forward && (m < month || (m === month && d < ref.getUTCDate())) ? year + 1 : !forward && m > month ? year - 1 : year;
    return { effectiveDate: day(y, m, d), datePrecision: 'DAY' };
  }
  const alone = MONTH_ALONE.exec(text);
  if (alone) {
    const m = monthNumber(alone[1]) ?? 1;
    // "by June next year", "in May last year": the month of that year.
    const shift = /\bnext year\b/i.test(text) ? 1 : /\blast year\b/i.test(text) ? -1 : 0;
    const y = shift ? year + shift : forward && m < month ? year + 1 : !forward && m > month ? year - 1 : year;
    return monthPeriod(y, m);
  }
  const rel = /\b(this|next|last) (month|year)\b/i.exec(text);
  if (rel) {
    const shift = { this: 0, next: 1, last: -1 }[rel[1]?.toLowerCase() as 'this' | 'next' | 'last'];
    if (rel[2]?.toLowerCase() === 'year') return yearPeriod(year + shift);
    const m = month + shift;
    return monthPeriod(m < 1 ? year - 1 : m > 12 ? year + 1 : year, ((m + 11) % 12) + 1);
  }
  return undefined;
}

export function periodOf(clause: string, publishedAt: Date | undefined): Period | undefined {
  const stated = explicit(clause);
  // A full date or a month with its year wins; a bare year yields to "by the end of the year" and the like.
  if (stated && stated.datePrecision !== 'YEAR') return stated;
  return (publishedAt ? relative(clause, publishedAt) : undefined) ?? stated;
}
