/**
 * Troop-level figures. A number is a troop level when it counts troops — next to a troop
 * noun ("5,200 troops", "4,500-strong force") or in a troop sentence's from/to/by slot
 * ("the number of troops would be reduced from 5,200 to 3,000") — and not casualties, sites,
 * years, dates, money, percentages, ages or distances. Its kind comes from the phrase
 * ("from A to B": current and target; "by N", "N will leave", "an additional N": change;
 * "at its peak", past years: historical), its place from the sentence (else the article's
 * main place), its force from the demonym or country before the troop noun.
 */
import { periodOf, type Period } from './dates.ts';
import { findNumbers, type NumberMention } from './numbers.ts';
import { actingCountry, findPlaces, forceCountry, forceLabel, type PlaceMention } from './places.ts';
import type { Sentence } from './sentences.ts';
import type { LocationDraft, Qualifier, TroopLevelDraft, TroopLevelKind } from './types.ts';

const TROOP_NOUN = '(?:troops?|soldiers|service\\s?members|servicemen|servicewomen|personnel|forces|marines|sailors|airmen|paratroopers|peacekeepers|boots on the ground|military advisers|advisers|trainers|special forces|commandos)';
const MODIFIERS = "(?:(?:[A-Z][\\w.'-]*|more|additional|extra|other|combat|ground|foreign|international|allied|coalition|military|elite|special|active-duty|rotational|permanent|uniformed|remaining|regular|reserve)\\s+){0,3}";
const AFTER_TROOP = new RegExp(
  `^(?:-strong\\s+(?:force|contingent|deployment|garrison|mission|battalion|brigade)|\\s+(?:of\\s+(?:the|its|their|those|these|our)\\s+)?(${MODIFIERS})${TROOP_NOUN}\\b)`,
  'i',
);
const TROOP_SENTENCE = /\b(troops?|soldiers|forces?|personnel|presence|deployment|contingent|garrison|service ?members|boots|force levels?|drawdown|marines)\b/i;
/** "The number fell below 40,000": a sentence that goes on about the previous one's troops. */
const ANAPHORA = /^(the|that|this|its|their)\s+(number|figure|total|force|level|count|contingent)\b/i;
const LEAVING = '(?:leave|leaving|withdraw|withdrawn|withdrawing|pulled|pull out|return home|come home|go home|head home|depart|redeploy|redeployed|repositioned|relocated|moved|transferred|shifted|cut|sent|deployed|arrive)';
/** Departure in the present or past tense, without a modal ("1,000 others leave the country"). */
const DEPARTING = '(?:leave|leaving|left|withdraw|withdrawing|withdrew|depart|departing|pull out|pulling out|go home|come home|head home|return home)';
const NOT_TROOPS = /^\s*(?:(?:more|other|of the|of them)\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|feet|sites?|bases?|locations?|aircraft|jets|planes|helicopters|tanks|vehicles|ships|vessels|drones|missiles|rockets|shells|civilians|refugees|people|children|women|men|times|per ?cent|percent|%|dollars|pounds|euros|bn|billion|acres|tonnes|tons|rounds|cases|votes|seats|countries|nations|states|members of congress|lawmakers)\b/i;
const CASUALTY = /\b(killed|kill|killing|injured|injuring|injury|injuries|wounded|wounding|died|dead|deaths?|casualt(?:y|ies)|hurt|fatalit(?:y|ies)|lives|lost their lives|missing|captured|hostages?|concussions?|evacuated|treated)\b/i;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![a-z])\\.?';
const QUALIFIERS: [RegExp, Qualifier][] = [
  [/\b(more than|over|upwards of|in excess of|above)\s*$/i, 'MORE_THAN'],
  [/\b(fewer than|less than|under|below)\s*$/i, 'FEWER_THAN'],
  [/\b(almost|nearly|just under|close to|just shy of)\s*$/i, 'ALMOST'],
  [/\b(at least|a minimum of|no fewer than)\s*$/i, 'AT_LEAST'],
  [/\b(up to|as many as|a maximum of|no more than)\s*$/i, 'UP_TO'],
  [/\b(about|around|roughly|approximately|some|an estimated|estimated|approx\.?|circa|or so)\s*$/i, 'APPROXIMATELY'],
];
const QUALIFIER_WORDS = '(?:more than|over|fewer than|less than|under|almost|nearly|just under|at least|up to|as many as|about|around|roughly|approximately|some|an estimated)\\s+';

