/**
 * Bylines: the people, job title and agency a credit line names ("By Jane Doe, Defence
 * Correspondent | Reuters", a bare "Jane Doe", "By The Associated Press"). Agency and desk
 * credits are credits, not authors. Header lines that settle what they are: headerLines.ts.
 */
import { lookupPlaces } from './gazetteer.ts';
import {
  AGENCIES,
  AGENCY_BY_LOWER,
  AGENCY_SET,
  AGENCY_TAIL,
  BYLINE,
  CALENDAR,
  DESK,
  HEADS,
  LEADING_DASH,
  MASTHEADS,
  PARENTHESIZED,
  PICTURE_WORDS,
  REPORTS_FROM,
  ROLES,
  ROLE_WORD,
  SECTIONS,
  lowerWords,
  stripTags,
} from './bylineWords.ts';
import { ORGANISATION_HEADS } from './lexicon/organisations.ts';
import { NAME_PARTICLES } from './lexicon/titles.ts';
import { endsLikeSentence, wordCount } from './text.ts';

export interface Byline {
  /** The people credited; empty for an agency or desk credit ("By The Associated Press"). */
  names: string[];
  /** Job title: "Defence Correspondent". */
  role?: string;
  /** The agency or outlet credited beside or instead of people: "Associated Press". */
  agency?: string;
}

/** "The Associated Press", "(AFP)", "/ITAR-TASS/", "Reuters Staff" → the agency credited. */
function agencyCredit(text: string): string | undefined {
  const t = text.replace(/^[\s(/[]+|[\s)/\].,;:]+$/g, '');
  if (AGENCY_SET.has(t)) return t;
  // "REUTERS", "XINHUA": names (not acronyms) printed in capitals.
  const named = AGENCY_BY_LOWER.get(t.toLowerCase());
  if (named && !/\p{Ll}/u.test(t)) return named;
  const staff = /^(.+?)\s+(?:staff|news|wire|desk|reporters?|report)$/i.exec(t);
  if (staff?.[1] && AGENCY_SET.has(staff[1])) return t;
  // "PTI New Delhi", "AFP Paris": the agency and the city it filed from.
  const filed = /^(\S+(?:\s+\S+)??)\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})$/u.exec(t);
  return filed?.[1] && filed[2] && AGENCY_SET.has(filed[1]) && lookupPlaces(filed[2]).some((e) => e.kind === 'CITY' || e.kind === 'COUNTRY')
    ? filed[1]
    : undefined;
}

/** A desk or outlet, not a person: "Staff Reporter", "Web Desk", "Our Correspondent", "CNN", "Kyiv Post". */
export function deskCredit(text: string): boolean {
  if (agencyCredit(text)) return true;
  if (/^(?=[^\s]*\p{Lu}{2})[\p{Lu}\d&.-]{2,6}(?:\s+[\p{Lu}\d&.-]{2,6})?$/u.test(text)) return true;
  if (isOutlet(text)) return true;
  const tokens = lowerWords(text);
  return tokens.length > 0 && tokens.length <= 5 && tokens.some((w) => DESK.has(w) || ROLES.has(w.replace(/s$/, '')));
}

/** A newspaper's name: capitalized words ending in a masthead word ("Manila Ledger", "The Evening Chronicle"). */
function isOutlet(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  return (
    tokens.length >= 2 &&
    tokens.length <= 5 &&
    MASTHEADS.has((tokens.at(-1) as string).toLowerCase()) &&
    tokens.every((t) => /^\p{Lu}/u.test(t) || t === 'of')
  );
}

/** JANE DOE → Jane Doe; ABDUL-ZAHRA → Abdul-Zahra. Names in mixed case are kept as printed. */
function nameCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase())
    .replace(/\bMc(\p{L})/gu, (_, l: string) => `Mc${l.toUpperCase()}`);
}

const CAPITALIZED = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Ll}{1,3}[-'’]\p{Lu}[\p{L}\p{M}'’.-]*)$/u;
/** Inside a name, lowercase particles: "de", "van", "bin", "al". */
const isParticle = (token: string): boolean => NAME_PARTICLES.has(token);

/**
 * A person's name as a byline prints it (tokens capitalized, particles inside, initials),
 * without "in Kyiv" or a handle after it; undefined for desks, titles, dates and sentences.
 */
