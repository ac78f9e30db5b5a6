/**
 * Whose troops an article is about: the country or demonym most often standing before troops
 * ("US troops", "200 American soldiers": two votes), before a military institution ("the British
 * army": one) or as the subject of a troop sentence ("Canada pledged …": one), less each time it is
 * named as a place ("in Somalia": minus one); Marines with no
 * country named and the Pentagon are American. Read on the tagger's tokens, once per article.
 */
import { CODE_BY_DEMONYM, CODE_BY_NAME, forceLabel } from '../countries.ts';
import { MILITARY_NOUNS, TROOP_NOUNS } from '../lexicon/troops.ts';
import type { ReadParagraph } from '../mentions/index.ts';
import { tokenize, type Token } from '../mentions/tokens.ts';

const TROOPS = new Set(TROOP_NOUNS.filter((n) => !n.includes(' ')));
const MILITARY = new Set(MILITARY_NOUNS.filter((n) => !n.includes(' ')));
const MILITARY_PAIRS = new Set(MILITARY_NOUNS.filter((n) => n.includes(' ')));
const SUBJECT_VERBS = new Set([
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'has',
  'have',
  'had',
  'plans',
  'planned',
  'sends',
  'sent',
  'sending',
  'cuts',
  'pulls',
  'withdraws',
  'withdrew',
  'orders',
  'ordered',
  'keeps',
  'kept',
  'deploys',
  'deployed',
  'stations',
  'stationed',
  'moves',
  'moved',
  'pledged',
  'pledges',
  'commands',
  'commanded',
  'leads',
  'led',
  'announced',
  'agreed',
  'decided',
  'promised',
  'offered',
  'contributes',
  'contributed',
  'intends',
  'aims',
  'wants',
]);
const WHERE = new Set(['in', 'into', 'inside', 'to', 'from']);
const LOCATIVES = new Set(['in', 'from', 'to', 'into', 'at', 'inside', 'within', 'across', 'of', 'on', 'near']);

/** The country a name of one to three tokens at `i` is, and how many tokens it takes. */
function countryAt(tokens: Token[], i: number): { code: string; length: number; demonym: boolean } | undefined {
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(i, i + n);
    if (words.length < n) continue;
    const name = words
      .map((t) => t.text)
      .join(' ')
      .replace(/^The /, '');
    const code = CODE_BY_NAME.get(name);
    if (code) return { code, length: n, demonym: false };
  }
  const t = tokens[i] as Token;
  const code = CODE_BY_DEMONYM.get(t.lower);
  return code ? { code, length: 1, demonym: true } : undefined;
}

/** The weight of what follows a country: troops 2, a military institution 1. */
function weightAfter(tokens: Token[], j: number): number {
  for (let k = j; k < Math.min(tokens.length, j + 3); k++) {
    const t = tokens[k] as Token;
    if (TROOPS.has(t.lower)) return 2;
    if (MILITARY.has(t.lower) || MILITARY_PAIRS.has(`${t.lower} ${tokens[k + 1]?.lower ?? ''}`)) return 1;
    if (!/^\p{Lu}/u.test(t.text) && t.pos !== 'ADJ') return 0;
  }
  return 0;
}

export function troopForce(headline: string, read: ReadParagraph[], exclude?: string): string | undefined {
  const votes = new Map<string, number>();
  const vote = (code: string | undefined, weight: number) => {
    if (code && code !== exclude && weight > 0) votes.set(code, (votes.get(code) ?? 0) + weight);
  };
  for (const tokens of [tokenize(headline), ...read.map((p) => p.tokens)]) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.text === 'Marines') {
        const before = i > 0 ? countryAt(tokens, i - 1) : undefined;
        if (!before && !/^(?:Royal|Korean|Philippine|Dutch|Brazilian)$/.test(tokens[i - 1]?.text ?? '')) vote('US', 2);
        continue;
      }
      if (t.text === 'Pentagon' || (t.text === 'Corps' && tokens[i - 1]?.text === 'Marine')) vote('US', 1);
      // "U.S. Forces Japan": a command named for where it serves.
      if (!/^\p{Lu}/u.test(t.text) || /^Forces?$/.test(tokens[i - 1]?.text ?? '')) continue;
      const country = countryAt(tokens, i);
      if (!country) continue;
      // "the Djibouti base": a country's name that is also its demonym says where.
      if (country.demonym && CODE_BY_NAME.has(t.text)) continue;
      const next = i + country.length;
      const weight = weightAfter(tokens, next);
      if (weight > 0) vote(country.code, weight);
      // "troops in Somalia", "withdrawn from Somalia": where troops are is, the more it is named so, not whose they are.
      else if (!country.demonym && WHERE.has(tokens[i - 1]?.lower ?? '')) votes.set(country.code, (votes.get(country.code) ?? 0) - 1);
      else if (!country.demonym && SUBJECT_VERBS.has(tokens[next]?.lower ?? '') && !LOCATIVES.has(tokens[i - 1]?.lower ?? ''))
        vote(country.code, 1);
      i = next - 1;
    }
  }
  const best = [...votes.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])[0];
  return best ? forceLabel(best[0]) : undefined;
}
