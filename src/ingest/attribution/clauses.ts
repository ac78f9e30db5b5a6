/**
 * Speech clauses of a sentence: a speech cue ("said", "told", "adding", "according to",
 * "was quoted as saying") and the noun phrase that speaks — before the cue ("the Pentagon
 * said", "Gen. Pat Ryder, the spokesman, told"), after it ("said Biden", "added a NATO official
 * who requested anonymity"), between ("AFP quoted Colonel Damien Mireval as saying") or, for a
 * participle, the sentence's subject. Quoted words never speak: tokens inside quotations are
 * walls.
 */
import { DETERMINERS, FUNCTION_WORDS } from '../lexicon/common.ts';
import { SPEECH_PARTICIPLES, SPEECH_VERBS, WEAK_SPEECH_VERBS } from '../lexicon/speech.ts';
import type { Token } from '../mentions/tokens.ts';

export type ClauseForm = 'NORMAL' | 'INVERTED' | 'PARTICIPLE' | 'ACCORDING' | 'QUOTED_AS' | 'PASSIVE';

export interface NounPhrase {
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** "X, the defence minister, said": the phrase between the commas (the main phrase is X). */
  appositive?: NounPhrase;
}

export interface SpeechClause {
  form: ClauseForm;
  verb: string;
  /** The cue's token index and offsets. */
  cue: number;
  cueStart: number;
  cueEnd: number;
  /** Who speaks; absent for a participle (its speaker is the sentence's). */
  subject?: NounPhrase;
  /** False for verbs that rarely introduce the speaker's own words ("characterized", "called"). */
  strong: boolean;
}

const FINITE = new Set(SPEECH_VERBS.filter((v) => !v.includes(' ')));
const PARTICIPLES = new Set(SPEECH_PARTICIPLES.filter((v) => !v.includes(' ')));
const WEAK = new Set(WEAK_SPEECH_VERBS);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words between a subject and its speech verb: "Esper also said", "Ryder could not say". */
const BETWEEN = new Set([
  'also',
  'later',
  'then',
  'has',
  'have',
  'had',
  'further',
  'again',
  'earlier',
  'reportedly',
  'previously',
  'repeatedly',
  'would',
  'could',
  'will',
  'did',
  'does',
  'do',
  'not',
  'never',
  'to',
  'declined',
  'refused',
  'wanted',
  'on',
  'in',
  'separately',
  'meanwhile',
  'however',
  'once',
  'recently',
  'publicly',
  'privately',
  'today',
  'yesterday',
]);
/** Words a noun phrase may run through: "the head of the ministry", "a senior figure in Estonia". */
const NP_LINKS = new Set(['of', 'for', 'from', 'in', 'at', 'to', 'with', 'on']);
const low = (t: Token | undefined): string => t?.lower ?? '';
/** Words that open an aside between a subject and its verb: "X, who …, said". */
const ASIDE = new Set(['who', 'whose', 'which', 'whom', 'a', 'an', 'one', 'himself', 'herself', 'speaking', 'flanked', 'accompanied']);

