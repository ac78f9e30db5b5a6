import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/ingest/index.ts';

/** One sentence of news in an article dated 1 March 2025: its troop levels as [count, kind, place]. */
const levels = (sentence: string): Array<[number, string, string | undefined]> =>
  ingestArticle(['Troops story', '', '1 March 2025', '', sentence, ''].join('\n')).troopLevels.map((t) => [t.count, t.kind, t.locationKey]);

// Each row is one rule of figures/kinds.ts (or a candidate rule of figures/candidates.ts), in a sentence of our own.
const cases: Array<[rule: string, sentence: string, expected: Array<[number, string, string | undefined]>]> = [
  ['a change done is the level now', 'The number of US soldiers training the army in Ghana has risen to about 300 this year.', [[300, 'CURRENT', 'gh']]],
  ['a change to come is a target', 'Spain plans to cut its contingent in Latvia to 400 soldiers.', [[400, 'TARGET', 'lv']]],
  ['the old level after the new one is history', 'The garrison in Chad has shrunk to about 900 troops, from some 1,300 four years ago.', [[900, 'CURRENT', 'td'], [1300, 'HISTORICAL', 'td']]],
  ['a part withdrawn and the whole it is taken from', 'Kenya will withdraw 200 of the 650 soldiers it now has in Somalia by June.', [[200, 'CHANGE', 'so'], [650, 'CURRENT', 'so']]],
  ['what a withdrawal leaves, with no noun of its own', 'Ghana will withdraw 300 troops from Mali, leaving the remaining 90 to guard the airport.', [[300, 'CHANGE', 'ml'], [90, 'TARGET', 'ml']]],
  ['a force going in at a past date is history', 'A regional force went into Gambia with about 5,000 soldiers in February 2017.', [[5000, 'HISTORICAL', 'gm']]],
  ['a force brought in is a change', 'The EU mission in Kosovo is bringing in 250 soldiers from its reserve.', [[250, 'CHANGE', 'xk']]],
  ['a whole army is no deployment', "Ghana's armed forces number about 15,000 personnel.", []],
  ['a whole army in a relative clause is no deployment', 'The Ghanaian army, which numbers about 15,000 soldiers, is stretched.', []],
  ['room for troops is no troop level', 'The two bases in Niger were each built for about 2,000 soldiers.', []],
  ['reservists called up are mustered, not deployed', 'Around 9,000 reservists in Estonia were called up for the spring drills.', []],
  ['reservists released are mustered, not deployed', 'The army in Israel has released some 8,000 reservists from duty.', []],
];

describe('troop level kinds', () => {
  it.each(cases)('%s', (_rule, sentence, expected) => {
    expect(levels(sentence)).toEqual(expected);
  });
});
