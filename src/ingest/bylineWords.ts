/**
 * The word lists of credit lines as the byline readers match them: patterns and sets built
 * once from the lexicon (agencies, desks, job titles, mastheads, opening words).
 */
import { NEWS_AGENCIES } from './lexicon/agencies.ts';
import {
  BYLINE_LABELS,
  BYLINE_OPENERS,
  DESK_HEADS,
  DESK_WORDS,
  JOURNALIST_ROLES,
  MASTHEAD_WORDS,
  PICTURE_LABELS,
  REPORTING_VERBS,
} from './lexicon/media.ts';
import { SECTION_WORDS } from './lexicon/pageFurniture.ts';
import { MONTHS, WEEKDAYS } from './lexicon/time.ts';
import { escapeRegExp } from './text.ts';

export const words = (list: readonly string[]): string =>
  list
    .map(escapeRegExp)
    .sort((a, b) => b.length - a.length)
    .join('|');

export const TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/gi;
/** "By Jane Doe", "By: Jane Doe", "Text: Jane Doe/TT" (a label needs its colon). */
export const BYLINE = new RegExp(`^(?:(?:${words(BYLINE_OPENERS)})\\s*:?\\s+|(?:${words(BYLINE_LABELS)})\\s*:\\s*)(.+)$`, 'i');
/** A credit in parentheses: "(By Jane Doe and John Roe)", as some agencies print it under the story. */
export const PARENTHESIZED = /^\((.+)\)\.?$/;
/** "— Jane Doe", "- JANE DOE": a dash before a name. */
export const LEADING_DASH = /^[-–—]+\s*(?=\S)/;
/** An agency after a name with no spaces or in parentheses: "Jane Doe/TT", "Jane Doe (dpa)". */
export const AGENCY_TAIL = new RegExp(`^(.*?[^\\s/(])\\s*(?:/\\s*(${words(NEWS_AGENCIES)})|\\(\\s*(${words(NEWS_AGENCIES)})\\s*\\))$`, 'u');
/** "Jane Doe reports from Kyiv", "Jane Doe, writing from Lagos": where or for whom, not a name. */
export const REPORTS_FROM = new RegExp(`^(.+?),?\\s+(?:${words(REPORTING_VERBS)})\\s+(from|in|for)\\s+(.+)$`, 'u');

export const AGENCIES = [...NEWS_AGENCIES].sort((a, b) => b.length - a.length);
export const AGENCY_SET = new Set(NEWS_AGENCIES);
export const AGENCY_BY_LOWER = new Map(NEWS_AGENCIES.filter((a) => /\p{Ll}/u.test(a)).map((a) => [a.toLowerCase(), a]));
export const DESK = new Set(DESK_WORDS);
export const ROLES = new Set(JOURNALIST_ROLES);
export const SECTIONS = new Set(SECTION_WORDS);
export const CALENDAR = new Set([...MONTHS, ...WEEKDAYS].flatMap((m) => m.forms));
export const HEADS = new Set(DESK_HEADS);
export const MASTHEADS = new Set(MASTHEAD_WORDS);
export const PICTURE_WORDS = new Set(PICTURE_LABELS);
export const ROLE_WORD = new RegExp(`\\b(?:${words(JOURNALIST_ROLES)})s?\\b`, 'i');

export const stripTags = (text: string): string => text.replace(TAG, ' ').replace(/\s+/g, ' ').trim();
export const lowerWords = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[\s,]+/)
    .map((w) => w.replace(/[.'’]+$/g, ''))
    .filter(Boolean);
