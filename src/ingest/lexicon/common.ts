import { MONTHS, WEEKDAYS } from './time.ts';

/**
 * Closed-class English words: what can never be a name, and the calendar words that are
 * capitalized without being names. Lowercase.
 */

export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'and', 'but', 'or', 'nor', 'as', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this',
  'that', 'these', 'those', 'during', 'after', 'before', 'with', 'by', 'from', 'of', 'to', 'into', 'onto', 'over', 'under', 'about',
  'his', 'her', 'their', 'our', 'my', 'your', 'if', 'when', 'while', 'where', 'which', 'who', 'whom', 'whose', 'what', 'why', 'how',
  'there', 'here', 'some', 'many', 'most', 'all', 'any', 'each', 'every', 'no', 'not', 'yet', 'so', 'then', 'than', 'also', 'only',
  'however', 'meanwhile', 'although', 'though', 'because', 'since', 'until', 'unless', 'despite', 'amid', 'among', 'between', 'against',
  'without', 'within', 'upon', 'via', 'per', 'like', 'unlike', 'both', 'either', 'neither', 'such', 'other', 'another', 'more', 'less',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall',
  'should', 'do', 'does', 'did', 'not', 'according', 'read', 'more', 'related', 'see', 'watch', 'listen', 'photo', 'picture', 'image',
]);

/** Capitalized, never a name: months and weekdays (lexicon/time.ts), and holidays. */
export const CALENDAR_WORDS = new Set([...MONTHS, ...WEEKDAYS].map((m) => m.name).concat(['christmas', 'easter', 'ramadan', 'eid']));

/** Their abbreviations, a name's word only without the full stop ("Thu" is a Vietnamese name, "Thu." Thursday). */
export const CALENDAR_ABBREVIATIONS = new Set([...MONTHS, ...WEEKDAYS].flatMap((m) => m.forms).filter((f) => !CALENDAR_WORDS.has(f)));

/** Pronouns that stand for a speaker, with the gender they require. */
export const SPEAKER_PRONOUNS: Record<string, 'MALE' | 'FEMALE' | 'ORGANISATION' | 'PLURAL'> = {
  he: 'MALE', she: 'FEMALE', it: 'ORGANISATION', they: 'PLURAL',
};

/** Determiners before a noun phrase: a name after one is not a person ("the Iron Brigade"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'every', 'each', 'any', 'some', 'no']);
