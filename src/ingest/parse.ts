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
import { readDateLine, isRelativeDateline, type PrintedDate } from './dates.ts';
import {
  BYLINE_OPENERS,
  CONTRIBUTION_CREDITS,
  DESK_HEADS,
  DESK_WORDS,
  JOURNALIST_ROLES,
  LINK_LABELS,
  NEWS_AGENCIES,
  PAGE_FURNITURE,
  PICTURE_LABELS,
  PICTURE_SOURCES,
  SECTION_WORDS,
} from './lexicon/media.ts';
import { MONTHS, WEEKDAYS } from './lexicon/time.ts';
import { FUNCTION_WORDS } from './lexicon/common.ts';
import { NAME_PARTICLES } from './lexicon/titles.ts';
import { findPlaces } from './places.ts';
import { endsLikeSentence, escapeRegExp, wordCount } from './text.ts';
import type { ParagraphDraft, ParagraphKind, PublishedPrecision } from './types.ts';

export interface Byline {
  /** The people credited; empty for an agency or desk credit ("By The Associated Press"). */
  names: string[];
  /** Job title: "Defence Correspondent". */
  role?: string;
  /** The agency or outlet credited beside or instead of people: "Associated Press". */
  agency?: string;
}

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

const words = (list: readonly string[]): string => list.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|');

const RELATED = new RegExp(`^(?:${words(LINK_LABELS)})\\s*[:|»>–—-]`, 'i');
const LINK_LABEL = new RegExp(`^(?:${words(LINK_LABELS)})\\s*[:|»>–—-]?\\s*$`, 'i');
const PICTURES = words(PICTURE_SOURCES);
const PICTURE_LABEL = words(PICTURE_LABELS);
/** "… Picture: Getty", "(Photo: AFP)", "Photograph: Reuters", "Photo by: Reuters", "Image credit: PA". */
const CREDIT = new RegExp(`(?:[.;,]?\\s*|\\s*[([]\\s*)(?:${PICTURE_LABEL})(?:\\s+(?:by|credit|courtesy(?: of)?))?\\s*:\\s*([^)\\]]{2,60}?)\\s*[)\\]]?\\s*\\.?$`, 'i');
/** "… / Getty Images", "… | AFP". */
const WIRE_CREDIT = new RegExp(`\\s+[/|]\\s*((?:${PICTURES})[^.]{0,30})\\.?$`);
/** "(AP Photo/Jane Doe)", "(U.S. Army photo by Sgt. Jane Doe)", "(Photo by Jane Doe/Getty Images)". */
const PHOTO_PARENTHESIS = new RegExp(`\\(((?:[^()]*\\bphoto(?:graph)?\\s*(?:by\\b|/|:)|(?:${PICTURES})\\s*(?:photo\\b|/))[^()]{1,80})\\)\\.?$`, 'i');
/** "AFP/File | The leader …", "Reuters | The leader …": a credit before the caption. */
const LEADING_CREDIT = new RegExp(`^((?:${PICTURES})(?:\\s*/\\s*[\\p{L} ]{2,20})?)\\s*\\|\\s+\\S`, 'u');
/** "Image source, Getty Images", "Image credit: AFP": a picture's credit on its own line. */
const LABELLED_CREDIT = new RegExp(`^(?:${PICTURE_LABEL})\\s+(?:source|credit)s?\\s*[,:]\\s*(.{2,80})$`, 'i');
/** "Image caption, Troops arrive at the base", "Media caption, …". */
const LABELLED_CAPTION = new RegExp(`^(?:${PICTURE_LABEL})\\s+caption\\s*[,:]\\s*\\S`, 'i');
/** A credit alone on its line: "Getty Images", "AFP via Getty Images". */
const CREDIT_ONLY = new RegExp(`^((?:${PICTURES})(?:\\s+(?:via|/)\\s+(?:${PICTURES}))?)$`);
const TAGGED = /^<([a-z][a-z0-9]*)\b[^>]*>([\s\S]*)<\/\1>$/i;
const TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/gi;
const BYLINE = new RegExp(`^(?:${words(BYLINE_OPENERS)})\\s*:?\\s+(.+)$`, 'i');
/** "The Associated Press contributed to this report", "(Reporting by …; Editing by …)", "With inputs from PTI". */
const isContribution = (text: string): boolean => text.length <= 300 && CONTRIBUTION_CREDITS.some((pattern) => pattern.test(text));
/** "WASHINGTON (Reuters) -", "MIHAIL KOGALNICEANU, Romania —", "BRUSSELS:", "DUSHANBE, August 11. /ITAR-TASS/." */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,?\s+\p{Lu}[\p{L}\p{M}.'’-]*)*(?:,\s*[\p{L}\p{M} .'’-]{2,30})?(?:,\s*\p{L}+\.? \d{1,2}\.?)?\s*(?:\([^)]{2,40}\)|\/[^/]{2,30}\/\.?)?\s*(?:--|[-–—:])\s/u;
/** A story opening "City, (Agency - Outlet - date)" or "City, Month D, YYYY (Agency) --". */
const WIRE_LEAD = /^\p{Lu}[\p{L}\p{M} .'’-]{1,40},\s*/u;

const AGENCIES = [...NEWS_AGENCIES].sort((a, b) => b.length - a.length);
const AGENCY_SET = new Set(NEWS_AGENCIES);
const AGENCY_BY_LOWER = new Map(NEWS_AGENCIES.filter((a) => /\p{Ll}/u.test(a)).map((a) => [a.toLowerCase(), a]));
const DESK = new Set(DESK_WORDS);
const ROLES = new Set(JOURNALIST_ROLES);
const SECTIONS = new Set(SECTION_WORDS);
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS].flatMap((m) => m.forms));
const HEADS = new Set(DESK_HEADS);
const ROLE_WORD = new RegExp(`\\b(?:${words(JOURNALIST_ROLES)})s?\\b`, 'i');