export function personName(raw: string, minTokens: number, maxTokens: number): string | undefined {
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
  // "A Major Breakthrough": a headline's second line, not a name.
  if (/^(?:a|an|the)$/i.test(tokens[0] as string)) return undefined;
  // A lone acronym is an outlet ("CNN"), not a person.
  if (tokens.length === 1 && !/\p{Ll}/u.test(first)) return undefined;
  const lower = lowerWords(text);
  if (
    lower.some(
      (w) =>
        DESK.has(w) || ROLES.has(w) || ROLES.has(w.replace(/s$/, '')) || CALENDAR.has(w) || PICTURE_WORDS.has(w) || w in ORGANISATION_HEADS,
    )
  )
    return undefined;
  // "Manila Ledger", "Harbour Inquirer": a newspaper, not a person.
  if (MASTHEADS.has(lower.at(-1) as string)) return undefined;
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
    if (!agency && isOutlet(lead)) agency = lead;
    else if (!agency) extras.push(lead);
    namesText
      .split(/\s*,\s*/)
      .slice(1)
      .concat(pieces)
      .forEach(addExtra);
    const role = extras.join(', ');
    return { names: [], ...(role ? { role } : {}), ...(agency ? { agency } : {}) };
  };
  if (agency) return creditOnly();
  // "… reports from Kyiv" says where, like "in Kyiv"; "… writing for Reuters" names the outlet.
  const reports = REPORTS_FROM.exec(namesText);
  if (reports?.[1] && reports[3]) {
    namesText = reports[1];
    if (reports[2] === 'for') pieces.unshift(reports[3]);
  }
  const tail = /[/)]/.test(namesText) ? AGENCY_TAIL.exec(namesText) : null;
  if (tail?.[1]) [namesText, agency] = [tail[1], tail[2] ?? tail[3]];
  // "Jane Doe/Diálogo", "Jane DOE/ANKARA": an outlet or the city filed from after a slash.
  const slashed = tail ? null : /^(.+?\S)\s*\/\s*(\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,2})$/u.exec(namesText);
  if (slashed?.[1] && slashed[2] && personName(slashed[1], 2, rules.maxTokens)) {
    namesText = slashed[1];
    if (lookupPlaces(slashed[2]).length === 0) agency = slashed[2];
  }
  const trailing = agency ? undefined : trailingAgency(namesText);
  if (trailing) [namesText, agency] = trailing;
  const parts = namesText.split(/\s*,\s*/);
  const names: string[] = [];
  let i = 0;
  let role: string | undefined;
  const titles: string[] = [];
  for (; i < parts.length; i++) {
    const items = (parts[i] as string).split(/\s+(?:and|&|with)\s+|\s*&\s*/).filter(Boolean);
    // "By Jane Doe and Agencies", "with AFP": the agency beside the people.
    // "with NBC News Politics": an outlet or desk after the first name is a credit too.
    const isCredit = (item: string, k: number): boolean =>
      agencyCredit(item) !== undefined ||
      (k > 0 &&
        personName(item, 2, rules.maxTokens) === undefined &&
        titledName(item, rules.maxTokens, []) === undefined &&
        deskCredit(item));
    const credited = items.filter(isCredit);
    const list = items.filter((item, k) => !isCredit(item, k));
    // One name alone may be a single word ("By Sumaira"); in a list each is a full name.
    const single = parts.length === 1 && list.length === 1 && i === 0;
    const min = single ? rules.minTokens : Math.max(2, rules.minTokens);
    // After the first comma a part is another name only if it reads as one ("Foreign Affairs" does not).
    const people = list
      .map((p) => personName(p, min, rules.maxTokens) ?? titledName(p, rules.maxTokens, titles))
      .map((p) => (i > 0 && p && lowerWords(p).some((w) => SECTIONS.has(w)) ? undefined : p));
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
    if (credited[0] && !agency) agency = agencyCredit(credited[0]) ?? credited[0];
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
  const title = [role, [...new Set(titles)].join(' and '), ...extras].filter(Boolean).join(', ');
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

/**
 * "Pacific affairs reporter Kila Wari" → Kila Wari, with "Pacific affairs reporter" added to
 * `titles`: a job title of up to five words, ending in a journalist's role, before a full name.
 */
function titledName(text: string, maxTokens: number, titles: string[]): string | undefined {
  const tokens = text.trim().split(/\s+/);
  for (let k = 1; k <= Math.min(5, tokens.length - 2); k++) {
    if (!ROLES.has((tokens[k - 1] as string).toLowerCase().replace(/s$/, ''))) continue;
    const name = personName(tokens.slice(k).join(' '), 2, maxTokens);
    if (!name) continue;
    titles.push(tokens.slice(0, k).join(' '));
    return name;
  }
  return undefined;
}

/** "By Jane Doe, Defence Correspondent", "By: African News Agency", "BY JANE DOE and JOHN ROE Associated Press", "(By Jane Doe)". */
export function splitByline(text: string): Byline | undefined {
  const plain = stripTags(text);
  const match = BYLINE.exec(PARENTHESIZED.exec(plain)?.[1] ?? plain);
  return match?.[1] ? creditOf(match[1], { minTokens: 1, maxTokens: 6 }) : undefined;
}

/** A byline without "By": "Jane Doe", "Jane Doe and John Roe", "Jane Doe, Defence Correspondent", "Reuters". */
export function bareCredit(line: string): Byline | undefined {
  const text = line.replace(LEADING_DASH, '');
  if (endsLikeSentence(text) && !/\b\p{Lu}\.$/u.test(text)) return undefined;
  const agency = agencyCredit(text);
  if (agency) return { names: [], agency };
  const credit = creditOf(text, { minTokens: 2, maxTokens: 4 });
  // "Web Desk", "Staff Writer", "Our Correspondent": a desk credit, no person.
  if (!credit?.names.length && wordCount(text) <= 4 && /^\p{Lu}/u.test(text) && HEADS.has(lowerWords(text).at(-1) ?? ''))
    return { names: [], role: text };
  if (!credit || credit.names.length === 0) return undefined;
  // Section labels ("World News", "Middle East") look like names.
  if (credit.names.some((n) => lowerWords(n).some((w) => SECTIONS.has(w)))) return undefined;
  return credit;
}
