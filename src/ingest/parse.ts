/**
 * Raw article text → paragraphs with kinds and offsets, headline, standfirst, the page's date
 * and bylines. Plain-text articles put one paragraph per line, with blank lines between most:
 * every non-empty line is a paragraph, except hard-wrapped prose, whose lines are joined.
 *
 * The header (the lines between the headline and the story) is read by the kind of line it is:
 * a date line, a byline (with "By", or a bare name beside a date, a job title or another
 * byline), an agency credit, a caption, page furniture, or the standfirst. A byline and a date
 * may share one line. Agency credits ("By The Associated Press") are credits, not authors.
 */
import { readDateLine, settleReading, type PrintedDate } from './dates.ts';
import { bareCredit, deskCredit, splitByline, type Byline } from './bylines.ts';
import { CALENDAR, lowerWords, words } from './bylineWords.ts';
import { isRoleLine, markedHeader, type Marked } from './headerLines.ts';
import { captionCredit, LABELLED_CAPTION, taggedCaption } from './captions.ts';
import { authorBio, reportersOf } from './credits.ts';
import { CONTRIBUTION_CREDITS } from './lexicon/media.ts';
import { LINK_LABELS, PAGE_FURNITURE } from './lexicon/pageFurniture.ts';
import { FUNCTION_WORDS } from './lexicon/common.ts';
import { findPlaces } from './places.ts';
import { endsLikeSentence, wordCount } from './text.ts';
import type { ParagraphDraft, ParagraphKind, PublishedPrecision } from './types.ts';

export { splitByline, type Byline } from './bylines.ts';

export interface ParsedArticle {
  paragraphs: ParagraphDraft[];
  headline: string;
  standfirst?: string;
  /** The publication day as printed (YYYY-MM-DD), in the outlet's zone. */
  publishedOn?: string;
  /** The instant of publication, only when the page prints a time. */
  publishedAt?: Date;
  publishedPrecision?: PublishedPrecision;
  bylines: Byline[];
}

interface Line {
  text: string;
  start: number;
  end: number;
  /** A blank line follows. */
  blockEnd: boolean;
}

const RELATED = new RegExp(`^(?:${words(LINK_LABELS)})\\s*[:|»>–—-]`, 'i');
const LINK_LABEL = new RegExp(`^(?:${words(LINK_LABELS)})\\s*[:|»>–—-]?\\s*$`, 'i');
/** "The Associated Press contributed to this report", "(Reporting by …; Editing by …)", "With inputs from PTI". */
const isContribution = (text: string): boolean => text.length <= 300 && CONTRIBUTION_CREDITS.some((pattern) => pattern.test(text));
/** "WASHINGTON (Reuters) -", "MIHAIL KOGALNICEANU, Romania —", "BRUSSELS:", "DUSHANBE, August 11. /ITAR-TASS/." */
const WIRE_DATELINE =
  /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,?\s+\p{Lu}[\p{L}\p{M}.'’-]*)*(?:,\s*[\p{L}\p{M} .'’-]{2,30})?(?:,\s*\p{L}+\.? \d{1,2}\.?)?\s*(?:\([^)]{2,40}\)|\/[^/]{2,30}\/\.?)?\s*(?:--|[-–—:])\s/u;
/** A story opening "City, (Agency - Outlet - date)" or "City, Month D, YYYY (Agency) --". */
const WIRE_LEAD = /^\p{Lu}[\p{L}\p{M} .'’-]{1,40},\s*/u;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = match.index + lead;
    const end = start + body.length;
    lines.push({
      text: body,
      start,
      end,
      blockEnd: /^\n[ \t]*\n/.test(text.slice(match.index + raw.length)) || match.index + raw.length >= text.length,
    });
  }
  return lines;
}