const isWall = (t: Token, masked: (t: Token) => boolean): boolean => masked(t) || /^[.;:!?"“”‘’«»—–]$/.test(t.text);

function npWord(t: Token): boolean {
  if (/^['’]s?$/.test(t.text) || t.text === '(' || t.text === ')' || t.text === '-') return true;
  if (DETERMINERS.has(low(t))) return true;
  return ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.pos) && !FUNCTION_WORDS.has(low(t));
}

/** The noun phrase ending at token `last` (inclusive), walking left; undefined if there is none. */
export function phraseEndingAt(tokens: Token[], last: number, floor: number, masked: (t: Token) => boolean): NounPhrase | undefined {
  let first = last + 1;
  for (let i = last; i >= floor && last - i < 18; i--) {
    const t = tokens[i] as Token;
    if (isWall(t, masked)) break;
    // "of", "for", "in" link two phrases only with a phrase on their left.
    if (NP_LINKS.has(low(t)) && i > floor && npWord(tokens[i - 1] as Token) && first <= last) {
      first = i;
      continue;
    }
    if (!npWord(t)) break;
    first = i;
  }
  while (first <= last && (NP_LINKS.has(low(tokens[first])) || tokens[first]?.text === ')')) first++;
  if (first > last) return undefined;
  return { first, last, start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/** The noun phrase starting at token `first`, walking right; a "who …" tail belongs to it. */
function phraseStartingAt(tokens: Token[], first: number, ceiling: number, masked: (t: Token) => boolean): NounPhrase | undefined {
  let last = first - 1;
  for (let i = first; i <= ceiling && i - first < 18; i++) {
    const t = tokens[i] as Token;
    if (isWall(t, masked) || t.text === ',') break;
    if (low(t) === 'who') {
      // "a NATO official who requested anonymity": the description goes on to the punctuation.
      let j = i;
      while (j + 1 <= ceiling && !isWall(tokens[j + 1] as Token, masked) && (tokens[j + 1] as Token).text !== ',') j++;
      last = j;
      break;
    }
    if (NP_LINKS.has(low(t)) && last >= first && tokens[i + 1] && npWord(tokens[i + 1] as Token)) {
      last = i;
      continue;
    }
    if (!npWord(t)) break;
    last = i;
  }
  while (last >= first && NP_LINKS.has(low(tokens[last]))) last--;
  if (last < first) return undefined;
  return { first, last, start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/**
 * A phrase after the cue with its appositive between commas: "according to the army chief,
 * General X, …", "said Colonel X, the mission commander." The appositive must close at a comma
 * or the sentence's end, so "according to the ministry, troops will leave" has none.
 */
function withAppositive(tokens: Token[], np: NounPhrase, ceiling: number, masked: (t: Token) => boolean): NounPhrase {
  if (tokens[np.last + 1]?.text !== ',') return np;
  const appositive = phraseStartingAt(tokens, np.last + 2, ceiling, masked);
  const next = appositive ? tokens[appositive.last + 1] : undefined;
  if (!appositive || (next !== undefined && appositive.last < ceiling && next.text !== ',' && !isWall(next, masked))) return np;
  return { ...np, appositive };
}

/** Subject before a finite cue: skips "also", "could not", an appositive between commas. */
function subjectBefore(tokens: Token[], cue: number, floor: number, masked: (t: Token) => boolean): NounPhrase | undefined {
  let i = cue - 1;
  while (i >= floor && BETWEEN.has(low(tokens[i])) && !masked(tokens[i] as Token)) i--;
  // "Thursday" in "Ryder on Thursday said" is not the speaker.
  if (i >= floor && tokens[i]?.pos === 'PROPN' && low(tokens[i - 1]) === 'on') i -= 2;
  if (i < floor) return undefined;
  const t = tokens[i] as Token;
  if (['he', 'she', 'it', 'they', 'who', 'which'].includes(low(t))) return { first: i, last: i, start: t.start, end: t.end };
  if (t.text === ',') return subjectBeforeCommas(tokens, i, floor, masked);
  return phraseEndingAt(tokens, i, floor, masked);
}

/**
 * The subject before ", said" across the commas of appositives and asides: "X, the defence
 * minister, said", "the peacekeeping chief, Alain Le Roy, told", "Masisi, who chairs the
 * SADC organ on politics, defence and security, said", "the minister, touring the border with
 * Gen. Y, said", "the Director, Defence Information, Maj.-Gen. Z, said". The phrase before the
 * first comma is the subject; a named phrase among the asides is its appositive. No comma
 * before ("“…,” Defense Minister Itsunori Onodera, told"): the phrase itself.
 */
function subjectBeforeCommas(tokens: Token[], comma: number, floor: number, masked: (t: Token) => boolean): NounPhrase | undefined {
  const asides: NounPhrase[] = [];
  let i = comma;
  for (let chunk = 0; chunk < 4; chunk++) {
    let j = i - 1;
    while (j >= floor && tokens[j]?.text !== ',' && !isWall(tokens[j] as Token, masked) && i - j < 20) j--;
    const bounded = j >= floor && tokens[j]?.text === ',';
    const aside = ASIDE.has(low(tokens[j + 1])) || (/ing$/.test(low(tokens[j + 1])) && tokens[j + 1]?.pos === 'VERB');
    const phrase = aside ? undefined : phraseEndingAt(tokens, i - 1, j + 1, masked);
    // A phrase fills its stretch, or the stretch is an aside ("chairman of X and Y", "meanwhile").
    const whole = phrase !== undefined && phrase.first === j + 1;
    const named = asides.find((a) => tokens.slice(a.first, a.last + 1).some((t) => t.pos === 'PROPN')) ?? asides.at(-1);
    if (!bounded) {
      // "He spoke at the centre in Jaji, Kaduna State, said": a pronoun opening the sentence is its subject.
      const opener = tokens[j + 1];
      if (opener && ['he', 'she', 'they'].includes(low(opener))) return { first: j + 1, last: j + 1, start: opener.start, end: opener.end };
      // The subject opens the stretch: "the deaths will only worsen, said" has none.
      if (!whole) return named;
      return named ? { ...phrase, appositive: named } : phrase;
    }
    if (whole) asides.push(phrase);
    i = j;
  }
  return asides.find((a) => tokens.slice(a.first, a.last + 1).some((t) => t.pos === 'PROPN')) ?? asides.at(-1);
}

/**
 * The speech clauses of the tokens in [from, to], in order. `masked(t)` says whether a token
 * lies inside a quotation.
 */
export function speechClauses(tokens: Token[], from: number, to: number, masked: (t: Token) => boolean): SpeechClause[] {
  const clauses: SpeechClause[] = [];
  for (let c = from; c <= to; c++) {
    const t = tokens[c] as Token;
    if (masked(t)) continue;
    const w = low(t);
    const base = { verb: w, cue: c, cueStart: t.start, cueEnd: t.end, strong: !WEAK.has(w) };
    if (w === 'according' && low(tokens[c + 1]) === 'to') {
      const subject = phraseStartingAt(tokens, c + 2, to, masked);
      if (subject)
        clauses.push({
          ...base,
          verb: 'according to',
          form: 'ACCORDING',
          cueEnd: (tokens[c + 1] as Token).end,
          subject: withAppositive(tokens, subject, to, masked),
        });
      continue;
    }
    if (w === 'quoted') {
      const as = tokens.findIndex(
        (x, k) => k > c && k <= Math.min(to, c + 16) && low(x) === 'as' && /^(saying|telling)$/.test(low(tokens[k + 1])),
      );
      if (as !== -1) {
        // "X was quoted as saying" names X before; "AFP quoted X as saying" between.
        // Between: the whole stretch, appositives and all ("quoted the head of the department, Colonel X, as saying").
        const between =
          as - 1 >= c + 1
            ? { first: c + 1, last: as - 1, start: (tokens[c + 1] as Token).start, end: (tokens[as - 1] as Token).end }
            : undefined;
        const subject = BE.has(low(tokens[c - 1])) ? subjectBefore(tokens, c - 1, from, masked) : between;
        if (subject) clauses.push({ ...base, verb: 'quoted as saying', form: 'QUOTED_AS', subject });
        continue;
      }
    }
    if (PARTICIPLES.has(w) && t.pos !== 'NOUN') {
      // "with the chairman of the committee suggesting …": an absolute phrase names its own speaker.
      const own = phraseEndingAt(tokens, c - 1, from, masked);
      const withOwn = own && low(tokens[own.first - 1]) === 'with' ? { subject: own } : {};
      clauses.push({ ...base, form: 'PARTICIPLE', ...withOwn });
      continue;
    }
    if (!FINITE.has(w) || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
    // "which was said to be about": speech without a speaker.
    if (BE.has(low(tokens[c - 1]))) {
      clauses.push({ ...base, form: 'PASSIVE', strong: false });
      continue;
    }
    // "continued to transfer", "added to": not speech.
    if (/^(continue[sd]?|added)$/.test(w) && low(tokens[c + 1]) === 'to') continue;
    // "“…,” said Biden", "“…,” added a NATO official": the speaker follows the verb.
    const previous = tokens[c - 1];
    const afterQuote =
      previous !== undefined &&
      (masked(previous) || (previous.text === ',' && tokens[c - 2] !== undefined && masked(tokens[c - 2] as Token)));
    if (afterQuote) {
      const subject = phraseStartingAt(tokens, c + 1, to, masked);
      if (subject) clauses.push({ ...base, form: 'INVERTED', subject: withAppositive(tokens, subject, to, masked) });
      continue;
    }
    const subject = subjectBefore(tokens, c, from, masked);
    if (subject) clauses.push({ ...base, form: 'NORMAL', subject });
  }
  return clauses;
}
