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

const LEFT = /(?:[;:—–]|\s-\s|,\s*(?:which|who|whom|where|while|whereas|but|although|though|when|as|since|after|before|until)\b|\b(?:but|while|whereas|although|though)\b|\(|\))/gi;
const RIGHT = /(?:[;:—–]|\s-\s|,\s*(?:which|who|whom|where|while|whereas|but|although|though|when|as|since|after|before|until|whose)\b|\b(?:but|whereas|although|though)\s|\(|\))/gi;

export function clauseAround(sentence: string, from: number, to: number): Clause {
  let start = 0;
  for (const m of sentence.slice(0, from).matchAll(LEFT)) start = (m.index ?? 0) + (/^[(]$/.test(m[0]) ? 1 : 0);
  RIGHT.lastIndex = to;
  const right = RIGHT.exec(sentence);
  const end = right ? right.index : sentence.length;
  return {
    start,
    end,
    text: sentence.slice(start, end),
    before: sentence.slice(start, from).toLowerCase(),
    after: sentence.slice(to, end).toLowerCase(),
  };
}