/** Hard-wrapped prose: a block whose lines run long and break mid-sentence. Joined. */
function joinWrapped(lines: Line[], text: string): Line[] {
  const out: Line[] = [];
  let block: Line[] = [];
  const flush = () => {
    // Wrapped at a fixed width: the lines before the last are of about one length.
    const widths = block.slice(0, -1).map((l) => l.text.length);
    const wrapped =
      block.length > 1 &&
      Math.min(...widths) >= 40 &&
      Math.max(...widths) <= 100 &&
      Math.max(...widths) - Math.min(...widths) <= 20 &&
      (block.at(-1) as Line).text.length <= Math.max(...widths) + 5 &&
      block.slice(0, -1).some((l) => !endsLikeSentence(l.text)) &&
      !block.some((l) => captionCredit(l.text)) &&
      // A byline or a date line under the headline is a line of its own, not a wrapped one.
      !block.slice(1).some((l) => /^by\s/i.test(l.text) || readDateLine(l.text, 'UTC') !== undefined);
    if (wrapped) {
      const first = block[0] as Line;
      const last = block.at(-1) as Line;
      out.push({ text: text.slice(first.start, last.end), start: first.start, end: last.end, blockEnd: true });
    } else out.push(...block);
    block = [];
  };
  for (const line of lines) {
    block.push(line);
    if (line.blockEnd) flush();
  }
  flush();
  return out;
}

/** Furniture lines are short: a paragraph of prose is never checked against every pattern. */
const isFurniture = (text: string): boolean => text.length <= 200 && PAGE_FURNITURE.some((pattern) => pattern.test(text));
const sentences = (text: string): number => text.split(/[.!?]["”’)]*\s+(?=["“]?\p{Lu})/u).filter((s) => wordCount(s) >= 3).length;
const sameText = (a: string, b: string): boolean =>
  Math.abs(a.length - b.length) <= 6 && a.replace(/\W+/g, ' ').trim().toLowerCase() === b.replace(/\W+/g, ' ').trim().toLowerCase();

/** The date a story's opening prints before its text: "Washington, (APP - … - 5th Aug, 2024) The …". */
function wireLeadDate(text: string, defaultZone: string): PrintedDate | undefined {
  // "City, …" or a date itself opens the story: "July 10, 2023 — Canada pledged …".
  if (!WIRE_LEAD.test(text) && !/^(?:\d|\p{Lu}\p{Ll}{2})/u.test(text)) return undefined;
  const window = text.slice(0, 160);
  const open = window.indexOf('(');
  const dash = window.search(/\s(?:--|[-–—])\s|:\s/);
  let lead: string;
  if (open !== -1 && (dash === -1 || open < dash)) {
    const close = window.indexOf(')', open);
    if (close === -1) return undefined;
    lead = window.slice(0, close + 1);
  } else if (dash !== -1) lead = window.slice(0, dash);
  else return undefined;
  // A dateline names a place and a source, nothing more: "Moscow, which … on 18 March 2014 –" is prose.
  const outside = lead.replace(/\([^)]*\)?/g, ' ');
  if (wordCount(outside) > 8 || outside.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !CALENDAR.has(w.replace(/\W+$/, ''))))
    return undefined;
  const read = readDateLine(lead, defaultZone);
  // "On 5 May 2021 – the day the base closed –" dates an event, not the page.
  if (!read || lowerWords(read.rest.replace(/\([^)]*\)?/g, ' ')).some((w) => FUNCTION_WORDS.has(w))) return undefined;
  return read.date;
}

interface Classified {
  kinds: ParagraphKind[];
  credits: (string | undefined)[];
  /** The line is a caption's title (or its image's alt text), followed by the caption: one caption. */
  joinNext: boolean[];
  date?: PrintedDate;
  bylines: Byline[];
}

