/**
 * What kind of figure a troop count is, read from its clause's grammar by named rules tried in
 * order: "from A to B" (A now, B the target), "by N" and "N more" (a change), caps and ceilings
 * (a target), a verb moving troops (a change, or history when the past is explicit), the future
 * (a target), a past level (history), and otherwise the level now. Some counts are no figure at
 * all: a typical unit's size, a per-unit size, troops "worldwide".
 */
import type { TroopLevelKind } from '../types.ts';
import type { Clause } from './clause.ts';
import { NOT_LEVEL_RULES } from './kindRulesNotLevels.ts';
import { TIME_RULES } from './kindRulesTime.ts';
import { WORDING_RULES } from './kindRulesWording.ts';

export interface KindContext {
  clause: Clause;
  /** The clause lowercased, and the figure's phrase within it. */
  text: string;
  phrase: string;
  /** The clause names a year before the publication year ("in 2011"). */
  pastYear: boolean;
  /** The clause names a place. */
  placed: boolean;
  /** The sentence just before the clause, lowercased: the antecedent of ", which numbers 230,000". */
  antecedent?: string;
  /** The words just before the clause name a past year ("… into Afghanistan in 2009, which brought …"). */
  pastYearBefore?: boolean;
}

export type KindRule = { name: string; kind(c: KindContext): TroopLevelKind | 'NONE' | undefined };

// Tried in this order; the first rule that answers decides.
const KIND_RULES: readonly KindRule[] = [...NOT_LEVEL_RULES, ...WORDING_RULES, ...TIME_RULES];

/** The kind of a figure, or NONE when the count is no troop level at all. */
export function kindOf(c: KindContext): { kind: TroopLevelKind | 'NONE'; rule: string } {
  for (const rule of KIND_RULES) {
    const kind = rule.kind(c);
    if (kind) return { kind, rule: rule.name };
  }
  return { kind: 'CURRENT', rule: 'default' };
}
