import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/ingest/index.ts';

/** Paragraphs of news in an article dated 1 March 2025: its troop levels as [count, kind, place]. */
const levels = (...paragraphs: string[]): Array<[number, string, string | undefined]> =>
  ingestArticle(['Troops story', '', '1 March 2025', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')).troopLevels.map((t) => [
    t.count,
    t.kind,
    t.locationKey,
  ]);

// Each row is one rule of figures/kinds.ts (or a candidate rule of figures/candidates.ts), in a sentence of our own.
const cases: Array<[rule: string, text: string | string[], expected: Array<[number, string, string | undefined]>]> = [
  [
    'a change done is the level now',
    'The number of US soldiers training the army in Ghana has risen to about 300 this year.',
    [[300, 'CURRENT', 'gh']],
  ],
  ['a change to come is a target', 'Spain plans to cut its contingent in Latvia to 400 soldiers.', [[400, 'TARGET', 'lv']]],
  [
    'the old level after the new one is history',
    'The garrison in Chad has shrunk to about 900 troops, from some 1,300 four years ago.',
    [
      [900, 'CURRENT', 'td'],
      [1300, 'HISTORICAL', 'td'],
    ],
  ],
  [
    'a part withdrawn and the whole it is taken from',
    'Kenya will withdraw 200 of the 650 soldiers it now has in Somalia by June.',
    [
      [200, 'CHANGE', 'so'],
      [650, 'CURRENT', 'so'],
    ],
  ],
  [
    'what a withdrawal leaves, with no noun of its own',
    'Ghana will withdraw 300 troops from Mali, leaving the remaining 90 to guard the airport.',
    [
      [300, 'CHANGE', 'ml'],
      [90, 'TARGET', 'ml'],
    ],
  ],
  [
    'a force going in at a past date is history',
    'A regional force went into Gambia with about 5,000 soldiers in February 2017.',
    [[5000, 'HISTORICAL', 'gm']],
  ],
  ['a force brought in is a change', 'The EU mission in Kosovo is bringing in 250 soldiers from its reserve.', [[250, 'CHANGE', 'xk']]],
  ['a whole army is no deployment', "Ghana's armed forces number about 15,000 personnel.", []],
  ['a whole army in a relative clause is no deployment', 'The Ghanaian army, which numbers about 15,000 soldiers, is stretched.', []],
  ['room for troops is no troop level', 'The two bases in Niger were each built for about 2,000 soldiers.', []],
  ['reservists called up are mustered, not deployed', 'Around 9,000 reservists in Estonia were called up for the spring drills.', []],
  ['reservists released are mustered, not deployed', 'The army in Israel has released some 8,000 reservists from duty.', []],
  [
    'a cap is the figure it caps, not the level beside it',
    'The UN force in Cyprus has about 700 troops and is capped at 900 personnel.',
    [
      [700, 'CURRENT', 'cy'],
      [900, 'TARGET', 'cy'],
    ],
  ],
  [
    '"may not exceed" caps',
    'Under the treaty, the US military presence in Peru may not exceed 600 uniformed personnel.',
    [[600, 'TARGET', 'pe']],
  ],
  [
    'troops normally stationed somewhere are there now',
    'Britain is sending an extra 300 troops to Cyprus, joining the roughly 2,000 British personnel normally stationed on the island.',
    [
      [300, 'CHANGE', 'cy'],
      [2000, 'CURRENT', 'cy'],
    ],
  ],
  ['the last batch home ends a withdrawal', 'The last batch of 40 Indian soldiers in Nepal has returned home.', [[40, 'CHANGE', 'np']]],
  [
    'the final troops out, landing in a home city, left the country abroad',
    'The final 400 Sudanese soldiers left Yemen on Sunday and landed in Port Sudan on Monday.',
    [[400, 'CHANGE', 'ye']],
  ],
  [
    'being prepared to station troops is a target',
    'Nordic countries are prepared to station between 5,000 and 8,000 troops in Finland.',
    [[5000, 'TARGET', 'fi']],
  ],
  [
    'a scale word scales both ends of a range',
    'The mission in Mali numbers between twenty and thirty thousand troops.',
    [[20000, 'CURRENT', 'ml']],
  ],
  ['hyphenated thousands are one number', 'Some 28-thousand-500 US troops are stationed in South Korea.', [[28500, 'CURRENT', 'kr']]],
  ['troops training somewhere every year are no level', 'Around 5,000 British soldiers train in Belize every year.', []],
  [
    'a country that sends is not where the troops go',
    'Guatemala, which has about 150 soldiers in Haiti, and Chile, which plans to send another 90, will lead the force.',
    [
      [150, 'CURRENT', 'ht'],
      [90, 'CHANGE', 'ht'],
    ],
  ],
  [
    'a speaker repeating a count restates it',
    [
      'Denmark will raise its force in Greenland from about 140 to around 300 troops by 2027.',
      '"Three hundred soldiers on an island this size is a symbol," a lawmaker said.',
    ],
    [
      [140, 'CURRENT', 'gl'],
      [300, 'TARGET', 'gl'],
    ],
  ],
  [
    'the force a part is taken from is there now',
    'Some 800 soldiers from the 12,000-strong regional force will be withdrawn from Somalia by June.',
    [
      [800, 'CHANGE', 'so'],
      [12000, 'CURRENT', 'so'],
    ],
  ],
  [
    'the drawdown of all its troops counts what it has',
    'Officials planned the drawdown of its over 5,000 troops in Somalia by December.',
    [[5000, 'CURRENT', 'so']],
  ],
  [
    'a list of contributors with their numbers',
    'The mission in Somalia includes Kenya with 3,000 troops, Burundi with 2,500 and Djibouti with 900.',
    [
      [3000, 'CURRENT', 'so'],
      [2500, 'CURRENT', 'so'],
      [900, 'CURRENT', 'so'],
    ],
  ],
  [
    'what brings a total to a number now is the level now',
    'This brings the total number of troops in Mali to 13,000.',
    [[13000, 'CURRENT', 'ml']],
  ],
  [
    'verbless clauses go on with the clause before',
    'Kenya sent a 300-strong company to Haiti, Chad - 200 of its troops, and Benin - a 150-strong platoon.',
    [
      [300, 'CHANGE', 'ht'],
      [200, 'CHANGE', 'ht'],
      [150, 'CHANGE', 'ht'],
    ],
  ],
  [
    '"of them" after a troop sentence counts troops',
    ['A total of 5,000 Ghanaian soldiers serve with UN missions worldwide.', 'Of them, 900 are deployed in Lebanon and 700 in Mali.'],
    [
      [900, 'CURRENT', 'lb'],
      [700, 'CURRENT', 'ml'],
    ],
  ],
  [
    'a command named for its host country is the host country',
    'The official number of U.S. Forces Japan troops is still at 54,000.',
    [[54000, 'CURRENT', 'jp']],
  ],
  ['troops that left for a country moved there', 'A total of 110 Nepali peacekeepers have left for Libya.', [[110, 'CHANGE', 'ly']]],
  [
    'troops arriving in their own country have come home from abroad',
    [
      'A total of 110 Nepali peacekeepers have left for Libya.',
      'Another 100 Nepali peacekeepers are scheduled to arrive in Nepal tomorrow.',
    ],
    [
      [110, 'CHANGE', 'ly'],
      [100, 'CHANGE', 'ly'],
    ],
  ],
  ['an N-member team that left moved', 'A 120-member team of the Bangladesh Army left for Mali today.', [[120, 'CHANGE', 'ml']]],
  ['a total to be deployed is a target', 'A total of 1,400 Bangladeshi troops will be deployed in Mali.', [[1400, 'TARGET', 'ml']]],
  [
    'troops at home are at home when no other place is named',
    'About 500 Japanese troops were stationed on Amami-Oshima Island in Kagoshima Prefecture.',
    [[500, 'CURRENT', 'jp']],
  ],
  ['a base equipped to host troops is room, not troops', 'The new base in Somalia is equipped to host up to 1,000 troops at one time.', []],
  [
    'a mandated force is no cap',
    'Parliament approved the deployment of 400 soldiers to the UN-mandated force in Lebanon.',
    [[400, 'CHANGE', 'lb']],
  ],
  [
    'a mandate with up to N is a cap',
    'The mandate is authorized until June, with up to 15,000 military personnel in Congo.',
    [[15000, 'TARGET', 'cd']],
  ],
  [
    'a strength expanded from A to B',
    'The UN strength in Lebanon has been expanded from 2,000 to 7,000.',
    [
      [2000, 'HISTORICAL', 'lb'],
      [7000, 'CURRENT', 'lb'],
    ],
  ],
  [
    'a count in a country with an adjective before it',
    'The U.S. currently has 2,500 troops in Iraq and 900 in neighboring Syria.',
    [
      [2500, 'CURRENT', 'iq'],
      [900, 'CURRENT', 'sy'],
    ],
  ],
  [
    'a running total of a sentence',
    'Britain has 800 soldiers in Estonia alongside French and Danish forces, totaling almost 1,100.',
    [
      [800, 'CURRENT', 'ee'],
      [1100, 'CURRENT', 'ee'],
    ],
  ],
  ['a minimum is a target', 'The bill keeps the number of American troops in Korea above a minimum of 20,000.', [[20000, 'TARGET', 'kr']]],
  [
    'a cut to below a level names that level',
    'Congress barred the administration from cutting troop levels in Japan to below the current level of 40,000.',
    [[40000, 'TARGET', 'jp']],
  ],
  ['barracks that accommodate troops are room, not troops', 'The new barracks on Guam will accommodate up to 3,000 personnel.', []],
  [
    'the few that remain are the level now',
    'Canada once had more than 2,000 soldiers in Mali, but only 60 remain.',
    [
      [2000, 'HISTORICAL', 'ml'],
      [60, 'CURRENT', 'ml'],
    ],
  ],
  ['Marine Corps counted like Marines', 'About 12,000 Marine Corps are stationed in Japan.', [[12000, 'CURRENT', 'jp']]],
  [
    'countries a few words after a count are what it counts',
    'The mission in Somalia has 9,000 personnel from some 30 member and partner countries.',
    [[9000, 'CURRENT', 'so']],
  ],
  [
    'a border at home',
    ['The government will send 1,500 U.S. troops to the U.S.-Mexico border.', 'There are already 800 troops at the border.'],
    [
      [1500, 'CHANGE', 'us'],
      [800, 'CURRENT', 'us'],
    ],
  ],
  ['graduates of a course are no troops', 'The army held a graduation of 600 soldiers at the training centre in Ghana.', []],
  [
    'what a mission has is there now, whenever it was deployed',
    'Deployed in 2012, the mission in Mali has about 11,000 peacekeepers.',
    [[11000, 'CURRENT', 'ml']],
  ],
  ['police numbers are no troops', 'The number of police in the mission in Darfur will fall from 2,000 to 1,500.', []],
  [
    'a level during a past presidency is history',
    "There were only 400 American troops in Niger during Obama's presidency.",
    [[400, 'HISTORICAL', 'ne']],
  ],
  [
    "an aside's movement is not the clause's",
    'Kenya, which first sent troops to Somalia in 2011, is the biggest contributor with more than 3,500 soldiers in the force.',
    [[3500, 'CURRENT', 'so']],
  ],
  ['troop numbers raised to a count', 'France has increased its troop numbers in Chad to more than 1,200.', [[1200, 'CURRENT', 'td']]],
  ["a force's members named by its acronym", 'The order covers 900 members of the UPDF serving in Somalia.', [[900, 'CURRENT', 'so']]],
  [
    'a level to be reached by a date',
    'By the end of May more than 600 British troops will be stationed in Latvia.',
    [[600, 'TARGET', 'lv']],
  ],
  [
    'the size of a contingent being cut',
    'The president wants to cut the 20,000-strong contingent in Italy to 12,000.',
    [
      [20000, 'CURRENT', 'it'],
      [12000, 'TARGET', 'it'],
    ],
  ],
  [
    'a second count sharing the troop noun of the first',
    'The president is sending 800 soldiers to Latvia and 600 to Lithuania.',
    [
      [800, 'CHANGE', 'lv'],
      [600, 'CHANGE', 'lt'],
    ],
  ],
  [
    'counts of several forces sharing one noun',
    'Latvia already hosts about 500 Spanish troops, as well as 120 Czech and 90 Slovak troops.',
    [
      [500, 'CURRENT', 'lv'],
      [120, 'CURRENT', 'lv'],
      [90, 'CURRENT', 'lv'],
    ],
  ],
  ['a region the gazetteer lacks, in its country', 'Russia has deployed 1,500 peacekeepers to Karabakh.', [[1500, 'CHANGE', 'az']]],
  ['a mobilization announced is a change', 'The ministry announced the mobilization of 400 soldiers to Guam.', [[400, 'CHANGE', 'gu']]],
  [
    'an "additional" count in scare quotes is still more',
    'The Pentagon is sending an “additional” 1,000 troops to Jordan.',
    [[1000, 'CHANGE', 'jo']],
  ],
  [
    'a part of a level, of whom',
    'There are about 3,000 troops in Transnistria, of whom 1,200 are Russians.',
    [
      [3000, 'CURRENT', 'md'],
      [1200, 'CURRENT', 'md'],
    ],
  ],
  [
    'a cut to "just" a count',
    'Ireland will cut its contingent in Lebanon from 340 to just 40.',
    [
      [340, 'CURRENT', 'lb'],
      [40, 'TARGET', 'lb'],
    ],
  ],
  ['a base that numbers up to a count', 'The Russian base in Armenia numbers up to 4,000 troops.', [[4000, 'CURRENT', 'am']]],
  ['forces on high alert are no deployment', 'The alliance in Europe will put 100,000 troops on high alert.', []],
  [
    'a region describing a country is that country',
    ['The United States keeps a drone base in Somalia.', 'There are about 500 U.S. troops in the Horn of Africa nation.'],
    [[500, 'CURRENT', 'so']],
  ],
  [
    'a withdrawal that leaves another country as the largest contributor',
    "The withdrawal of Norway's 200 peacekeepers from Lebanon will leave Italy as the largest contributor.",
    [[200, 'CHANGE', 'lb']],
  ],
  ['a peak is history', 'U.S. force levels in Iraq peaked at more than 160,000 at the height of the war.', [[160000, 'HISTORICAL', 'iq']]],
  ['many UN missions are no one place', 'Last year a total of 5,000 Ghanaian peacekeepers were deployed in UN missions.', []],
  ['missions counted are no troops', 'Ghana has served in nearly 40 of the 60 UN peacekeeping missions.', []],
  [
    'a list of places, each count its own, a region the gazetteer lacks among them',
    ['Ghana has 2,000 soldiers serving abroad.', 'Of them, 900 are deployed in Congo, 400 in Lebanon, and 150 on the Golan Heights.'],
    [
      [900, 'CURRENT', 'cd'],
      [400, 'CURRENT', 'lb'],
      [150, 'CURRENT', 'sy'],
    ],
  ],
  [
    'a region at home where troops are',
    'India has posted thousands of soldiers in the eastern Ladakh sector, where about 40,000 Indian troops are stationed.',
    [[40000, 'CURRENT', 'in']],
  ],
  [
    'the current level a cut is measured against',
    'Paris will reduce its presence to around half the current level of some 4,000 soldiers in Mali.',
    [[4000, 'CURRENT', 'ml']],
  ],
  ['what a drawdown leaves', 'France will be left with 2,000 troops in Mali once the drawdown is complete.', [[2000, 'TARGET', 'ml']]],
  [
    'a country named with a space for its hyphen',
    'About 170 soldiers have been deployed to keep peace in Guinea Bissau.',
    [[170, 'CHANGE', 'gw']],
  ],
  [
    'an acronym in parentheses among the modifiers',
    'Canberra will send 40 Australian Defence Force (ADF) personnel to Honiara.',
    [[40, 'CHANGE', 'sb']],
  ],
  [
    'members of a contingent',
    'The first 160 members of the Chinese peacekeeping contingent in South Sudan returned home on Monday.',
    [[160, 'CHANGE', 'ss']],
  ],
  [
    'troops now scheduled to leave are a movement to come',
    'The cabinet approved the plan, and 120 soldiers were now scheduled to leave for Lebanon next week.',
    [[120, 'CHANGE', 'lb']],
  ],
  [
    'an employment authorised is the strength allowed',
    'The president informed parliament of the employment of 1,200 members of the SANDF in Mozambique.',
    [[1200, 'TARGET', 'mz']],
  ],
  [
    'a destination named by "to" after the base the troops come from',
    'The Pentagon is sending 900 soldiers from a regiment based in Germany to Romania.',
    [[900, 'CHANGE', 'ro']],
  ],
  [
    'those joined who arrived in the same wave are a change',
    'The new paratroopers will join the 1,500 soldiers who began arriving in Poland on Monday.',
    [[1500, 'CHANGE', 'pl']],
  ],
  [
    '"troops there" are where the sentences before were, not the home named for their operations',
    [
      'The army will deploy 1,300 soldiers to Iraq and 500 to Afghanistan this winter.',
      'Combat operations for U.S. forces ended in 2014 and the plan had been to reduce the number of American troops there to about 1,000.',
    ],
    [
      [1300, 'CHANGE', 'iq'],
      [500, 'CHANGE', 'af'],
      [1000, 'TARGET', 'af'],
    ],
  ],
  [
    'a number inside a name is no count',
    'The send-off was held at the Park of 28 Panfilov Guardsmen before the contingent left for Lebanon.',
    [],
  ],
  [
    'a battalion that will take part in a mission is deployed',
    'The 600-strong battalion will participate in the UN mission in South Sudan.',
    [[600, 'CHANGE', 'ss']],
  ],
  [
    'the first batch already scheduled to land is a movement to come',
    'The battalion will serve in South Sudan, with a first batch of 150 already scheduled to land in January.',
    [[150, 'CHANGE', 'ss']],
  ],
  [
    'a base described as home to troops is where they are',
    'Camp Lemonnier, home to about 4,000 US soldiers, is vital to US operations in Somalia.',
    [[4000, 'CURRENT', 'dj']],
  ],
  [
    'a level at a past time of the year is history',
    ['The American presence in Syria now stands at 900.', 'In mid-March there were approximately 2,000 American troops in Syria.'],
    [
      [900, 'CURRENT', 'sy'],
      [2000, 'HISTORICAL', 'sy'],
    ],
  ],
  [
    'the whole of a part that was sent there is a change',
    'In Afghanistan, the army plans to withdraw 5,000 of the 20,000 surge troops sent there last year.',
    [
      [5000, 'CHANGE', 'af'],
      [20000, 'CHANGE', 'af'],
    ],
  ],
  [
    'a total brought up after a past year is history',
    'The president ordered 20,000 more troops into Iraq in 2007, which brought the total up to 160,000 troops.',
    [
      [20000, 'CHANGE', 'iq'],
      [160000, 'HISTORICAL', 'iq'],
    ],
  ],
  [
    'forces on standby at home, a few words on, are no deployment',
    'Britain will lead the rapid force, with 2,000 troops in the UK and Germany on standby.',
    [],
  ],
  [
    'soldiers who will join a coalition are deployed',
    'Up to 150 Danish soldiers will also join a British-led coalition in Estonia.',
    [[150, 'CHANGE', 'ee']],
  ],
  ['a duration is no count', 'The 20 Estonian soldiers in Mali have a 15-day deployment deadline.', [[20, 'CURRENT', 'ml']]],
  [
    'soldiers in several international operations are in no one place',
    'Parliament approved the participation of up to 120 Estonian soldiers in several international military operations.',
    [],
  ],
  [
    'what a withdrawal left a mission with is its level now',
    'Ghana withdrew 400 troops from the mission in Mali in October, which left the mission with 11,000 military personnel.',
    [
      [400, 'CHANGE', 'ml'],
      [11000, 'CURRENT', 'ml'],
    ],
  ],
  [
    "a country's contribution is not a place it sends troops to",
    [
      'Chad intends to send 1,000 troops to the UN mission in Mali.',
      "The council welcomed Chad's contribution of 1,000 soldiers to the mission.",
    ],
    [[1000, 'CHANGE', 'ml']],
  ],
  [
    'a list of counts before one troop noun',
    'The mission of 9,000 includes 4,100 American, 900 German, 650 Romanian and 220 Czech service-members in Afghanistan.',
    [
      [9000, 'CURRENT', 'af'],
      [4100, 'CURRENT', 'af'],
      [900, 'CURRENT', 'af'],
      [650, 'CURRENT', 'af'],
      [220, 'CURRENT', 'af'],
    ],
  ],
  [
    'counts that were with missions named for where they serve',
    'Of the 800 Fijian soldiers overseas, 168 were with the UN Assistance Mission Iraq, and 146 were with the peacekeeping force in Lebanon.',
    [
      [168, 'CURRENT', 'iq'],
      [146, 'CURRENT', 'lb'],
    ],
  ],
  [
    'a city of two words is a place, not a name',
    'Half of the 3,000 National Guard troops who have been deployed to Los Angeles will be released.',
    [[3000, 'CURRENT', 'us']],
  ],
  [
    'the neighbour across a border is not where troops are',
    'Texas will send 120 National Guardsmen to the border with Mexico this weekend.',
    [[120, 'CHANGE', 'us']],
  ],
  ["a state's border is its country's side", 'The governor will deploy 90 guardsmen to the Texas-Mexico border.', [[90, 'CHANGE', 'us']]],
  [
    'soldiers a mission will train are a host army, not a deployment',
    'About 150 Turkish soldiers will be deployed to the base in Somalia to train 9,000 Somali soldiers.',
    [[150, 'CHANGE', 'so']],
  ],
  ['a ranking of totals across missions is no level', 'Ghana is followed by Rwanda with 5,800 peacekeepers, the army said.', []],
  [
    'an old level still today is the level now',
    'The decision will take the mission in Afghanistan up to 14,000 troops, up from around 11,000 today.',
    [
      [14000, 'TARGET', 'af'],
      [11000, 'CURRENT', 'af'],
    ],
  ],
  [
    'a second force alongside another count',
    'The United States has about 6,000 troops in Iraq alongside another 3,000 from NATO forces.',
    [
      [6000, 'CURRENT', 'iq'],
      [3000, 'CURRENT', 'iq'],
    ],
  ],
  [
    'peacekeepers who headed for a country are a change',
    'A new group of 180 Ghanaian peacekeepers headed for Lebanon on Wednesday.',
    [[180, 'CHANGE', 'lb']],
  ],
  [
    'soldiers preparing to begin a deployment are a change',
    'About 1,500 soldiers from the aviation brigade are preparing to begin a European deployment in Poland.',
    [[1500, 'CHANGE', 'pl']],
  ],
  [
    'soldiers who are going somewhere are a change',
    'The base is sending 900 of the 4,000 soldiers who are going to Poland.',
    [
      [900, 'CHANGE', 'pl'],
      [4000, 'CHANGE', 'pl'],
    ],
  ],
  [
    'troops to be federalized and deployed are a change',
    'Some 200 of the state guard troops in Illinois were to be federalized and deployed.',
    [[200, 'CHANGE', 'us']],
  ],
  [
    'a contingent that will replace another is a change',
    'The 40-strong Irish contingent in Lebanon will replace the soldiers there now.',
    [[40, 'CHANGE', 'lb']],
  ],
  [
    'National Guard members activated are a change',
    'The president is activating 600 members of the National Guard in Washington.',
    [[600, 'CHANGE', 'us']],
  ],
  [
    'troops that will be stationed are the level to come',
    'Up to 300 military personnel will be stationed in Lithuania, the ministry said.',
    [[300, 'TARGET', 'lt']],
  ],
  [
    'a cut to one base and fewer than a count',
    'The United States aims to reduce its presence in Syria to a single base and fewer than 800 troops.',
    [[800, 'TARGET', 'sy']],
  ],
  [
    'troops likely to remain are the level to come',
    'India has posted thousands of soldiers in the Ladakh sector, where about 40,000 Indian troops are likely to remain through the winter.',
    [[40000, 'TARGET', 'in']],
  ],
  [
    'a country and its count in a list after a troop count',
    'Croatia has sent 60 troops to Hungary, Italy 250.',
    [
      [60, 'CHANGE', 'hu'],
      [250, 'CHANGE', 'hu'],
    ],
  ],
  [
    'military police are soldiers',
    'The governor will send 150 military police from the National Guard to Washington.',
    [[150, 'CHANGE', 'us']],
  ],
  [
    'a count the words after say are troops',
    'The mission in Lebanon has about 10,000 staff, more than 9,000 of which are troops.',
    [[9000, 'CURRENT', 'lb']],
  ],
  [
    "a country's own army of a size is no deployment",
    "About 5,000 NATO troops will be in Poland to assist Poland's own 100,000-strong armed forces.",
    [[5000, 'TARGET', 'pl']],
  ],
  [
    'the members of a bloc are no troops',
    'The chair of the 15-nation west African bloc said the withdrawal of 1,000 troops from Mali had begun.',
    [[1000, 'CHANGE', 'ml']],
  ],
  ['the size of a type of unit is no deployment', 'Roughly 4,000 soldiers are attached to Stryker brigade combat teams in Korea.', []],
  [
    'personnel on many operations are in no one place',
    'Currently 800 New Zealand Defence Force personnel are deployed on 14 operations around the world.',
    [],
  ],
  [
    'a round thousand printed with a stray space',
    'The current strength of the mission in Sierra Leone stands at a little over 12, 000 military personnel.',
    [[12000, 'CURRENT', 'sl']],
  ],
  [
    "a country's possessive is its owner, not a place, while another place is named",
    "Ghana's second group of 60 personnel will replace their colleagues at Ghana's field hospital in South Sudan.",
    [[60, 'CHANGE', 'ss']],
  ],
  [
    'a total expected over a mission is the level to come',
    'The reinforcements in Haiti join the 400 officers deployed earlier, with a total of 2,000 expected over the course of the mission.',
    [[2000, 'TARGET', 'ht']],
  ],
  [
    'a standing rotation sent since a year is the level now',
    'Norway has been sending about 200 soldiers to Lithuania since 2017: a fresh batch arrives every six months.',
    [[200, 'CURRENT', 'lt']],
  ],
  [
    'those a new force comes in addition to are there now',
    'Germany is sending some 300 soldiers to Lithuania in addition to their 500 soldiers.',
    [
      [300, 'CHANGE', 'lt'],
      [500, 'CURRENT', 'lt'],
    ],
  ],
  [
    'soldiers preparing to begin a rotation are a change',
    'About 1,800 soldiers from the aviation brigade are preparing to begin a European rotation in Poland this spring.',
    [[1800, 'CHANGE', 'pl']],
  ],
  [
    'a clause read past an aside between dashes',
    'Roughly 300 troops in Syria — about 150 at the garrison and about 150 in the northeast — will remain there.',
    [
      [300, 'TARGET', 'sy'],
      [150, 'TARGET', 'sy'],
    ],
  ],
  [
    'countries troops come from are not where they go',
    [
      'Indian troops leave for the Golan Heights',
      'About 180 Indian soldiers will join 1,000 troops deployed from Canada, Japan, Austria and Poland.',
    ],
    [
      [180, 'CHANGE', 'sy'],
      [1000, 'CHANGE', 'sy'],
    ],
  ],
  [
    'a troop limit cut from one count to another',
    'The council will reduce the troop limit in Lebanon from 12,000 to 10,000.',
    [
      [12000, 'CURRENT', 'lb'],
      [10000, 'TARGET', 'lb'],
    ],
  ],
  [
    'thousands printed with dots, a sentence that opens with a count',
    'The German units in Mali have a maximum limit of 1.300 personnel. 1.150 servicemen are currently stationed there.',
    [
      [1300, 'TARGET', 'ml'],
      [1150, 'CURRENT', 'ml'],
    ],
  ],
  [
    'a team downsized from its size to a count',
    'Estonia will withdraw its 40 troops from Lebanon while Finland will downsize its 300-member team there to 200.',
    [
      [40, 'CHANGE', 'lb'],
      [300, 'CURRENT', 'lb'],
      [200, 'TARGET', 'lb'],
    ],
  ],
  [
    'men and women of a contingent are troops',
    'The Uruguayan contingent in Congo comprises 850 men and women from the Army, Air Force and Navy.',
    [[850, 'CURRENT', 'cd']],
  ],
  [
    'a total of a whole force with no place is no deployment',
    'The general said the number was relevant out of a total of about 25,000 men and women.',
    [],
  ],
  [
    'a level that will stay at that level is the level now',
    'The commander said troop numbers in Iraq were at around 40,000 and would stay at that level for the next year.',
    [[40000, 'CURRENT', 'iq']],
  ],
  [
    'fighting vehicles are no troops',
    'Spain will contribute 14 IFVs and 350 soldiers to the battlegroup in Slovakia.',
    [[350, 'CHANGE', 'sk']],
  ],
];

describe('troop level kinds', () => {
  it.each(cases)('%s', (_rule, text, expected) => {
    expect(levels(...[text].flat())).toEqual(expected);
  });
});