const stripTags = (text: string): string => text.replace(TAG, ' ').replace(/\s+/g, ' ').trim();
const lowerWords = (text: string): string[] => text.toLowerCase().split(/[\s,]+/).map((w) => w.replace(/[.'’]+$/g, '')).filter(Boolean);

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

/** "The Associated Press", "(AFP)", "/ITAR-TASS/", "Reuters Staff" → the agency credited. */
function agencyCredit(text: string): string | undefined {
  const t = text.replace(/^[\s(/[]+|[\s)/\].,;:]+$/g, '');
  if (AGENCY_SET.has(t)) return t;
  // "REUTERS", "XINHUA": names (not acronyms) printed in capitals.
  const named = AGENCY_BY_LOWER.get(t.toLowerCase());
  if (named && !/\p{Ll}/u.test(t)) return named;
  const staff = /^(.+?)\s+(?:staff|news|wire|desk|reporters?|report)$/i.exec(t);
  return staff?.[1] && AGENCY_SET.has(staff[1]) ? t : undefined;
}

/** A desk or outlet, not a person: "Staff Reporter", "Web Desk", "Our Correspondent", "CNN", "Kyiv Post". */
function deskCredit(text: string): boolean {
  if (agencyCredit(text)) return true;
  if (/^(?=[^\s]*\p{Lu}{2})[\p{Lu}\d&.-]{2,6}(?:\s+[\p{Lu}\d&.-]{2,6})?$/u.test(text)) return true;
  const tokens = lowerWords(text);
  return tokens.length > 0 && tokens.length <= 5 && tokens.some((w) => DESK.has(w) || ROLES.has(w.replace(/s$/, '')));
}

/** JANE DOE → Jane Doe; ABDUL-ZAHRA → Abdul-Zahra. Names in mixed case are kept as printed. */
function nameCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase()).replace(/\bMc(\p{L})/gu, (_, l: string) => `Mc${l.toUpperCase()}`);
}

const CAPITALIZED = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Ll}{1,3}[-'’]\p{Lu}[\p{L}\p{M}'’.-]*)$/u;
/** Inside a name, lowercase particles: "de", "van", "bin", "al". */
const isParticle = (token: string): boolean => NAME_PARTICLES.has(token);