function classify(lines: Line[], defaultZone: string): Classified {
  const kinds: ParagraphKind[] = lines.map(() => 'BODY');
  const joinNext = lines.map(() => false);
  const credits: (string | undefined)[] = lines.map(() => undefined);
  /** Short lines between body paragraphs taken for related headlines: a caption's alt text is one too. */
  const bareLink = lines.map(() => false);
  const bylines: Byline[] = [];
  const dates: PrintedDate[] = [];
  const headline = (lines[0] as Line).text;
  kinds[0] = 'HEADLINE';
  let firstBody = -1;
  let standfirst = -1;
  const marks = new Map<number, Marked | undefined>();
  const marked = (i: number): Marked | undefined => {
    if (!marks.has(i)) marks.set(i, markedHeader((lines[i] as Line).text, defaultZone));
    return marks.get(i);
  };
  /** A bare name under a short summary that ends like a sentence: the summary was the standfirst. */
  const nameAfterSummary = (i: number): Marked | undefined => {
    const summary = (lines[firstBody] as Line).text;
    if (i + 1 >= lines.length || wordCount(summary) > 40 || sentences(summary) > 2) return undefined;
    const bare = bareCredit((lines[i] as Line).text);
    return bare && bare.names.length > 0 && findPlaces((lines[i] as Line).text).length === 0 ? { kind: 'BYLINE', byline: bare } : undefined;
  };
  const isMarked = (i: number): boolean => i > 0 && i < lines.length && (marked(i) !== undefined || isRoleLine((lines[i] as Line).text));
  for (let i = 1; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    const inHeader = firstBody === -1;
    // ("… (Photo/Jane Doe) Copyright 2023 Example Press. All rights reserved." is a caption, not furniture.)
    if ((isFurniture(text) || LINK_LABEL.test(text)) && !(/\bcopyright\b/i.test(text) && captionCredit(text))) {
      kinds[i] = 'RELATED_LINK';
      continue;
    }
    // Dates and "By" lines are header wherever they stand near the top: a one-sentence summary
    // above them was the standfirst, not the story.
    // ("2 min read" or other furniture may stand between.)
    const nextToSummary = !inHeader && kinds.slice(firstBody + 1, i).every((k) => k === 'RELATED_LINK');
    const reopen = nextToSummary && i <= 5 && standfirst === -1 && !WIRE_DATELINE.test((lines[firstBody] as Line).text);
    if (inHeader || reopen) {
      const mark = marked(i) ?? (reopen ? nameAfterSummary(i) : undefined);
      if (mark) {
        if (reopen) {
          kinds[firstBody] = 'STANDFIRST';
          standfirst = firstBody;
          firstBody = -1;
        }
        kinds[i] = mark.kind;
        if (mark.byline) bylines.push(mark.byline);
        if (mark.date) dates.push(mark.date);
        continue;
      }
    }
    const credit = captionCredit(text);
    // "Jane Doe | Reuters" in the header is a byline, not a caption credited to Reuters.
    const namedCredit = credit !== undefined && firstBody === -1 && (bareCredit(text)?.names.length ?? 0) > 0;
    if ((credit && !namedCredit) || taggedCaption(text) || LABELLED_CAPTION.test(text)) {
      kinds[i] = 'CAPTION';
      credits[i] = credit;
      // A caption often repeats the line above it, adding the credit, or follows its image's alt
      // text. Above the body a repeated line is the standfirst; below, it joins the caption.
      const previous = lines[i - 1] as Line;
      const repeats = text.startsWith(previous.text.replace(/[.\s]+$/, ''));
      const altText = bareLink[i - 1] || (kinds[i - 1] === 'STANDFIRST' && standfirst !== i - 1);
      if ((repeats && kinds[i - 1] !== 'HEADLINE' && kinds[i - 1] !== 'STANDFIRST') || (altText && wordCount(previous.text) <= 15)) {
        kinds[i - 1] = 'CAPTION';
        joinNext[i - 1] = true;
      }
      continue;
    }
    if (sameText(text, headline)) {
      kinds[i] = 'HEADLINE';
      continue;
    }
    if (inHeader) {
      const previousKind = kinds[i - 1];
      if (previousKind === 'BYLINE' && isRoleLine(text)) {
        kinds[i] = 'BYLINE';
        const last = bylines.at(-1);
        if (last && last.names.length > 0 && !last.role) last.role = text;
        else bylines.push({ names: [], role: text });
        continue;
      }
      // The outlet under a byline: "The Daily Courier", "Defense Weekly".
      if (previousKind === 'BYLINE' && wordCount(text) <= 5 && /^\p{Lu}/u.test(text) && !endsLikeSentence(text) && deskCredit(text)) {
        kinds[i] = 'BYLINE';
        const last = bylines.at(-1);
        if (last && !last.agency) last.agency = text;
        else bylines.push({ names: [], agency: text });
        continue;
      }
      const bare = bareCredit(text);
      // A bare name is a byline beside other header lines (a date, a job title, "By …"), or
      // when it names no place ("Middle East", "Hong Kong" are labels).
      // (The places of the names themselves: "Jane DOE/ANKARA" names a person filing from a city.)
      if (bare && (bare.names.length === 0 || isMarked(i - 1) || isMarked(i + 1) || findPlaces(bare.names.join(' ')).length === 0)) {
        kinds[i] = 'BYLINE';
        bylines.push(bare);
        continue;
      }
    }
    // "(By Jane Doe and John Roe)" under the story; an author's note in its last lines.
    const closing = inHeader
      ? undefined
      : text.startsWith('(')
        ? splitByline(text)
        : i >= lines.length - 3
          ? (authorBio(text, lines[i + 1]?.text) ?? splitByline(text))
          : undefined;
    if (RELATED.test(text)) {
      kinds[i] = 'RELATED_LINK';
    } else if (isContribution(text)) {
      kinds[i] = 'BYLINE';
      // "(Reporting by Jane Doe and John Roe; Editing by …)": the reporters are the authors when no byline named any.
      const reporters = bylines.some((b) => b.names.length > 0) ? [] : reportersOf(text);
      bylines.push(reporters.length > 0 ? { names: reporters } : { names: [], role: text });
    } else if (closing?.names.length) {
      kinds[i] = 'BYLINE';
      // (An author's name and the note under it name one author.)
      if (!bylines.some((b) => b.names.join() === closing.names.join())) bylines.push(closing);
    } else if (inHeader && !endsLikeSentence(text) && !WIRE_DATELINE.test(text) && /\p{L}/u.test(text)) {
      // A summary has words: a line of a time or a number alone ("21:40", a live blog's entry) is the story.
      kinds[i] = 'STANDFIRST';
      if (standfirst === -1) standfirst = i;
    } else if (!inHeader && !endsLikeSentence(text) && !/[:"“]$/.test(text) && wordCount(text) <= 20 && /^[\p{Lu}0-9‘'"“]/u.test(text)) {
      kinds[i] = 'RELATED_LINK';
      bareLink[i] = true;
    } else if (inHeader) firstBody = i;
  }
  // Only the first summary line before the body is the standfirst; others are body text.
  for (let i = 0; i < kinds.length; i++) if (kinds[i] === 'STANDFIRST' && i !== standfirst) kinds[i] = 'BODY';
  // An image caption without a credit above the story's wire dateline: several sentences, then "CITY, Country —".
  const body = kinds.indexOf('BODY');
  const next = kinds.indexOf('BODY', body + 1);
  if (
    body !== -1 &&
    next === body + 1 &&
    WIRE_DATELINE.test((lines[next] as Line).text) &&
    !WIRE_DATELINE.test((lines[body] as Line).text) &&
    sentences((lines[body] as Line).text) >= 2
  ) {
    kinds[body] = 'CAPTION';
  }
  let date = dates.find((d) => d.label === 'PUBLISHED') ?? dates[0];
  const opening = kinds.indexOf('BODY');
  if (!date) date = opening === -1 ? undefined : wireLeadDate((lines[opening] as Line).text, defaultZone);
  else date = settleReading(date, lines[opening]?.text);
  return { kinds, credits, joinNext, ...(date ? { date } : {}), bylines };
}

export function parseArticle(text: string, defaultZone: string): ParsedArticle {
  const lines = joinWrapped(splitLines(text), text);
  if (lines.length === 0) return { paragraphs: [], headline: '', bylines: [] };
  const { kinds, credits, joinNext, date, bylines } = classify(lines, defaultZone);
  const paragraphs: ParagraphDraft[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] as Line;
    while (joinNext[i] && i + 1 < lines.length) i++;
    const last = lines[i] as Line;
    const credit = credits[i];
    paragraphs.push({
      index: paragraphs.length,
      kind: kinds[i] as ParagraphKind,
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      ...(credit ? { credit } : {}),
    });
  }
  const standfirst = paragraphs.find((p) => p.kind === 'STANDFIRST')?.text;
  return {
    paragraphs,
    headline: (lines[0] as Line).text,
    ...(standfirst ? { standfirst } : {}),
    ...(date ? { publishedOn: date.day, publishedPrecision: date.precision, ...(date.at ? { publishedAt: date.at } : {}) } : {}),
    bylines,
  };
}
