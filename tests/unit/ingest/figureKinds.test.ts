import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/ingest/index.ts';

/** Paragraphs of news in an article dated 1 March 2025: its troop levels as [count, kind, place]. */
const levels = (...paragraphs: string[]): Array<[number, string, string | undefined]> =>
  ingestArticle(['Troops story', '', '1 March 2025', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')).troopLevels.map((t) => [t.count, t.kind, t.locationKey]);

// Each row is one rule of figures/kinds.ts (or a candidate rule of figures/candidates.ts), in a sentence of our own.
const cases: Array<[rule: string, text: string | string[], expected: Array<[number, string, string | undefined]>]> = [
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
  ['a cap is the figure it caps, not the level beside it', 'The UN force in Cyprus has about 700 troops and is capped at 900 personnel.', [[700, 'CURRENT', 'cy'], [900, 'TARGET', 'cy']]],
  ['"may not exceed" caps', 'Under the treaty, the US military presence in Peru may not exceed 600 uniformed personnel.', [[600, 'TARGET', 'pe']]],
  ['troops normally stationed somewhere are there now', 'Britain is sending an extra 300 troops to Cyprus, joining the roughly 2,000 British personnel normally stationed on the island.', [[300, 'CHANGE', 'cy'], [2000, 'CURRENT', 'cy']]],
  ['the last batch home ends a withdrawal', 'The last batch of 40 Indian soldiers in Nepal has returned home.', [[40, 'CHANGE', 'np']]],
  ['the final troops out, landing in a home city, left the country abroad', 'The final 400 Sudanese soldiers left Yemen on Sunday and landed in Port Sudan on Monday.', [[400, 'CHANGE', 'ye']]],
  ['being prepared to station troops is a target', 'Nordic countries are prepared to station between 5,000 and 8,000 troops in Finland.', [[5000, 'TARGET', 'fi']]],
  ['a scale word scales both ends of a range', 'The mission in Mali numbers between twenty and thirty thousand troops.', [[20000, 'CURRENT', 'ml']]],
  ['hyphenated thousands are one number', 'Some 28-thousand-500 US troops are stationed in South Korea.', [[28500, 'CURRENT', 'kr']]],
  ['troops training somewhere every year are no level', 'Around 5,000 British soldiers train in Belize every year.', []],
  ['a country that sends is not where the troops go', 'Guatemala, which has about 150 soldiers in Haiti, and Chile, which plans to send another 90, will lead the force.', [[150, 'CURRENT', 'ht'], [90, 'CHANGE', 'ht']]],
  ['a speaker repeating a count restates it', ['Denmark will raise its force in Greenland from about 140 to around 300 troops by 2027.', '"Three hundred soldiers on an island this size is a symbol," a lawmaker said.'], [[140, 'CURRENT', 'gl'], [300, 'TARGET', 'gl']]],
  ['the force a part is taken from is there now', 'Some 800 soldiers from the 12,000-strong regional force will be withdrawn from Somalia by June.', [[800, 'CHANGE', 'so'], [12000, 'CURRENT', 'so']]],
  ['the drawdown of all its troops counts what it has', 'Officials planned the drawdown of its over 5,000 troops in Somalia by December.', [[5000, 'CURRENT', 'so']]],
  ['a list of contributors with their numbers', 'The mission in Somalia includes Kenya with 3,000 troops, Burundi with 2,500 and Djibouti with 900.', [[3000, 'CURRENT', 'so'], [2500, 'CURRENT', 'so'], [900, 'CURRENT', 'so']]],
  ['what brings a total to a number now is the level now', 'This brings the total number of troops in Mali to 13,000.', [[13000, 'CURRENT', 'ml']]],
  ['verbless clauses go on with the clause before', 'Kenya sent a 300-strong company to Haiti, Chad - 200 of its troops, and Benin - a 150-strong platoon.', [[300, 'CHANGE', 'ht'], [200, 'CHANGE', 'ht'], [150, 'CHANGE', 'ht']]],
  ['"of them" after a troop sentence counts troops', ['A total of 5,000 Ghanaian soldiers serve with UN missions worldwide.', 'Of them, 900 are deployed in Lebanon and 700 in Mali.'], [[900, 'CURRENT', 'lb'], [700, 'CURRENT', 'ml']]],
  ['a command named for its host country is the host country', 'The official number of U.S. Forces Japan troops is still at 54,000.', [[54000, 'CURRENT', 'jp']]],
  ['troops that left for a country moved there', 'A total of 110 Nepali peacekeepers have left for Libya.', [[110, 'CHANGE', 'ly']]],
  ['troops arriving in their own country have come home from abroad', ['A total of 110 Nepali peacekeepers have left for Libya.', 'Another 100 Nepali peacekeepers are scheduled to arrive in Nepal tomorrow.'], [[110, 'CHANGE', 'ly'], [100, 'CHANGE', 'ly']]],
  ['an N-member team that left moved', 'A 120-member team of the Bangladesh Army left for Mali today.', [[120, 'CHANGE', 'ml']]],
  ['a total to be deployed is a target', 'A total of 1,400 Bangladeshi troops will be deployed in Mali.', [[1400, 'TARGET', 'ml']]],
  ['troops at home are at home when no other place is named', 'About 500 Japanese troops were stationed on Amami-Oshima Island in Kagoshima Prefecture.', [[500, 'CURRENT', 'jp']]],
  ['a base equipped to host troops is room, not troops', 'The new base in Somalia is equipped to host up to 1,000 troops at one time.', []],
  ['a mandated force is no cap', 'Parliament approved the deployment of 400 soldiers to the UN-mandated force in Lebanon.', [[400, 'CHANGE', 'lb']]],
  ['a mandate with up to N is a cap', 'The mandate is authorized until June, with up to 15,000 military personnel in Congo.', [[15000, 'TARGET', 'cd']]],
  ['a strength expanded from A to B', 'The UN strength in Lebanon has been expanded from 2,000 to 7,000.', [[2000, 'HISTORICAL', 'lb'], [7000, 'CURRENT', 'lb']]],
  ['a count in a country with an adjective before it', 'The U.S. currently has 2,500 troops in Iraq and 900 in neighboring Syria.', [[2500, 'CURRENT', 'iq'], [900, 'CURRENT', 'sy']]],
  ['a running total of a sentence', 'Britain has 800 soldiers in Estonia alongside French and Danish forces, totaling almost 1,100.', [[800, 'CURRENT', 'ee'], [1100, 'CURRENT', 'ee']]],
  ['a minimum is a target', 'The bill keeps the number of American troops in Korea above a minimum of 20,000.', [[20000, 'TARGET', 'kr']]],
  ['a cut to below a level names that level', 'Congress barred the administration from cutting troop levels in Japan to below the current level of 40,000.', [[40000, 'TARGET', 'jp']]],
  ['barracks that accommodate troops are room, not troops', 'The new barracks on Guam will accommodate up to 3,000 personnel.', []],
  ['the few that remain are the level now', 'Canada once had more than 2,000 soldiers in Mali, but only 60 remain.', [[2000, 'HISTORICAL', 'ml'], [60, 'CURRENT', 'ml']]],
  ['Marine Corps counted like Marines', 'About 12,000 Marine Corps are stationed in Japan.', [[12000, 'CURRENT', 'jp']]],
  ['countries a few words after a count are what it counts', 'The mission in Somalia has 9,000 personnel from some 30 member and partner countries.', [[9000, 'CURRENT', 'so']]],
  ['a border at home', ['The government will send 1,500 U.S. troops to the U.S.-Mexico border.', 'There are already 800 troops at the border.'], [[1500, 'CHANGE', 'us'], [800, 'CURRENT', 'us']]],
  ['graduates of a course are no troops', 'The army held a graduation of 600 soldiers at the training centre in Ghana.', []],
  ['what a mission has is there now, whenever it was deployed', 'Deployed in 2012, the mission in Mali has about 11,000 peacekeepers.', [[11000, 'CURRENT', 'ml']]],
  ['police numbers are no troops', 'The number of police in the mission in Darfur will fall from 2,000 to 1,500.', []],
  ['a level during a past presidency is history', "There were only 400 American troops in Niger during Obama's presidency.", [[400, 'HISTORICAL', 'ne']]],
  ["an aside's movement is not the clause's", 'Kenya, which first sent troops to Somalia in 2011, is the biggest contributor with more than 3,500 soldiers in the force.', [[3500, 'CURRENT', 'so']]],
  ['troop numbers raised to a count', 'France has increased its troop numbers in Chad to more than 1,200.', [[1200, 'CURRENT', 'td']]],
  ["a force's members named by its acronym", 'The order covers 900 members of the UPDF serving in Somalia.', [[900, 'CURRENT', 'so']]],
  ['a level to be reached by a date', 'By the end of May more than 600 British troops will be stationed in Latvia.', [[600, 'TARGET', 'lv']]],
  ['the size of a contingent being cut', 'The president wants to cut the 20,000-strong contingent in Italy to 12,000.', [[20000, 'CURRENT', 'it'], [12000, 'TARGET', 'it']]],
  ['a second count sharing the troop noun of the first', 'The president is sending 800 soldiers to Latvia and 600 to Lithuania.', [[800, 'CHANGE', 'lv'], [600, 'CHANGE', 'lt']]],
  ['counts of several forces sharing one noun', 'Latvia already hosts about 500 Spanish troops, as well as 120 Czech and 90 Slovak troops.', [[500, 'CURRENT', 'lv'], [120, 'CURRENT', 'lv'], [90, 'CURRENT', 'lv']]],
  ['a region the gazetteer lacks, in its country', 'Russia has deployed 1,500 peacekeepers to Karabakh.', [[1500, 'CHANGE', 'az']]],
  ['a mobilization announced is a change', 'The ministry announced the mobilization of 400 soldiers to Guam.', [[400, 'CHANGE', 'gu']]],
  ['an "additional" count in scare quotes is still more', 'The Pentagon is sending an “additional” 1,000 troops to Jordan.', [[1000, 'CHANGE', 'jo']]],
  ['a part of a level, of whom', 'There are about 3,000 troops in Transnistria, of whom 1,200 are Russians.', [[3000, 'CURRENT', 'md'], [1200, 'CURRENT', 'md']]],
  ['a cut to "just" a count', 'Ireland will cut its contingent in Lebanon from 340 to just 40.', [[340, 'CURRENT', 'lb'], [40, 'TARGET', 'lb']]],
  ['a base that numbers up to a count', 'The Russian base in Armenia numbers up to 4,000 troops.', [[4000, 'CURRENT', 'am']]],
  ['forces on high alert are no deployment', 'The alliance in Europe will put 100,000 troops on high alert.', []],
  ['fighting vehicles are no troops', 'Spain will contribute 14 IFVs and 350 soldiers to the battlegroup in Slovakia.', [[350, 'CHANGE', 'sk']]],
];

describe('troop level kinds', () => {
  it.each(cases)('%s', (_rule, text, expected) => {
    expect(levels(...[text].flat())).toEqual(expected);
  });
});