/**
 * A person's name as a byline prints it (tokens capitalized, particles inside, initials),
 * without "in Kyiv" or a handle after it; undefined for desks, titles, dates and sentences.
 */
function personName(raw: string, minTokens: number, maxTokens: number): string | undefined {
  const text = raw
    .trim()
    .replace(/\s*\(?@\w+\)?$/, '')
    .replace(/\s+in\s+\p{Lu}[\p{L}\p{M} .'’-]*$/u, '')
    .replace(/[.,;:]+$/, (dots) => (/\b\p{Lu}$/u.test(raw.trim().slice(0, -dots.length)) ? dots : ''));
  if (!text || /\d/.test(text)) return undefined;
  const tokens = text.split(/\s+/);
  if (tokens.length < minTokens || tokens.length > maxTokens) return undefined;
  const first = tokens[0] as string;
  const last = tokens.at(-1) as string;
  if (!CAPITALIZED.test(first) || !CAPITALIZED.test(last)) return undefined;
  if (!tokens.every((t) => CAPITALIZED.test(t) || isParticle(t))) return undefined;
  // Particles stand inside a name, at most two together ("Ursula von der Leyen", "Mohammed bin
  // Abdul Rahman"); "The" makes a title ("Special to The Globe").
  if (tokens.some((t, k) => isParticle(t) && isParticle(tokens[k + 1] ?? '') && isParticle(tokens[k + 2] ?? ''))) return undefined;
  if (tokens.includes('The')) return undefined;
  if (!tokens.some((t) => /\p{L}{2}/u.test(t))) return undefined;
  // A lone acronym is an outlet ("CNN"), not a person.
  if (tokens.length === 1 && !/\p{Ll}/u.test(first)) return undefined;
  const lower = lowerWords(text);
  if (lower.some((w) => DESK.has(w) || ROLES.has(w) || ROLES.has(w.replace(/s$/, '')) || CALENDAR.has(w))) return undefined;
  if (agencyCredit(text)) return undefined;
  return nameCase(text);
}

/** An agency at the end of a byline without a separator: "… and Qassim Abdul-Zahra Associated Press". */
function trailingAgency(text: string): [string, string] | undefined {
  for (const agency of AGENCIES) {
    if (!text.endsWith(agency) || text.length === agency.length) continue;
    const before = text.slice(0, -agency.length);
    if (!/[\s,]$/.test(before)) continue;
    const names = before.replace(/[\s,]+$/, '').replace(/\s+(?:and|with|&)$/i, '');
    // "By Jane Petra" keeps its surname: the names left must still end in a full name.
    if (wordCount(names.split(/,|\band\b|&/).at(-1) ?? '') < 2) continue;
    return [names, agency];
  }
  return undefined;
}

interface CreditRules {
  /** Fewest tokens in each name: a bare line needs a full name. */
  minTokens: number;
  maxTokens: number;
}

/** The people, job title and agency in a credit's text ("Jane Doe and John Roe, Defence Correspondents | Reuters"). */
function creditOf(body: string, rules: CreditRules): Byline | undefined {
  const [head, ...pieces] = stripTags(body)
    .split(/\s+[|•·/—–-]\s+|\s*\|\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!head) return undefined;
  let namesText = head.replace(/[;:]+$/, '');
  let agency = agencyCredit(namesText);
  const extras: string[] = [];
  const addExtra = (piece: string) => {
    const credited = agencyCredit(piece) ?? (deskCredit(piece) && !ROLE_WORD.test(piece) ? piece : undefined);
    if (credited && !agency) agency = credited;
    else extras.push(piece);
  };
  const lead = namesText.split(/\s*,\s*/)[0] as string;
  // "By Staff Reporter", "By The Associated Press", "Web Desk, Islamabad": no person.
  const creditOnly = (): Byline => {
    if (!agency) extras.push(lead);
    namesText.split(/\s*,\s*/).slice(1).concat(pieces).forEach(addExtra);
    const role = extras.join(', ');
    return { names: [], ...(role ? { role } : {}), ...(agency ? { agency } : {}) };
  };
  if (agency) return creditOnly();
  const trailing = trailingAgency(namesText);
  if (trailing) [namesText, agency] = trailing;
  const parts = namesText.split(/\s*,\s*/);
  const names: string[] = [];
  let i = 0;
  let role: string | undefined;
  for (; i < parts.length; i++) {
    const items = (parts[i] as string).split(/\s+(?:and|&|with)\s+|\s*&\s*/).filter(Boolean);
    // "By Jane Doe and Agencies", "with AFP": the agency beside the people.
    const credited = items.filter((item) => agencyCredit(item));
    const list = items.filter((item) => !agencyCredit(item));
    // One name alone may be a single word ("By Sumaira"); in a list each is a full name.
    const single = parts.length === 1 && list.length === 1 && i === 0;
    const min = single ? rules.minTokens : Math.max(2, rules.minTokens);
    // After the first comma a part is another name only if it reads as one ("Foreign Affairs" does not).
    const people = list.map((p) => personName(p, min, rules.maxTokens)).map((p) => (i > 0 && p && lowerWords(p).some((w) => SECTIONS.has(w)) ? undefined : p));
    // "Jane Doe Staff Writer": a name and a job title with no comma between.
    const last = list.at(-1);
    if (i === 0 && people.at(-1) === undefined && last && people.slice(0, -1).every(Boolean)) {
      const split = nameAndTitle(last);
      if (split) {
        people[people.length - 1] = split[0];
        role = split[1];
      }
    }
    if (list.length === 0 || people.some((p) => !p)) break;
    names.push(...(people as string[]));
    if (credited[0] && !agency) agency = agencyCredit(credited[0]);
    if (role) {
      i++;
      break;
    }
  }
  if (names.length === 0) return deskCredit(lead) ? creditOnly() : undefined;
  // What follows the names is a title or an outlet ("Defence Correspondent", "CNN"), never a clause.
  const after = [...parts.slice(i), ...pieces];
  if (after.some((piece) => /^\p{Ll}/u.test(piece))) return undefined;
  for (const piece of after) addExtra(piece);
  const title = [role, ...extras].filter(Boolean).join(', ');
  return { names, ...(title ? { role: title } : {}), ...(agency ? { agency } : {}) };
}

/**
 * "Jane Doe Staff Writer" → ["Jane Doe", "Staff Writer"]; "Lena C. Ortiz AP Defense Writer" →
 * ["Lena C. Ortiz", "AP Defense Writer"]: a name (not ending in an initial) and a job title after
 * it, split where an agency starts the title, else before a two-word title, else after the
 * shortest name.
 */
function nameAndTitle(text: string): [string, string] | undefined {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 3 || tokens.length > 8) return undefined;
  const splits: [string, string, boolean][] = [];
  for (let k = 2; k <= Math.min(4, tokens.length - 1); k++) {
    const title = tokens.slice(k).join(' ');
    const name = personName(tokens.slice(0, k).join(' '), k, k);
    if (!name || /^\p{Lu}\.$/u.test(tokens[k - 1] as string) || lowerWords(name).some((w) => SECTIONS.has(w))) continue;
    if (!ROLE_WORD.test(title) || !/^\p{Lu}/u.test(title)) continue;
    splits.push([name, title, agencyCredit(tokens[k] as string) !== undefined]);
  }
  // Job titles mostly run to two words ("Defence Correspondent"), unless an agency leads them.
  const chosen = splits.find(([, , agency]) => agency) ?? splits.find(([, title]) => wordCount(title) === 2) ?? splits[0];
  return chosen ? [chosen[0], chosen[1]] : undefined;
}

/** "By Jane Doe, Defence Correspondent", "By: African News Agency", "BY JANE DOE and JOHN ROE Associated Press". */
export function splitByline(text: string): Byline | undefined {
  const match = BYLINE.exec(stripTags(text));
  return match?.[1] ? creditOf(match[1], { minTokens: 1, maxTokens: 6 }) : undefined;
}

/** A byline without "By": "Jane Doe", "Jane Doe and John Roe", "Jane Doe, Defence Correspondent", "Reuters". */
function bareCredit(text: string): Byline | undefined {
  if (endsLikeSentence(text) && !/\b\p{Lu}\.$/u.test(text)) return undefined;
  const agency = agencyCredit(text);
  if (agency) return { names: [], agency };
  const credit = creditOf(text, { minTokens: 2, maxTokens: 4 });
  // "Web Desk", "Staff Writer", "Our Correspondent": a desk credit, no person.
  if (!credit?.names.length && wordCount(text) <= 4 && /^\p{Lu}/u.test(text) && HEADS.has(lowerWords(text).at(-1) ?? '')) return { names: [], role: text };
  if (!credit || credit.names.length === 0) return undefined;
  // Section labels ("World News", "Middle East") look like names.
  if (credit.names.some((n) => lowerWords(n).some((w) => SECTIONS.has(w)))) return undefined;
  return credit;
}

/** A job-title line under a bare name: "International Correspondent", "Senior Reporter, Islamabad". */
const isRoleLine = (text: string): boolean => wordCount(text) <= 6 && !endsLikeSentence(text) && !/\d/.test(text) && /^\p{Lu}/u.test(text) && ROLE_WORD.test(text);

const CREDIT_WORD = /picture|photo|image|credit|source/i;

function labelledCredit(text: string): string | undefined {
  if (text.length > 100) return undefined;
  const labelled = LABELLED_CREDIT.exec(text)?.[1];
  if (labelled) return labelled;
  const only = CREDIT_ONLY.exec(text)?.[1];
  // "Reuters" alone is the agency's byline; "Getty Images" or "AFP via Getty Images" credits a picture.
  return only && /\s/.test(only) ? only : undefined;
}

const captionCredit = (text: string): string | undefined => {
  // Cheap checks first: most lines carry no credit, and the credit patterns scan the whole line.
  const bar = text.includes('|');
  const credit =
    (text.includes(':') && CREDIT_WORD.test(text) ? CREDIT.exec(text)?.[1] : undefined) ??
    (bar || text.includes('/') ? WIRE_CREDIT.exec(text)?.[1] : undefined) ??
    (/\)\.?$/.test(text) ? PHOTO_PARENTHESIS.exec(text)?.[1] : undefined) ??
    (bar ? LEADING_CREDIT.exec(text)?.[1] : undefined) ??
    labelledCredit(text);
  return credit && !/^(?:https?:\/\/|www\.)/i.test(credit) ? credit.trim() : undefined;
};

