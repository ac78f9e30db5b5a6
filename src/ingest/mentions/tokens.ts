/**
 * Words of a text with their part of speech, from wink-nlp's English model, and their offsets
 * in the text. wink splits letters outside Latin-1 ("Erdoğan" → "Erdo", "ğ", "an"), so it reads a
 * copy with each such letter folded to its base letter; the copy has the same length, so every
 * offset is an offset into the original.
 */
import { TITLE_ABBREVIATIONS } from '../lexicon/common.ts';
import { tagger } from '../tagger.ts';
import { fold } from '../text.ts';

export interface Token {
  /** As written in the original text. */
  text: string;
  start: number;
  end: number;
  /** Universal POS tag: PROPN, NOUN, VERB, DET, PUNCT... */
  pos: string;
  /** Folded lowercase form, read once: every layer compares words by it. */
  lower: string;
}

/** Abbreviations the model does not know end with their full stop ("Maj." read as "Maj" + "."). */
const ABBREVIATED = new Set([...TITLE_ABBREVIATIONS, 'rev', 'hon', 'supt', 'insp', 'lieut', 'cdr', 'messrs']);

/** Letters that NFKD does not decompose to a base letter. */
const SPECIAL: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ß: 's',
  æ: 'a',
  Æ: 'A',
  œ: 'o',
  Œ: 'O',
  þ: 't',
  Þ: 'T',
  ħ: 'h',
  Ħ: 'H',
};

/** One character for one: letters past U+00FF become their base letter; everything else stays. */
function foldForTagger(text: string): string {
  // Most text has no letter past Latin-1: nothing to fold.
  if (!/[^\t-\u00ff]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const code = c.charCodeAt(0);
    if (code < 0x100 || (code >= 0xd800 && code <= 0xdfff)) out += c;
    else {
      const base = SPECIAL[c] ?? c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      // A letter with no base letter ("ə") still has to read as a letter, of the same case.
      out += base.length === 1 && base.charCodeAt(0) < 0x100 ? base : /\p{L}/u.test(c) ? (c === c.toLowerCase() ? 'a' : 'A') : c;
    }
  }
  return out;
}

const PARTICLES = new Set(['al', 'el', 'ad', 'as', 'at', 'an', 'ar', 'ash', 'az', 'bin', 'ibn', 'abu', 'abd', 'ul']);
const beforePreviousIsParticle = (found: Token[]): boolean => {
  const particle = found.at(-2);
  const hyphen = found.at(-1);
  return particle !== undefined && hyphen !== undefined && PARTICLES.has(particle.text) && particle.end === hyphen.start;
};

/** Tokens of `text`, offsets shifted by `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const folded = foldForTagger(text);
  const nlp = tagger();
  const tokens = nlp.readDoc(folded).tokens();
  const values = tokens.out();
  const tags = tokens.out(nlp.its.pos);
  const found: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = folded.indexOf(value, cursor);
    // Line breaks come back as SPACE tokens: a hard wrap, not a word.
    if (at === -1 || tags[i] === 'SPACE') return;
    cursor = at + value.length;
    const previous = found.at(-1);
    if (value === '.' && previous && previous.end === base + at && ABBREVIATED.has(previous.text.toLowerCase())) {
      previous.text += '.';
      previous.end += 1;
      return;
    }
    // "al-Asad", "el-Sisi": a lowercase particle hyphened to a name is part of it.
    if (previous?.text === '-' && beforePreviousIsParticle(found) && previous.end === base + at && /^\p{Lu}/u.test(value)) {
      const particle = found.at(-2) as Token;
      found.pop();
      particle.text = text.slice(particle.start - base, cursor);
      particle.end = base + cursor;
      particle.pos = 'PROPN';
      return;
    }
    // "Ji-hye", "President-elect", "State-linked": a lowercase part hyphened to a word is that word.
    const beforePrevious = found.at(-2);
    if (
      previous?.text === '-' &&
      beforePrevious &&
      /^\p{Ll}/u.test(value) &&
      beforePrevious.end === previous.start &&
      previous.end === base + at &&
      /^\p{Lu}/u.test(beforePrevious.text)
    ) {
      found.pop();
      beforePrevious.text = text.slice(beforePrevious.start - base, cursor);
      beforePrevious.end = base + cursor;
      return;
    }
    found.push({ text: text.slice(at, cursor), start: base + at, end: base + cursor, pos: tags[i] ?? 'X', lower: '' });
  });
  for (const t of found) t.lower = fold(t.text);
  return found;
}
