/**
 * The numbers of a sentence that count troops: a number before a troop noun ("5,200 troops",
 * "800 British Marines", "a 1,000-strong contingent", "currently 1,700 strong") or in a troop
 * slot of a troop sentence ("reduced from 5,200 to 3,000"), with ranges read as one figure
 * ("between 500 and 650 troops"). Not troops: casualties, police, exercise participants,
 * people trained or rotated through, vehicles, years and dates, money, percentages, unit
 * numbers ("Air Base 201", "the 201st base").
 */
import { QUALIFIER_PHRASES } from '../lexicon/quantities.ts';
import { CASUALTY_WORDS, CUMULATIVE_WORDS, EXERCISE_WORDS, MUSTER_WORDS, NOT_TROOP_NOUNS, PARTICIPATING } from '../lexicon/notForces.ts';
import { TROOP_NOUNS, TROOP_SENTENCE_WORDS } from '../lexicon/troops.ts';
import { findNumbers, type NumberMention } from '../numbers.ts';
import type { Sentence } from '../sentences.ts';
import { alternation } from '../text.ts';
import type { Qualifier } from '../types.ts';

export interface Candidate {
  value: number;
  /** Upper bound of a range. */
  max?: number;
  /** Offsets in the article of the whole phrase (qualifier included) and of the number. */
  start: number;
  end: number;
  numberStart: number;
  /** Offsets within the sentence. */
  local: number;
  localEnd: number;
  qualifier: Qualifier;
  /** The words between the number and its troop noun ("British", "U.S. Marine"). */
  modifiers: string;
  /** Read from a troop noun after the number (not only from a slot in a troop sentence). */
  adjacent: boolean;
  /** The troop noun, as written ("Marines"). */
  noun?: string;
}

/** Nouns in either case at their start ("Troops" in a headline), without making the whole pattern case-blind. */
const caseless = (words: readonly string[]): string =>
  alternation(words).replace(/(^|\|)([a-z])/g, (_m, sep: string, c: string) => `${sep}[${c}${c.toUpperCase()}]`);
const TROOP = caseless(TROOP_NOUNS);
const NOT_TROOP = caseless(NOT_TROOP_NOUNS);
const MODIFIER =
  "(?:[A-Z][\\w.'’-]*|\\([A-Z]{2,6}\\)|[a-z]+-[a-z]+(?:-[a-z]+)*|more|additional|extra|other|combat|ground|foreign|international|allied|coalition|military|elite|special|active-duty|rotational|permanent|uniformed|remaining|regular|reserve|armed|heavily|new|fresh|logistics|support|medical|naval|air|army|marine|infantry|defen[cs]e|engineering|engineer|signals|intelligence|artillery|armou?red|mechani[sz]ed|light|heavy|airborne|mountain|training|peacekeeping|security|rapid|reaction|technical|army\\s+officers\\s+and|of\\s+(?:the|its|their|those|these|our))";
const NOUN_AFTER = new RegExp(`^(?:\\s+(?:${MODIFIER}\\s+){0,4}?)(${TROOP})\\b`);
// "a 1,000-strong force", "a 1,000-person contingent" (but the "15-member Council" counts no troops).
const STRONG =
  /^(?:-|\s)strong\b|^-(?:person|member|man|soldier|troop)\s+(?:[\w-]+\s+)?(?:contingent|force|unit|battalion|brigade|team|mission|deployment|detachment|battlegroup|garrison)\b/i;
// ("6,839 American, 885 Georgian, 850 German and 222 Czech service-members": a list of counts before one noun.)
const NAMED = "[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*)?";
const SHARED_NOUN = new RegExp(
  `^(\\s+${NAMED})(?:,\\s+\\d[\\d,.]*\\s+${NAMED})*,?\\s+(?:and|or)\\s+(?:(?:about|some|around|nearly|almost)\\s+)?\\d[\\d,.]*\\s+(?:${MODIFIER}\\s+){0,3}?(${TROOP})\\b`,
);
const NOT_AFTER = new RegExp(`^(?:\\s+(?:${MODIFIER}\\s+){0,3}?)(?:${NOT_TROOP})\\b`);
const TROOP_SENTENCE = new RegExp(`\\b(?:${alternation(TROOP_SENTENCE_WORDS)})\\b`, 'i');
const QUALIFIER = new RegExp(`\\b(${alternation(QUALIFIER_PHRASES.map(([p]) => p))})\\s+(?:a\\s+)?$`, 'i');
const QUALIFIED = new Map(QUALIFIER_PHRASES.map(([p, q]) => [p, q]));
const SLOT =
  /\b(?:of whom|of which|among them|alongside another|alongside|another|from|to|by|of|at|leaving|with|totall?ing|total of|about|around|below|above|under|over|be|have|some|below|exceeding|stood at|stands at|numbering|number|numbers|numbered|ceiling of|cap of|limit of)\s+(?:(?:the|a|its|their)\s+)?(?:current|present|estimated|remaining|other|last|total\s+of)?\s*$/i;