/** Image text left wrapped in markup: "<p>Soldiers at a ceremony</p>". */
function taggedCaption(text: string): boolean {
  const inner = TAGGED.exec(text)?.[2];
  if (inner === undefined) return false;
  const plain = stripTags(inner);
  return plain.length > 0 && !endsLikeSentence(plain) && wordCount(plain) <= 25;
}

/** Furniture lines are short: a paragraph of prose is never checked against every pattern. */
const isFurniture = (text: string): boolean => text.length <= 200 && PAGE_FURNITURE.some((pattern) => pattern.test(text));
const sentences = (text: string): number => text.split(/[.!?]["”’)]*\s+(?=["“]?\p{Lu})/u).filter((s) => wordCount(s) >= 3).length;
const sameText = (a: string, b: string): boolean => Math.abs(a.length - b.length) <= 6 && a.replace(/\W+/g, ' ').trim().toLowerCase() === b.replace(/\W+/g, ' ').trim().toLowerCase();

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
  if (wordCount(outside) > 8 || outside.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !CALENDAR.has(w.replace(/\W+$/, '')))) return undefined;
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

/** Header lines that settle what they are by themselves, wherever in the first lines they stand. */
type Marked = { kind: 'DATELINE' | 'BYLINE'; byline?: Byline; date?: PrintedDate };