export interface FigureContext {
  sentence: Sentence;
  paragraphIndex: number;
  publishedAt?: Date;
  /** The publication day in the article's zone (YYYY-MM-DD). */
  publishedDay?: string;
  mainPlace?: LocationDraft;
  defaultForce?: string;
  /** The previous sentence of the paragraph was about troops (for "The number fell ..."). */
  afterTroopSentence?: boolean;
}

function qualifierOf(before: string): Qualifier {
  return QUALIFIERS.find(([pattern]) => pattern.test(before))?.[1] ?? 'EXACT';
}

function rejected(number: NumberMention, before: string, after: string, sentence: string, local: number): boolean {
  const written = sentence.slice(local, local + (number.end - number.start));
  if (/^\d{4}$/.test(written) && number.value >= 1900 && number.value <= 2100 && !AFTER_TROOP.test(after)) return true;
  if (/[$£€]\s*$/.test(before) || /^\s*(bn|billion|million\s+(dollars|pounds|euros)|%|per ?cent|percent)\b/i.test(after)) return true;
  if (new RegExp(`${MONTH}\\s*$`).test(before) || new RegExp(`^\\s*(?:st|nd|rd|th)?\\s*${MONTH}`).test(after) || /^(st|nd|rd|th)\b/.test(after)) return true;
  if (/^\s*(-year-old|years? old|-year)/i.test(after) || /\baged\s*$/i.test(before)) return true;
  if (NOT_TROOPS.test(after.replace(/^-strong/, ''))) return true;
  if (number.value < 10) return true;
  // Casualties: a casualty word in the same clause as the number.
  const clause = sentence.slice(Math.max(0, local - 70), local + 70);
  return CASUALTY.test(clause) && !/\bfrom\b[^.]*\bto\b/i.test(clause);
}

