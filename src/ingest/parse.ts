/**
 * Raw article text → paragraphs with kinds and offsets, headline, standfirst, dateline and
 * bylines. Plain-text articles put one paragraph per line, with blank lines between most:
 * every non-empty line is a paragraph, except hard-wrapped prose, whose lines are joined.
 */
import { datelineDay, parseDateline } from './dates.ts';
import { endsLikeSentence, wordCount } from './text.ts';
import type { ParagraphDraft, ParagraphKind } from './types.ts';

export interface Byline {
  names: string[];
  role?: string;
}

export interface ParsedArticle {
  paragraphs: ParagraphDraft[];
  headline: string;
  standfirst?: string;
  publishedAt?: Date;
  /** The publication day as the dateline writes it. */
  publishedDay?: string;
  bylines: Byline[];
}

interface Line {
  text: string;
  start: number;
  end: number;
  /** A blank line follows. */
  blockEnd: boolean;
}

const RELATED = /^(read more|more|related|see also|also read|watch|listen|recommended|read next)\s*[:|»>–—-]/i;
const CREDIT = /(?:[.;,]?\s*|\s*[([]\s*)(?:pictures?|photo(?:graph)?s?|images?|credit|source)\s*:\s*([^)\]]{2,60}?)\s*[)\]]?\s*\.?$/i;
const WIRE_CREDIT = /\s+[/|]\s*((?:Getty Images|AFP|Reuters|AP|PA|EPA|Shutterstock|Alamy)[^.]{0,30})\.?$/;
const BYLINE = /^by\s+(.+)$/i;
const WIRE_DATELINE = /^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w .]+)?\s*(?:,\s*\w+\.? \d{1,2})?\s*(?:\([^)]{2,30}\))?\s*[-–—]\s/;
const NAME = /^(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]+$/;

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
    lines.push({ text: body, start, end, blockEnd: /^\n[ \t]*\n/.test(text.slice(match.index + raw.length)) || match.index + raw.length >= text.length });
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
      !block.some((l) => captionCredit(l.text));
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

export function splitByline(text: string): Byline | undefined {
  const match = BYLINE.exec(text.trim());
  if (!match?.[1]) return undefined;
  const [namesPart, ...roleParts] = match[1].split(/\s*(?:,|\||—|–|\s-\s)\s*/);
  const names = (namesPart ?? '').split(/\s+and\s+|\s*&\s*/).map((n) => n.trim()).filter(Boolean);
  // "By A, B and C": the comma separates names when every part looks like a name.
  const parts = match[1].split(/\s*,\s*|\s+and\s+|\s*&\s*/).map((p) => p.trim());
  if (parts.length > 2 && parts.every((p) => NAME.test(p) && wordCount(p) <= 4 && !/correspondent|editor|reporter|writer/i.test(p))) {
    return { names: parts };
  }
  if (!names.every((n) => NAME.test(n) && wordCount(n) <= 4)) return undefined;
  const role = roleParts.join(', ').trim();
  return { names, ...(role ? { role } : {}) };
}

const captionCredit = (text: string): string | undefined => (CREDIT.exec(text)?.[1] ?? WIRE_CREDIT.exec(text)?.[1])?.trim();

interface Classified {
  kinds: ParagraphKind[];
  credits: (string | undefined)[];
  /** The line is a caption's title, repeated with a credit on the next line: one caption. */
  joinNext: boolean[];
  publishedAt?: Date;
  publishedDay?: string;
  bylines: Byline[];
}

function classify(lines: Line[], defaultZone: string): Classified {
  const kinds: ParagraphKind[] = lines.map(() => 'BODY');
  const joinNext = lines.map(() => false);
  const credits: (string | undefined)[] = lines.map(() => undefined);
  const bylines: Byline[] = [];
  let publishedAt: Date | undefined;
  let publishedDay: string | undefined;
  kinds[0] = 'HEADLINE';
  let firstBody = -1;
  for (let i = 1; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    const credit = captionCredit(text);
    const byline = splitByline(text);
    const date = firstBody === -1 ? parseDateline(text, defaultZone) : undefined;
    if (credit) {
      kinds[i] = 'CAPTION';
      credits[i] = credit;
      // A caption often repeats the line above it, adding the credit. Above the body that line
      // is the standfirst; below, it is the caption's own title and joins the caption.
      const previous = lines[i - 1];
      const repeats = previous !== undefined && text.startsWith(previous.text.replace(/[.\s]+$/, ''));
      if (repeats && kinds[i - 1] !== 'HEADLINE' && kinds[i - 1] !== 'STANDFIRST') {
        kinds[i - 1] = 'CAPTION';
        joinNext[i - 1] = true;
      }
    } else if (byline && firstBody === -1) {
      kinds[i] = 'BYLINE';
      bylines.push(byline);
    } else if (date && !publishedAt) {
      kinds[i] = 'DATELINE';
      publishedAt = date;
      publishedDay = datelineDay(text);
    } else if (firstBody === -1 && /^(?:(?:published|updated|posted|last updated)\s*:?|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago)$/i.test(text)) {
      kinds[i] = 'DATELINE';
    } else if (RELATED.test(text)) {
      kinds[i] = 'RELATED_LINK';
    } else if (firstBody === -1 && isBareName(text, lines[i + 1]?.text)) {
      kinds[i] = 'BYLINE';
    } else if (firstBody === -1 && nameList(text)) {
      // "Jessica Elgot and Dan Sabbagh": a byline without "By".
      kinds[i] = 'BYLINE';
      bylines.push({ names: nameList(text) as string[] });
    } else if (firstBody === -1 && !endsLikeSentence(text) && !WIRE_DATELINE.test(text)) {
      kinds[i] = 'STANDFIRST';
    } else if (firstBody !== -1 && !endsLikeSentence(text) && !/[:"“]$/.test(text) && wordCount(text) <= 20 && /^[A-Z0-9‘'"“]/.test(text)) {
      kinds[i] = 'RELATED_LINK';
    } else if (firstBody === -1) firstBody = i;
  }
  // Only the first summary line before the body is the standfirst; others are body text.
  let seen = false;
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 'STANDFIRST') continue;
    if (seen) kinds[i] = 'BODY';
    seen = true;
  }
  return { kinds, credits, joinNext, ...(publishedAt ? { publishedAt } : {}), ...(publishedDay ? { publishedDay } : {}), bylines };
}

/** A line of two- or three-word names joined by commas and "and", and nothing else. */
function nameList(text: string): string[] | undefined {
  const names = text.split(/\s*,\s*|\s+and\s+|\s*&\s*/);
  const isName = (n: string) => /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){1,2}$/.test(n);
  return names.length >= 2 && names.length <= 4 && names.every(isName) ? names : undefined;
}

/** A line that is just a name, followed by "By <that name>": the same author twice. */
function isBareName(text: string, next: string | undefined): boolean {
  if (!NAME.test(text) || wordCount(text) > 4 || !next) return false;
  const byline = splitByline(next);
  return byline?.names.some((name) => name === text) ?? false;
}

export function parseArticle(text: string, defaultZone: string): ParsedArticle {
  const lines = joinWrapped(splitLines(text), text);
  if (lines.length === 0) return { paragraphs: [], headline: '', bylines: [] };
  const { kinds, credits, joinNext, publishedAt, publishedDay, bylines } = classify(lines, defaultZone);
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
    ...(publishedAt ? { publishedAt } : {}),
    ...(publishedDay ? { publishedDay } : {}),
    bylines,
  };
}
