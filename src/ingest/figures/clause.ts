/**
 * The clause a figure stands in: the stretch of its sentence between clause boundaries (a
 * semicolon or colon, a dash, a relative or contrasting clause: ", which", ", while", " but ",
 * ", whereas", ", when"…). Kind and place are read from the clause, not the whole sentence:
 * in "Germany will keep 4,000 troops in Lithuania, while Canada doubles its force", 4,000 is
 * Germany's and Lithuania's.
 */

export interface Clause {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  text: string;
  /** The clause before and after the figure's phrase, lowercased. */
  before: string;
  after: string;
}

// Participial clauses (", joining the 150 already there", ", leaving 100") and a new subject after
// ", and" ("…, and a contingent of about 200 arrived") are clauses of their own.
// A quotation's inner sentences end clauses too ("… is not so large. There are only about 4,300 there.").
// And a quotation ends where its marks close: "“… deploy 700 more troops,” Stoltenberg told reporters in Oslo".
const BOUNDARY =
  '[,.]?[”"](?=\\s*,?\\s*\\p{L})|(?<=[a-z]{3}[.!?])\\s+(?=[A-Z0-9])|[;:—–]|\\s-\\s|,\\s*(?:even\\s+)?(?:which|who|whom|where|while|whereas|but|although|though|when|as|since|after|before|until|whose|joining|leaving|bringing|taking|adding)\\b|,\\s*and\\s+(?=(?:(?:a|an|another|some|about|the)\\s|\\d))|\\b(?:but|whereas|although|though)\\s|\\(|\\)';
const LEFT = new RegExp(BOUNDARY, 'giu');
const RIGHT = new RegExp(BOUNDARY, 'giu');

/**
 * Parentheses and dash-enclosed asides blanked out (offsets kept): "the Collective Security Treaty
 * Organization (CSTO) deployed", "Roughly 400 troops — about 200 here and 200 there — will remain" are one clause.
 */
const ASIDE_PAIRS = /\([^()]*\)|\s[—–]\s[^—–;]{1,160}\s[—–]\s/g;
const blankParentheses = (text: string): string => text.replace(ASIDE_PAIRS, (m) => ' '.repeat(m.length));

export function clauseAround(sentence: string, from: number, to: number): Clause {
  const open = sentence.lastIndexOf('(', from);
  const dashed = [...sentence.matchAll(ASIDE_PAIRS)].some(
    (m) => m[0].startsWith(' ') && (m.index ?? 0) < from && (m.index ?? 0) + m[0].length > to,
  );
  const inside = (open >= 0 && sentence.indexOf(')', open) >= to) || dashed;
  // A figure inside a parenthesis reads in it; one outside reads past any parenthesis.
  const searched = inside ? sentence : blankParentheses(sentence);
  let start = 0;
  // (One character more, so ", and 150 soldiers" sees its number.)
  for (const m of searched.slice(0, from + 1).matchAll(LEFT))
    if ((m.index ?? 0) < from) start = (m.index ?? 0) + (/^[(]$/.test(m[0]) ? 1 : 0);
  RIGHT.lastIndex = to;
  const right = RIGHT.exec(searched);
  const end = right ? right.index : sentence.length;
  return {
    start,
    end,
    text: sentence.slice(start, end),
    before: sentence.slice(start, from).toLowerCase(),
    // (Read past a dash-enclosed aside: "400 troops — about 200 here and 200 there — will remain".)
    after: (inside ? sentence : sentence.replace(ASIDE_PAIRS, (m) => (m.startsWith(' ') ? ' '.repeat(m.length) : m)))
      .slice(to, end)
      .toLowerCase(),
  };
}
