/**
 * Small text helpers shared by the extractors.
 */

/** The stored form of an article: no BOM, \n line endings, no trailing whitespace at the end. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\s+$/, '');
}

/** Lowercase ASCII form for keys: diacritics folded, curly apostrophes straightened. */
export function fold(text: string): string {
  // Most keys are ASCII: no need to decompose them.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().trim();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .trim();
}

export function slugify(text: string, max = 80): string {
  const slug = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= max ? slug : slug.slice(0, max).replace(/-[^-]*$/, '');
}

/** Ends like a sentence: terminal punctuation, possibly inside closing quotes or brackets. */
export const endsLikeSentence = (text: string): boolean => /[.!?…]["'”’)\]]*$/.test(text.trim());

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Escapes a string for use inside a RegExp. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words as one RegExp alternation, longest first so "task force" wins over "force"; a space matches any white space. */
export const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');

/** Position of the first value ≥ target in ascending `values` (binary search). */
export function lowerBound(values: readonly number[], target: number): number {
  let [lo, hi] = [0, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;
/** One line of text: white space folded; control characters and U+FFFD (bytes a page's charset could not decode) dropped. */
export const oneLine = (text: string): string =>
  text
    .replace(UNPRINTABLE, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
