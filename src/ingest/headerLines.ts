/**
 * Header lines that settle what they are by themselves, wherever in an article's first lines
 * they stand: a date line, a byline, both on one line, or a job title under a name.
 */
import { bareCredit, splitByline, type Byline } from './bylines.ts';
import { ROLE_WORD } from './bylineWords.ts';
import { isRelativeDateline, readDateLine, type PrintedDate } from './dates.ts';
import { endsLikeSentence, wordCount } from './text.ts';

/** A job-title line under a bare name: "International Correspondent", "Senior Reporter, Islamabad". */
export const isRoleLine = (text: string): boolean =>
  wordCount(text) <= 6 && !endsLikeSentence(text) && !/\d/.test(text) && /^\p{Lu}/u.test(text) && ROLE_WORD.test(text);

/** Header lines that settle what they are by themselves, wherever in the first lines they stand. */
export type Marked = { kind: 'DATELINE' | 'BYLINE'; byline?: Byline; date?: PrintedDate };

/** A few capitalized words, a site name or one word, and no clause: "World | Politics", "KABUL", "example.com", "india". */
const isLabel = (text: string): boolean =>
  /^\p{L}+$/u.test(text) ||
  text
    .split(/\s*\|\s*/)
    .every(
      (part) =>
        wordCount(part) <= 3 && part.split(/\s+/).every((w) => /^\p{Lu}[\p{L}\p{M}'’.&-]*$/u.test(w) || /^[\w-]+(?:\.[\w-]+)+$/.test(w)),
    );

export function markedHeader(text: string, defaultZone: string): Marked | undefined {
  const dated = readDateLine(text, defaultZone);
  if (dated) {
    if (dated.rest === '') return { kind: 'DATELINE', date: dated.date };
    const credit = splitByline(dated.rest) ?? bareCredit(dated.rest);
    if (credit) return { kind: credit.names.length > 0 ? 'BYLINE' : 'DATELINE', byline: credit, date: dated.date };
    // A section label, place or site beside the date: "Politics 2023-09-15T04:44:35+03:00", "ISTANBUL", "EXAMPLE.COM".
    if (isLabel(dated.rest)) return { kind: 'DATELINE', date: dated.date };
    // "By KH디지털2 Published : Dec. 2, 2015": a "By" nobody can be read from still marks a header line.
    if (/^by\b/i.test(dated.rest) && wordCount(dated.rest) <= 4) return { kind: 'DATELINE', date: dated.date };
  }
  if (isRelativeDateline(text)) return { kind: 'DATELINE' };
  const byline = splitByline(text);
  // A byline that carries its date: "By Jane Doe, Edited by John Roe | Updated: May 5, 2021".
  if (byline) return { kind: 'BYLINE', byline, ...(dated ? { date: dated.date } : {}) };
  return undefined;
}