const MOVING_BEFORE =
  /\b(?:send|deploy|withdraw|pull|bring|remove|move|relocat|redeploy|station|keep|base|add|dispatch|shed|cut|commit|pledge)\w*\s+(?:(?:a|an|another|further|additional)\s+)?$/i;
/** "roughly 1,000 others leave the country": a count that departs stands for troops. */
const DEPARTING_AFTER =
  /^\s+(?:[a-z]+\s+){0,2}(?:(?:will|would|could|are to|are set to)\s+(?:be\s+)?)?(?:leave|leaving|left|withdraw|withdrawing|withdrew|depart|departing|pull out|go home|come home|head home|return home|be withdrawn|be pulled out|be redeployed|be relocated)\b/i;
/** "Of them, 3,756 are deployed in Congo": a count placed like troops stands for troops. */
const STATIONED_AFTER =
  /^\s+(?:(?:are|were|remain|serve|are serving)\s+(?:currently\s+|now\s+|still\s+)?(?:deployed|stationed|based|serving|posted|in\b|with\s+the\b)|(?:still\s+)?remain(?:s|ed)?(?:\s+(?:there|behind|in\b|at\b)|\s*[.;,]|\s*$))/i;
/** "from nearly 40 NATO member and partner countries": counted things a few words on, no troop noun between. */
const NOT_AFTER_LOOSE = new RegExp(
  `^\\s+(?:(?:\\p{Lu}[\\w.'’-]*|and|member|partner|allied|other|neighbou?ring|contributing|troop-contributing)\\s+){1,4}?(?:${NOT_TROOP})\\b`,
  'u',
);
/** "1,000 soldiers to Romania and 2,000 to Poland": a count that shares the troop noun before it. */
const ELLIPTIC_TO = /\b(?:and|while|with)\s+#\s+(?:more\s+)?(?:to|into|in)\s+(?:the\s+)?\p{Lu}/u;
const CASUALTY = new RegExp(`\\b(?:${alternation(CASUALTY_WORDS)})\\b`, 'i');
const EXERCISE = new RegExp(
  `\\b(?:${alternation(PARTICIPATING)})\\b[^.;]{0,60}\\b(?:${alternation(EXERCISE_WORDS)})\\b|\\b(?:${alternation(EXERCISE_WORDS)})\\b[^.;]{0,40}\\b(?:${alternation(PARTICIPATING)})\\b|\\b(?:${alternation(PARTICIPATING)})\\s+(?:this|last|next)\\s+year['’]s\\b|\\b(?:${alternation(PARTICIPATING)})\\s+(?:the|an)\\s+annual\\b`,
  'i',
);
const MUSTER = new RegExp(`\\b(?:${alternation(MUSTER_WORDS)})\\b`, 'i');
const CUMULATIVE = new RegExp(`\\b(?:${alternation(CUMULATIVE_WORDS)})\\b`, 'i');
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![a-z])\\.?';
const POLICE = /\bpolice\b/i;
/** "more than 9,500 of which are troops": a count the words after say are troops. */
const OF_WHICH_TROOPS = new RegExp(`^\\s+of\\s+(?:which|whom|them)\\s+(?:are|were)\\s+(?:${TROOP})\\b`);
/** "The number of police will drop from 3,150 to 2,888": police named before the count, no troops between. */
const POLICE_BEFORE = new RegExp(`\\bpolice\\b(?![^.;]*\\b(?:${TROOP})\\b)[^.;]*$`, 'i');
/** "1 198 members of the SANDF", "500 members of the Kenya Defence Forces": a force's members. */
const MEMBERS_OF =
  /^\s+(?:members|personnel|elements)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\w-]+\s+){0,5}?(?:contingent|battalion|detachment|peacekeeping force|task force|brigade)\b|\p{Lu}{1,5}DF\b|\p{Lu}{2,5}F\b|(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Army|Navy|Air Force|Defen[cs]e Forces?|Armed Forces|Military|Marines|Corps|Guard)\b(?!\s+\p{Lu}))/u;