function kindOf(before: string, after: string, sentence: string, publishedAt?: Date): TroopLevelKind {
  if (new RegExp(`\\b(by|of)\\s+(?:${QUALIFIER_WORDS})?$`, 'i').test(before) && /\b(reduc|cut|increas|boost|drawdown|withdraw|shrink|shrunk|trim|slash|rais|bolster|grow|grown|grew|rise|risen|rose|fall|fallen|fell|drop|swell|swollen|expand|decreas)/i.test(before)) return 'CHANGE';
  if (new RegExp(`\\b(an additional|another|an extra|additional|extra|send|sending|sent|deploy|deploying|deployed|dispatch|dispatched|withdraw|withdrawing|withdrew|pull|pulling|pulled|bring|bringing|brought|remove|removing|removed|move|moving|moved|relocate|relocating|redeploy|redeploying)\\s+(?:${QUALIFIER_WORDS})?(?:\\w+\\s+)?$`, 'i').test(before)) return 'CHANGE';
  if (/^\s+(more|additional|extra)\b/i.test(after)) return 'CHANGE';
  if (new RegExp(`^[^.;]{0,60}?\\b(will|would|could|are to|were to|to|are set to|are due to)\\s+(?:be\\s+)?${LEAVING}\\b`, 'i').test(after)) return 'CHANGE';
  if (new RegExp(`^\\s+(?:[a-z]+\\s+){0,2}${DEPARTING}\\b`, 'i').test(after.replace(AFTER_TROOP, ' '))) return 'CHANGE';
  if (new RegExp(`\\b(will be|would be|is to be|will have|would have|will number|will total)\\s+(?:${QUALIFIER_WORDS})?$`, 'i').test(before)) return 'TARGET';
  if (/^\s+(?:[a-z]+\s+){0,2}(?:will|would|are to|are expected to)\s+(?:still\s+)?(remain|stay)\b/i.test(after.replace(AFTER_TROOP, ' '))) return 'TARGET';
  if (new RegExp(`\\bfrom\\s+(?:${QUALIFIER_WORDS})?$`, 'i').test(before) && /^\s*(?:[\w-]+\s+){0,3}to\s+(?:about |around |roughly |some |just )?\d/i.test(after.replace(AFTER_TROOP, ''))) return 'CURRENT';
  if (new RegExp(`\\b(to|down to|reduced to|cut to|leaving|leave|will have|would have|target of|cap of|ceiling of|limit of|total of)\\s+(?:${QUALIFIER_WORDS})?$`, 'i').test(before) && !/\b(up)\s+$/i.test(before)) return 'TARGET';
  if (new RegExp(`\\b(down|up) from\\s+(?:${QUALIFIER_WORDS})?$`, 'i').test(before)) return 'HISTORICAL';
  const period = periodOf(sentence, publishedAt);
  const pubYear = publishedAt?.getUTCFullYear() ?? new Date().getUTCFullYear();
  if (/\b(peak|height|at one point|once had|previously|at one time|in the past|were stationed|was stationed|had been|used to)\b/i.test(sentence)) return 'HISTORICAL';
  // "Germany is to station 4,800 troops in Lithuania by 2027": a planned level.
  if (/\b(will|would|is to|are to|plans? to|set to|expected to|intends? to|aims? to)\b/i.test(sentence) && /\bby\s+(the end of\s+)?(\w+\s+)?(\d{1,2},?\s+)?(19|20)\d{2}\b|\bby\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/i.test(sentence)) return 'TARGET';
  const pastYear = period ? Number(period.effectiveDate.slice(0, 4)) < pubYear : /\b(?:in|during|by) the (?:19|20)\d0s\b/i.test(sentence);
  if (pastYear && /\b(was|were|had|stood|numbered|peaked|fell|dropped|rose|reached|declined|grew)\b/i.test(sentence)) return 'HISTORICAL';
  return 'CURRENT';
}

/** The place a figure is about: a place after a locative preposition nearest the number. */
function placeOf(places: PlaceMention[], sentence: Sentence, local: number, forceCode: string | undefined, main: LocationDraft | undefined): LocationDraft | undefined {
  const nearestOf = (pool: PlaceMention[]) => [...pool].sort((a, b) => Math.abs(a.start - sentence.start - local) - Math.abs(b.start - sentence.start - local))[0]?.location;
  const candidates = places.filter((p) => !p.location.isoCode || p.location.isoCode !== forceCode);
  const preceding = (p: PlaceMention) => sentence.text.slice(Math.max(0, p.start - sentence.start - 14), p.start - sentence.start);
  const locative = candidates.filter((p) => /\b(in|from|to|into|out of|inside|within|across|at|throughout|on|leave|leaving|left|quit|exit|enter|reach)\s+(the\s+)?$/i.test(preceding(p)));
  const best = nearestOf(locative);
  const bestMention = locative.find((p) => p.location === best);
  // A move "from A to B" is about A, where the troops are; when A is no place we know, the main place.
  if (bestMention && /\b(to|into|reach)\s+(the\s+)?$/i.test(preceding(bestMention))) {
    const [from, to] = [Math.min(local, bestMention.start - sentence.start), Math.max(local, bestMention.start - sentence.start)];
    if (/\bfrom\s+(the\s+)?[A-Z]/.test(sentence.text.slice(from, to)) && main) return main;
  }
  // With no place named as where ("in", "from"...), the article's main place beats a passing mention.
  return best ?? main ?? nearestOf(candidates);
}

