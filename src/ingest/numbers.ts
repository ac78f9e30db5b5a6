/**
 * Numbers in prose: digits with separators ("5,200", "5 200", "1.5 million", "4,500-strong")
 * and numbers in words ("three thousand", "two thousand five hundred").
 */

export interface NumberMention {
  value: number;
  start: number;
  end: number;
  /** Written with digits (years and dates are digits too). */
  digits: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, dozen: 12 };

// "28-thousand-500", "32-thousand": the hyphenated thousands of some agencies' house style.
// ("12, 000": a stray space after the comma of a round thousand.)
const DIGITS =
  /(?<![\w.,])(\d{1,3}(?:(?:,|\s(?=\d{3}\b)|,\s(?=000\b))\d{3})+|\d{1,3}(?:\.\d{3})+(?![\d.,])|\d+(?:\.\d+)?)(?:(?:\s*|-)(million|thousand|m\b|k\b)(?:-(\d{1,3})(?!\d))?)?(?![\w]|,\d|\.\d)/g;
const WORD =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)';
// "and" joins only after a scale: "two hundred and fifty" is one number, "twenty and thirty" two.
const WORDS = new RegExp(`\\b((?:an?\\s+)?${WORD}(?:(?:\\s+|-)${WORD}|(?<=hundred|thousand|million)\\s+and\\s+${WORD})*)\\b`, 'gi');

function wordsToNumber(phrase: string): number | undefined {
  let total = 0;
  let current = 0;
  let sawNumber = false;
  for (const token of phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((t) => t !== 'and')) {
    if (token in UNITS) {
      current += UNITS[token] as number;
      sawNumber = true;
    } else if (token in SCALES) {
      const scale = SCALES[token] as number;
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      sawNumber = true;
    } else return undefined;
  }
  return sawNumber ? total + current : undefined;
}

export function findNumbers(text: string, base = 0): NumberMention[] {
  const found: NumberMention[] = [];
  for (const match of text.matchAll(DIGITS)) {
    const scale = match[2]?.toLowerCase();
    // "1.400 personnel", "1.270 servicemen": dots between thousands, as European outlets print them.
    const dotted =
      /^\d{1,3}(?:\.\d{3})+$/.test(match[1] ?? '') &&
      !scale &&
      !/^\s*(?:%|per ?cent|percent|km|kilomet|metre|meter|mile|kg|tonne)/i.test(text.slice((match.index ?? 0) + match[0].length));
    const raw = (match[1] ?? '').replace(dotted ? /[.,\s]/g : /[,\s]/g, '');
    const multiplier = scale === 'million' || scale === 'm' ? 1_000_000 : scale === 'thousand' || scale === 'k' ? 1000 : 1;
    const start = base + (match.index ?? 0);
    found.push({ value: Math.round(Number(raw) * multiplier) + Number(match[3] ?? 0), start, end: start + match[0].length, digits: true });
  }
  for (const match of text.matchAll(WORDS)) {
    const phrase = match[1] ?? '';
    // "a" and "an" alone, or "one" used as a pronoun, are not numbers worth reading.
    if (/^(an?|one)$/i.test(phrase.trim())) continue;
    const value = wordsToNumber(phrase);
    if (value === undefined || value < 2) continue;
    const start = base + (match.index ?? 0);
    // "a few hundred", "several thousand": vague, not a count.
    if (
      /^(an?\s+)?(hundred|thousand|million|dozen)$/i.test(phrase.trim()) &&
      /\b(few|several|many|some|couple of)\s+$/i.test(text.slice(0, match.index ?? 0))
    )
      continue;
    // "1.5 million": the word is the digits' scale, already read.
    if (found.some((n) => n.digits && start < n.end && start + phrase.length > n.start)) continue;
    found.push({ value, start, end: start + phrase.length, digits: false });
  }
  return scaleRanges(
    found.sort((a, b) => a.start - b.start),
    text,
    base,
  );
}

const SCALED = /\b(thousand|million)$/i;

/** "twenty to thirty thousand", "20 to 30 thousand": the scale of a range's upper bound is its lower bound's too. */
function scaleRanges(numbers: NumberMention[], text: string, base: number): NumberMention[] {
  for (let i = 0; i + 1 < numbers.length; i++) {
    const [low, high] = [numbers[i] as NumberMention, numbers[i + 1] as NumberMention];
    const scale = SCALED.exec(text.slice(high.start - base, high.end - base))?.[1]?.toLowerCase();
    if (!scale || SCALED.test(text.slice(low.start - base, low.end - base))) continue;
    const factor = scale === 'million' ? 1_000_000 : 1000;
    if (/^\s*(?:to|or|-|–|and)\s*$/.test(text.slice(low.end - base, high.start - base)) && low.value * factor <= high.value)
      low.value *= factor;
  }
  return numbers;
}