function qualifierOf(before: string): { qualifier: Qualifier; length: number } {
  const match = QUALIFIER.exec(before);
  const phrase = match?.[1]?.toLowerCase().replace(/\s+/g, ' ');
  return phrase ? { qualifier: QUALIFIED.get(phrase) ?? 'EXACT', length: match?.[0].length ?? 0 } : { qualifier: 'EXACT', length: 0 };
}

/** Not a count of troops, whatever the sentence is about. */
function rejected(n: NumberMention, written: string, before: string, after: string, sentence: string, local: number): boolean {
  if (/^\d{4}$/.test(written) && n.value >= 1900 && n.value <= 2100 && !NOUN_AFTER.test(after)) return true;
  if (/[$£€¥]\s*$/.test(before) || /^\s*(?:%|per ?cent\b|percent\b|bn\b|billion\b|million\s+(?:dollars|pounds|euros)\b)/i.test(after))
    return true;
  if (
    new RegExp(`${MONTH}\\s*$`).test(before) ||
    new RegExp(`^\\s*(?:st|nd|rd|th)?\\s*${MONTH}`).test(after) ||
    /^(?:st|nd|rd|th)\b/.test(after)
  )
    return true;
  if (/^\s*(?:-year-old|years? old|-year\b)/i.test(after) || /\baged\s*$/i.test(before)) return true;
  // "the 15-nation bloc", "a 28-member alliance": members of a body, not troops.
  if (/^-(?:nation|country|state|member|party)\b/i.test(after) && !STRONG.test(after)) return true;
  // "a 15-day deployment deadline", "a 30-mile zone": a duration or a distance.
  if (/^-(?:day|week|month|hour|minute|mile|km|kilometre|kilometer|metre|meter)s?\b/i.test(after)) return true;
  // Unit designators: "16 Air Assault Brigade", "3rd Infantry Division".
  if (
    /^\s+(?:\p{Lu}[\w-]*\s+){0,3}(?:Brigade|Division|Regiment|Battalion|Squadron|Group|Corps|Fleet|Wing|Army|Commando|Infantry|Cavalry|Airborne|Expeditionary)\b/u.test(
      after,
    ) &&
    !NOUN_AFTER.test(after)
  )
    return true;
  // A number inside a name: "the Park of 28 Panfilov Guardsmen".
  if (/\b\p{Lu}\p{Ll}+\s+of\s+$/u.test(before) && /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(after)) return true;
  // Unit and base numbers: "Air Base 201", "Panzer Brigade 45", "No. 3".
  if (
    /\b(?:base|brigade|battalion|regiment|division|squadron|group|unit|no\.|number|resolution|article|flight|route|highway)\s*$/i.test(
      before,
    )
  )
    return true;
  if (NOT_AFTER.test(after.replace(/^-strong/, '')) && !NOUN_AFTER.test(after)) return true;
  // ("150 military police from its National Guard" are soldiers.)
  if (POLICE.test(after.slice(0, 30).split(/[,;]| and /)[0] ?? '') && !/^\s+military\s+police\b/i.test(after)) return true;
  if (POLICE_BEFORE.test(before.slice(-50)) && !NOUN_AFTER.test(after) && !MEMBERS_OF.test(after)) return true;
  // "16 times in Iraq and 11 in Syria": a count standing in a list of counted things.
  if (/\b(?:times|attacks)\s+(?:in\s+\w+\s+)?and\s+$/i.test(before.slice(-40))) return true;
  // Casualties: a casualty word in the figure's own clause, close by.
  const near = sentence.slice(Math.max(0, local - 45), local + 45).split(/[;:]|,\s+(?:which|while|as|and)\b|\s+(?:as|while|amid|after)\s+/);
  const own = near.find((part, i) => near.slice(0, i + 1).join(' ').length >= Math.min(45, local)) ?? '';
  if (CASUALTY.test(own) && !/\bfrom\b[^.]*\bto\b/i.test(own)) return true;
  // "Around 22,000 reservists were called up", "released 15,000 reservists from duty": mustered, not deployed.
  if (
    MUSTER.test(
      sentence
        .slice(Math.max(0, local - 30), local + 50)
        .split(/[;,]/)
        .find((part, i, parts) => parts.slice(0, i + 1).join(',').length >= Math.min(30, local)) ?? '',
    )
  )
    return true;
  return EXERCISE.test(sentence) || CUMULATIVE.test(sentence.slice(Math.max(0, local - 40), local + 60));
}