/** A few capitalized words or a site name, and no clause: "World | Politics", "KABUL", "example.com". */
const isLabel = (text: string): boolean =>
  text.split(/\s*\|\s*/).every((part) => wordCount(part) <= 3 && part.split(/\s+/).every((w) => /^\p{Lu}[\p{L}\p{M}'’.&-]*$/u.test(w) || /^[\w-]+(?:\.[\w-]+)+$/.test(w)));

function markedHeader(text: string, defaultZone: string): Marked | undefined {
  const dated = readDateLine(text, defaultZone);
  if (dated) {
    if (dated.rest === '') return { kind: 'DATELINE', date: dated.date };
    const credit = splitByline(dated.rest) ?? bareCredit(dated.rest);
    if (credit) return { kind: credit.names.length > 0 ? 'BYLINE' : 'DATELINE', byline: credit, date: dated.date };
    // A section label, place or site beside the date: "Politics 2023-09-15T04:44:35+03:00", "ISTANBUL", "EXAMPLE.COM".
    if (isLabel(dated.rest)) return { kind: 'DATELINE', date: dated.date };
  }
  if (isRelativeDateline(text)) return { kind: 'DATELINE' };
  const byline = splitByline(text);
  // A byline that carries its date: "By Jane Doe, Edited by John Roe | Updated: May 5, 2021".
  if (byline) return { kind: 'BYLINE', byline, ...(dated ? { date: dated.date } : {}) };
  return undefined;
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
  const isMarked = (i: number): boolean => i > 0 && i < lines.length && (marked(i) !== undefined || isRoleLine((lines[i] as Line).text));
  for (let i = 1; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    const inHeader = firstBody === -1;
    if (isFurniture(text) || LINK_LABEL.test(text)) {
      kinds[i] = 'RELATED_LINK';
      continue;
    }
    // Dates and "By" lines are header wherever they stand near the top: a one-sentence summary
    // above them was the standfirst, not the story.
    const reopen = !inHeader && i === firstBody + 1 && i <= 4 && standfirst === -1 && !WIRE_DATELINE.test((lines[firstBody] as Line).text);
    if (inHeader || reopen) {
      const mark = marked(i);
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
      if (bare && (bare.names.length === 0 || isMarked(i - 1) || isMarked(i + 1) || findPlaces(text).length === 0)) {
        kinds[i] = 'BYLINE';
        bylines.push(bare);
        continue;
      }
    }
    if (RELATED.test(text)) {
      kinds[i] = 'RELATED_LINK';
    } else if (isContribution(text)) {
      kinds[i] = 'BYLINE';
      bylines.push({ names: [], role: text });
    } else if (inHeader && !endsLikeSentence(text) && !WIRE_DATELINE.test(text)) {
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
  if (body !== -1 && next === body + 1 && WIRE_DATELINE.test((lines[next] as Line).text) && !WIRE_DATELINE.test((lines[body] as Line).text) && sentences((lines[body] as Line).text) >= 2) {
    kinds[body] = 'CAPTION';
  }
  let date = dates.find((d) => d.label === 'PUBLISHED') ?? dates[0];
  if (!date) {
    const opening = kinds.indexOf('BODY');
    date = opening === -1 ? undefined : wireLeadDate((lines[opening] as Line).text, defaultZone);
  }
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