function forceOf(modifiers: string, sentence: Sentence, local: number, defaultForce?: string): string | undefined {
  if (/\bNATO\b/i.test(modifiers) || /^(?:[^,;]*\s)?(?:NATO|Nato)(?:[’']s)?\s+(?:will|would|is|are|has|plans?|to|says?)\b/.test(sentence.text.slice(0, local))) return 'NATO';
  if (/\b(coalition|allied)\b/i.test(modifiers)) return 'coalition';
  if (/\b(UN|U\.N\.|United Nations)\b/.test(modifiers) || /\b(UN|U\.N\.|United Nations)\b[^,;]*\b([Ff]orce|[Mm]ission|[Pp]eacekeep\w*)\b/.test(sentence.text.slice(0, local))) return 'UN';
  for (const word of modifiers.trim().split(/\s+/).reverse()) {
    const code = forceCountry(word.replace(/[’']s$/, ''));
    if (code) return forceLabel(code);
  }
  // "The United States is reducing its troop presence": the country the sentence has acting.
  return actingCountry(sentence.text, local) ?? defaultForce;
}

export function figuresIn(context: FigureContext): TroopLevelDraft[] {
  const { sentence } = context;
  const text = sentence.text;
  const troopSentence = TROOP_SENTENCE.test(text) || (Boolean(context.afterTroopSentence) && ANAPHORA.test(text));
  const places = findPlaces(text, sentence.start);
  const found: TroopLevelDraft[] = [];
  for (const number of findNumbers(text, sentence.start)) {
    const local = number.start - sentence.start;
    const before = text.slice(Math.max(0, local - 60), local);
    const after = text.slice(local + number.end - number.start);
    const adjacent = AFTER_TROOP.exec(after);
    const slot =
      new RegExp(`\\b(from|to|by|of|at|leaving|total of|some|about|around|below|above|under|over|be|have)\\s+(?:${QUALIFIER_WORDS})?$`, 'i').test(before) ||
      // "2,500 troops in Iraq, 900 in Syria": a count standing for troops, placed by "in <Place>".
      (/^\s+(?:in|at)\s+(?:the\s+)?[A-Z]/.test(after) && /\b(troops|soldiers|forces|personnel)\b/i.test(text.slice(0, local))) ||
      new RegExp(`\\b(?:send|deploy|withdraw|pull|bring|remove|move|relocat|redeploy|station|keep|base|add|dispatch)\\w*\\s+(?:${QUALIFIER_WORDS})?$`, 'i').test(before) ||
      new RegExp(`^\\s+(?:[a-z]+\\s+){0,2}(?:(?:will|would|could)\\s+(?:be\\s+)?${LEAVING}|${DEPARTING})\\b`, 'i').test(after);
    if (!adjacent && !(troopSentence && slot)) continue;
    if (rejected(number, before, after, text, local)) continue;
    const modifiers = adjacent?.[1] ?? '';
    const force = forceOf(modifiers, sentence, local, context.defaultForce) ?? 'unknown';
    const forceCode = places.find((p) => p.location.isoCode && forceLabel(p.location.isoCode) === force)?.location.isoCode;
    const location = placeOf(places, sentence, local, forceCode, context.mainPlace);
    const kind = kindOf(before, after, text, context.publishedAt);
    const published: Period | undefined = context.publishedDay ? { effectiveDate: context.publishedDay, datePrecision: 'DAY' } : undefined;
    // "currently has 900, down from 2,000 in 2018": the year dates the old figure, not this one.
    const now = kind === 'CURRENT' && /\b(currently|now|today|at present|still)\b/i.test(text);
    const period = (now ? published : periodOf(text, context.publishedAt)) ?? (kind === 'CURRENT' ? published : undefined);
    const qualifier = qualifierOf(before);
    const qualifierText = new RegExp(`(${QUALIFIER_WORDS.replace(/\\s\+$/, '')})\\s+$`, 'i').exec(before);
    const start = qualifierText ? number.start - qualifierText[0].length : number.start;
    found.push({
      text: context.sentence.text.slice(start - sentence.start, number.end - sentence.start),
      start,
      end: number.end,
      count: number.value,
      qualifier,
      kind,
      force,
      ...(location ? { locationKey: location.key } : {}),
      ...(period ? { effectiveDate: period.effectiveDate, datePrecision: period.datePrecision } : {}),
      ...(period?.periodEnd ? { periodEnd: period.periodEnd } : {}),
      paragraphIndex: context.paragraphIndex,
    });
  }
  return found;
}