/** "between 500 and 650 troops", "3,000 to 4,000 troops", "3,000-5,000 troops": one figure, its bounds. */
function rangeAt(numbers: NumberMention[], i: number, text: string, base: number): { max: number; end: number } | undefined {
  const n = numbers[i] as NumberMention;
  const next = numbers[i + 1];
  if (!next || next.value <= n.value) return undefined;
  const between = text.slice(n.end - base, next.start - base);
  const before = text.slice(0, n.start - base);
  const isRange = /^\s*(?:-|–|to|or)\s*(?:about\s+|around\s+)?$/.test(between) && !/\bfrom\s+(?:\w+\s+)?$/i.test(before);
  const isBetween = /^\s+and\s+$/.test(between) && /\bbetween\s+$/i.test(before);
  if (!isRange && !isBetween) return undefined;
  if (!NOUN_AFTER.test(text.slice(next.end - base)) && !isBetween) return undefined;
  return { max: next.value, end: next.end };
}

/** The troop-counting numbers of a sentence (offsets in the article). */
export function troopCandidates(sentence: Sentence, afterTroopSentence: boolean): Candidate[] {
  const text = sentence.text;
  const base = sentence.start;
  const numbers = findNumbers(text, base);
  // Most sentences count nothing: no need to ask what they are about.
  if (numbers.length === 0) return [];
  const troopSentence =
    TROOP_SENTENCE.test(text) ||
    (afterTroopSentence &&
      /^(?:(?:the|that|this|its|their)\s+(?:number|figure|total|force|level|count|contingent)\b|of (?:them|these|those)\b)/i.test(text));
  const found: Candidate[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i] as NumberMention;
    const local = n.start - base;
    const range = rangeAt(numbers, i, text, base);
    const endLocal = (range?.end ?? n.end) - base;
    const before = text.slice(Math.max(0, local - 60), local);
    const after = text.slice(endLocal);
    const written = text.slice(local, n.end - base);
    const own = NOUN_AFTER.exec(after);
    // "140 Italian and 250 Polish troops": the first count shares the second's noun (and keeps its own modifiers).
    const shared = own ? null : SHARED_NOUN.exec(after);
    const noun = own?.[1] ?? shared?.[2];
    const modifiers = own ? after.slice(0, own.index + own[0].length - (own[1]?.length ?? 0)) : (shared?.[1] ?? '');
    const adjacent = noun !== undefined || STRONG.test(after) || MEMBERS_OF.test(after) || OF_WHICH_TROOPS.test(after);
    // A slot is read past the qualifier: "reduced by more than 2,000", "to roughly 5,500".
    const bare = before.replace(QUALIFIER, '');
    // "Croatia has sent 60 troops, Italy 250": a country and its count in a list after a troop count.
    const listed =
      /,\s+(?:and\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?\s+$/u.test(before) &&
      found.some((f) => f.adjacent && f.noun !== undefined) &&
      !/^\s+\p{L}/u.test(after);
    const slot =
      listed ||
      SLOT.test(before) ||
      SLOT.test(bare) ||
      MOVING_BEFORE.test(bare) ||
      /^\s+(?:in|at|on)\s+(?:the\s+)?(?:[a-z-]+\s+)?\p{Lu}/u.test(after) ||
      DEPARTING_AFTER.test(after) ||
      STATIONED_AFTER.test(after) ||
      ELLIPTIC_TO.test(before + '#' + after);
    if (range) i++;
    if (!adjacent && !(troopSentence && slot && !NOT_AFTER_LOOSE.test(after))) continue;
    if (n.value < 10 || rejected(n, written, before, after, text, local)) continue;
    const read = qualifierOf(before);
    // "a cap of 5,000", "a troop ceiling of 17,000": at most that many.
    const capped = read.qualifier === 'EXACT' && /\b(?:cap|ceiling|limit|maximum)\s+of\s+$/i.test(before);
    const { qualifier, length } = capped ? { qualifier: 'UP_TO' as const, length: 0 } : read;
    const start = n.start - length;
    found.push({
      value: n.value,
      ...(range ? { max: range.max } : {}),
      start,
      end: range?.end ?? n.end,
      numberStart: n.start,
      local,
      localEnd: endLocal,
      qualifier,
      modifiers,
      adjacent,
      ...(noun ? { noun } : {}),
    });
  }
  return found;
}
