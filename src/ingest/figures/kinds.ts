/**
 * What kind of figure a troop count is, read from its clause's grammar by named rules tried in
 * order: "from A to B" (A now, B the target), "by N" and "N more" (a change), caps and ceilings
 * (a target), a verb moving troops (a change, or history when the past is explicit), the future
 * (a target), a past level (history), and otherwise the level now. Some counts are no figure at
 * all: a typical unit's size, a per-unit size, troops "worldwide".
 */
import { DEPLOYING_VERBS, LEVEL_CHANGE_VERBS, QUALIFIER_PHRASES, RELOCATING_VERBS, WITHDRAWING_VERBS } from '../lexicon/quantities.ts';
import { GENERIC_SIZE_WORDS, NOWHERE_WORDS } from '../lexicon/troops.ts';
import { alternation } from '../text.ts';
import type { TroopLevelKind } from '../types.ts';
import type { Clause } from './clause.ts';

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

const Q = `(?:(?:${alternation(QUALIFIER_PHRASES.map(([p]) => p))})\\s+(?:a\\s+)?)?`;
const LEVEL = alternation(LEVEL_CHANGE_VERBS);
const MOVING = alternation([...DEPLOYING_VERBS, ...WITHDRAWING_VERBS, ...RELOCATING_VERBS]);
/** Nouns of a movement: "the deployment of a 1,000-person contingent", "the withdrawal of 600 soldiers". */
const MOVEMENT_NOUN =
  /\b(?:deployment|dispatch|withdrawal|pullout|pull-out|redeployment|transfer|relocation|arrival|departure|drawdown|mobili[sz]ation|contribution)\s+of\s+(?:\S+\s+){0,3}$|\bmade\b[^.;]{0,60}$/;
/** "announced the deployment of 700 Marines": a movement ordered or made known is a change. */
const ORDERED_MOVEMENT =
  /\b(?:announc\w+|order\w*|approv\w+|authori[sz]\w+|confirm\w*|unveil\w*)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:deployment|dispatch|withdrawal|pullout|redeployment|mobili[sz]ation)\s+of\s+(?:\S+\s+){0,3}$/;
const FUTURE =
  /\b(?:will|would|shall|'ll|is to|are to|is set to|are set to|set to|is due to|are due to|plans? to|planning to|planned to|aims? to|aiming to|intends? to|expected to|expects? to|going to|hopes? to|hoped to|scheduled to|slated to|could|prepared to|ready to|willing to|by the end of|by (?:early|mid|late)?\s*(?:19|20)\d{2})\b/;
const REPORTED =
  /\b(?:said|says|saying|knew|learned|learnt|told|admitted|reported|revealed|believed|thought|confirmed|announced|acknowledged|noted)\s+(?:that\s+|there\s+|it\s+|they\s+|he\s+|she\s+)*(?:\w+\s+)?$/;
const PAST_MARKERS =
  /\b(?:before the (?:withdrawal|drawdown|pullout|pull-out|reduction|cut|cuts)|until recently|at (?:its|the) (?:peak|height)|once (?:had|numbered|stood)|at one (?:point|time)|previously|formerly|used to|in the past|back then|at the time|had been|had stood|had numbered|peaked at|(?:\d+|a few|several|two|three|four|five|six|seven|eight|nine|ten|a|one) (?:years|decades?|year) ago|last year|during\s+[\w'’.\s-]{1,40}?(?:presidency|administration|tenure|era|reign|regime|rule)|before (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d{2}))\b/;
/** A whole army's size: "Taiwan's armed forces number about 150,000", "the Nigerian Army, which numbers about 230,000". */
const ARMY = '(?:army|armed forces|military|navy|air force|marine corps|bundeswehr|defen[cs]e forces?|national guard)';
const ARMY_SIZE =
  /\b(?:army|armed forces|military|navy|air force|marine corps|bundeswehr|defen[cs]e forces?|national guard)(?:\s+of\s+(?:the\s+)?[\w'’ -]{2,30}?)?\s*(?:,\s*(?:which\s+)?)?(?:numbers?|numbered|totals?|totalled|totaled|comprises?|counts?|has a strength of|strength of|stands at)\s+$/;
const ARMY_HAS = new RegExp(`^\\W*(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}${ARMY}\\s+(?:has|have|had)\\s+$`);
/** Room, not people: "bases built for about 4,000 soldiers", "barracks with a capacity of 2,000". */
const CAPACITY =
  /\b(?:built for|designed for|(?:designed|equipped|built) to (?:house|hold|accommodate|host)(?: up to)?|capacity (?:of|for)|(?:can|could|will|would) (?:house|hold|accommodate)|accommodat(?:e|es|ing)|able to (?:house|hold|accommodate)|room for|space for|enough for)\s+$/;

/** A change of level done: "fell", "has risen", "was cut" (not "will be cut", "to cut"). */
const LEVEL_DONE = new RegExp(
  `\\b(?:fell|dropped|rose|grew|shrank|declined|(?:has|have|had)\\s+(?:been\\s+|already\\s+)?(?:${LEVEL})|(?:was|were)\\s+(?:${LEVEL}))\\s+(?:[^;]{0,60}\\s)?(?:to|below|under)\\s`,
);

/** "are deployed in Congo": where troops are, not a movement. */
const STATE_PASSIVE = /\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:deployed|stationed|based|posted|garrisoned|positioned|present)\b/g;
const MONTH_NAMES = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const PAST_TENSE = /\b(?:was|were|stood|numbered|totall?ed|peaked)\b/;
/** A time before publication: "last week", "in mid-September", "by the last week of October", "earlier this year". */
const PAST_TIME = new RegExp(
  `\\b(?:last (?:week|month)|earlier this (?:year|month)|(?:in|by) (?:early |mid-?|late )?${MONTH_NAMES}|by the (?:first|second|third|last) week of ${MONTH_NAMES}|(?:in|at) the (?:spring|summer|autumn|fall|winter))\\b`,
);
/** A relative clause between commas: ", which first sent troops to the country in 2007,". */
const ASIDE = /,\s*(?:which|who|whose)\b[^,;]*,/g;
const PAST_YEAR = /\b(?:1[89]\d{2}|20\d{2})s?\b/;

// Built once: the rules run for every figure.
const R0 = new RegExp(`\\b(?:${alternation(GENERIC_SIZE_WORDS)})\\b`);
const R1 = new RegExp(`${Q}$`);
const R2 = new RegExp(`\\b(?:${alternation(NOWHERE_WORDS)})\\b`);
const R3 = new RegExp(`\\bfrom\\s+(?:(?:the|its|their)\\s+)?(?:current|present|existing)?\\s*${Q}$`);
const R3B = new RegExp(`\\b(?:down|up)\\s+from\\s+${Q}$`);
const R3C = new RegExp(`\\b(?:to|below|under)\\s+${Q}[\\d,. ]+\\s*[^,;]{0,30},\\s*from\\s+${Q}$`);
const PART_OF = new RegExp(
  `\\b[\\d,.]+\\s+(?:[\\w-]+\\s+){0,3}?(?:troops|soldiers|personnel|servicemen|peacekeepers|marines|men)\\s+(?:from|of|out of)\\s+(?:the|its|their)\\s+${Q}$`,
);
/** A change made, up to its "from": "has been expanded from", "have fallen from". */
const CHANGED_FROM = new RegExp(
  `\\b(?:has|have)\\s+(?:been\\s+|already\\s+)?(?:${LEVEL}|expanded|reduced|increased|cut)\\b[^;]{0,40}\\bfrom\\s+${Q}$`,
);
const R4 = new RegExp(`\\b[\\d,.]+\\s+of\\s+(?:the|its|their|an estimated|some)\\s+${Q}$`);
const R4B = new RegExp(
  `\\b(?:most|some|half|part|many|all|the bulk|a third|two-thirds|a quarter|each|any)\\s+of\\s+(?:the|its|their)\\s+${Q}$`,
);
const R5 = new RegExp(`\\bfrom\\s+${Q}[\\d,. ]+\\w*(?:\\s+\\w+){0,2}\\s+to\\s+${Q}$`);
// "bringing the unit's numbers up to 1,800" is a level; "with up to 1,200 more troops" is a qualifier.
// "reduce troop levels to below the current level of 28,500": the level named after "to".
const LEVEL_NOUN =
  '(?:(?:below|under)\\s+)?(?:the|its|their)\\s+(?:current\\s+|present\\s+|existing\\s+)?(?:level|strength|number|total|minimum|floor|ceiling)\\s+of\\s+';
/** "would take Resolute Support to around 16,000 troops": a level to come. */
const TAKE_TO = new RegExp(`\\b(?:would|will|to|could)\\s+take\\s+[^;]{0,80}\\bto\\s+${Q}$`);
const R6 = new RegExp(
  `\\b(?:${LEVEL}|number(?:s|ed)?)\\b[^;]{0,100}\\b(?<!\\b(?:with|of|by|and)\\s+up\\s)(?:to|below|under)\\s+(?:${LEVEL_NOUN}|[^,;]{0,30}\\s+and\\s+)?${Q}$`,
);
const R7 = new RegExp(`\\b(?:${LEVEL}|withdraw\\w*|drawdown)\\b[^.;]{0,50}\\bby\\s+${Q}$`);
const R8 = new RegExp(`\\b(?:a further|an additional|another|an extra|additional|extra|further|fresh)\\s+${Q}$`);
const R9 = new RegExp(`\\ball\\s+(?:of\\s+)?(?:the\\s+|its\\s+|their\\s+)?${Q}$`);
const R10 = new RegExp(`\\b(?:${MOVING})\\b`);
const R11 = new RegExp(
  `^[^;,]{0,60}?\\b(?:will|would|could|may|might|should|must|to|are|is|began|begin|begins|started|start|have been|has been|being|be|had|have|has|were|was)\\s+(?:(?:being|been|be|to|now|also|soon|already|also)\\s+)*(?:${MOVING})\\b|^\\s+(?:[\\w.'’,-]+\\s+){0,12}?(?:leave|arrive|depart|arrived|left|departed|withdrew|returned|arrived back|pulled out|pull out|flew out|fly out|flew in|fly in|flew home|fly home|land|landed|moved|began arriving|began to arrive|(?:will|would|are to|is to)\\s+be\\s+(?:deployed|sent|withdrawn|pulled out|sent home|brought home|repatriated|redeployed|relocated)|(?:will|would|are to|is to)\\s+(?:also\\s+)?(?:participate\\s+in|take part\\s+in|serve\\s+in|join|replace|relieve)\\b` +
    // "are preparing to begin a European deployment", "who are going to Europe", "were to be federalized and deployed",
    // "are being placed under federal control and deployed", "set off from the mission area".
    `|(?:preparing|set|scheduled|due|expected|ready)\\s+to\\s+(?:begin\\s+|start\\s+)?(?:an?\\s+)?(?:[\\w-]+\\s+)?(?:deploy\\w*|rotation|leave|depart|move|travel)` +
    `|(?:who|that)\\s+(?:are|were|is|was)\\s+(?:going|headed|heading|moving|travell?ing)\\s+to\\b` +
    `|(?:were|was|are|is)\\s+(?:to\\s+be|being)\\s+(?:[\\w-]+\\s+){0,5}?(?:deployed|sent|moved|withdrawn|dispatched|sent home)` +
    `|set off|head(?:ed|ing)? (?:for|to)|left for|bound for)\\b`,
);

/**
 * "had been", "had begun": the past before the past — unless it is only reported ("announced it
 * had begun to deploy") with no past time of its own ("had already increased … in May").
 */
function pastPerfect(before: string): boolean {
  const m = /\bhad\s+(?:already\s+)?(?:been\s+)?\w+/.exec(before);
  if (!m) return false;
  const timed =
    /\b(?:already|earlier|previously|in (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d{2})|last (?:year|month|week))\b/.test(
      before.slice(m.index),
    );
  return timed || !REPORTED.test(before.slice(0, m.index));
}

const KIND_RULES: readonly KindRule[] = [
  { name: 'genericSize', kind: (c) => (R0.test(c.clause.before) ? 'NONE' : undefined) },
  // "brigades of about 3,000-5,000 troops": the size of each, not a total — unless "in each of" places.
  {
    name: 'perUnitSize',
    kind: (c) =>
      /\b(?:brigades|battalions|battlegroups|regiments|divisions|companies|units)\s+of\s+$/.test(c.clause.before.replace(R1, '')) &&
      !/\beach\b/.test(c.text)
        ? 'NONE'
        : undefined,
  },
  // "12,000 French troops engaged in peacekeeping operations worldwide": next to the figure, whatever else the clause names.
  { name: 'nowhere', kind: (c) => (R2.test(c.clause.after.slice(0, 70)) || (R2.test(c.text) && !c.placed) ? 'NONE' : undefined) },
  // "The regular Army is due to shrink to 73,000 soldiers": a whole army's size is no deployment.
  {
    name: 'wholeArmy',
    kind: (c) => {
      const before = c.clause.before.replace(R1, '');
      const army = ARMY_SIZE.test(before) || ARMY_SIZE.test((c.antecedent ?? '').slice(-40) + before);
      // "the army numbers 5,100 in the Sahel" is a deployment after all.
      // "The Defence Forces have about 7,400 personnel": an army's own strength, where no place is named.
      const has = !c.placed && ARMY_HAS.test(before);
      return (army || has) && !/^\s+(?:[\w-]+\s+){0,3}(?:in|at|on)\s/.test(c.clause.after) ? 'NONE' : undefined;
    },
  },
  // "Poland's own 100,000-strong armed forces", "4,000 soldiers are attached to Stryker brigade combat teams",
  // "855 personnel are deployed on 14 operations": an army, a unit type, many operations — no one deployment.
  {
    name: 'notOneForce',
    kind: (c) =>
      /^-strong\s+(?:[\w-]+\s+){0,2}(?:armed forces|army|military|navy|air force)\b/.test(c.clause.after) ||
      /^\s+(?:[\w-]+\s+)?(?:are|is)\s+(?:attached|assigned)\s+to\s+(?:[\w-]+\s+){0,3}(?:teams|brigades|battalions|units|divisions)\b/.test(
        c.clause.after,
      ) ||
      /\bon\s+\d+\s+(?:operations|missions|deployments)\b/.test(c.clause.after)
        ? 'NONE'
        : undefined,
  },
  // "relevant out of a total of about 28,000 men and women": the whole force at home, where no place is named.
  {
    name: 'outOfTotal',
    kind: (c) => (!c.placed && /\bout of (?:a|the|its|their) total of\s+$/.test(c.clause.before.replace(R1, '')) ? 'NONE' : undefined),
  },
  { name: 'capacity', kind: (c) => (CAPACITY.test(c.clause.before.replace(R1, '')) ? 'NONE' : undefined) },
  {
    name: 'wholeArmyUnplaced',
    kind: (c) =>
      !c.placed &&
      /\b(?:the\s+)?(?:regular\s+|british\s+|french\s+|german\s+|whole\s+|entire\s+)?(?:army|armed forces|military|navy|air force|marine corps|bundeswehr)\b[^,;]{0,40}\b(?:shrink|shrank|grow|grew|cut|reduced?|increase|total|totals|numbers?|size)\b/.test(
        c.clause.before,
      )
        ? 'NONE'
        : undefined,
  },
  // "has sent more than 1,000 soldiers on UN missions since 2014": a running total, not a level.
  // "to train 10,500 Somali soldiers": the soldiers trained are a host army's, not a deployment.
  {
    name: 'trained',
    kind: (c) => (/\b(?:train|trains|training|trained|equip|equipping)\s+$/.test(c.clause.before.replace(R1, '')) ? 'NONE' : undefined),
  },
  // "Bangladesh is followed by Ethiopia with 6,662 peacekeepers": a ranking of totals across missions, unplaced.
  {
    name: 'ranking',
    kind: (c) =>
      /\b(?:is followed by|in (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:place|position))\b/.test(c.text)
        ? 'NONE'
        : undefined,
  },
  // ("has deployed more than 20,000 additional forces since the war began" is a change all the same.)
  {
    name: 'cumulative',
    kind: (c) =>
      /\b(?:has|have|having)\s+(?:sent|deployed|contributed|rotated|trained|provided)\b/.test(c.clause.before) &&
      /\b(?:since|over the (?:past|last)\s+(?:\w+\s+)?(?:years|decades))\b/.test(c.text) &&
      !/^\s+(?:additional|more|extra)\b/.test(c.clause.after)
        ? 'NONE'
        : undefined,
  },
  // "would put 300,000 troops on high alert": forces at home made ready, not deployed anywhere.
  {
    name: 'readiness',
    kind: (c) =>
      /^\s+(?:[\w-]+\s+){0,6}?on\s+(?:high\s+|heightened\s+|standby\s+)?(?:alert|standby|stand-by|high readiness)\b/.test(c.clause.after)
        ? 'NONE'
        : undefined,
  },
  {
    name: 'fromPair',
    kind: (c) => {
      if (!R3.test(c.clause.before)) return undefined;
      // "down from 2,000", "fallen to about 1,100, from some 1,500 five years ago": the level before the change.
      // "up from around 40 who currently rotate through": the old level is still the level now.
      if (/^\s+(?:[\w-]+\s+){0,3}(?:who|which|that)\s+(?:are\s+)?(?:currently|now|still)\b/.test(c.clause.after)) return 'CURRENT';
      // "to around 16,000, up from around 13,000 today": the old level is today's.
      if (/^\s+(?:\w+\s+)?(?:today|now|at present|currently)\b/.test(c.clause.after)) return 'CURRENT';
      if (R3B.test(c.clause.before) || R3C.test(c.clause.before) || CHANGED_FROM.test(c.clause.before)) return 'HISTORICAL';
      const before = c.clause.before;
      // "when the allies completed a phased reduction from about 37,500": a change done, from a level that was.
      const past =
        /\b(?:ordered|completed|decided|agreed|approved|announced|began|implemented|finished|ended|made|was|were|had|reduced|cut)\b/.test(
          before.replace(/\b(?:will|would|to|has|have|be|been|is|are)\s+\w+ed\b/g, ''),
        ) && !FUTURE.test(before);
      return past && !/\bcurrent\b/.test(before) ? 'HISTORICAL' : 'CURRENT';
    },
  },
  // "some 1,000 soldiers from the 22,000-strong force will be withdrawn": the force they are taken from is there now.
  // "5,400 troops of the 12,000 leaving Germany": the whole is what leaves, a change.
  {
    name: 'partOf',
    kind: (c) =>
      PART_OF.test(c.clause.before)
        ? /^\s+(?:(?:being|to be)\s+)?(?:leaving|withdrawn|withdrawing|departing|pulled out|sent|deployed|deploying|moved|moving|relocated|relocating)\b/.test(
            c.clause.after,
          )
          ? 'CHANGE'
          : 'CURRENT'
        : undefined,
  },
  // "2,500 troops, of whom 1,000 are Russians": a part of a level is there with it.
  {
    name: 'ofWhom',
    kind: (c) =>
      /\b(?:of whom|of which|among them)\s+$/.test(c.clause.before.replace(R1, '')) && !FUTURE.test(c.clause.after.slice(0, 40))
        ? 'CURRENT'
        : undefined,
  },
  // "cut the 36,000-strong contingent in Germany to 25,000": the size of what is cut is its level now.
  {
    name: 'strongFrom',
    kind: (c) =>
      /^-(?:strong|member|person|man|soldier|troop)\b/.test(c.clause.after) &&
      /\b(?:cut|cuts|cutting|reduc\w+|downsiz\w+|shrink\w*|slash\w*|trim\w*|increas\w+|boost\w*|expand\w*|rais\w+)\b[^.;]{0,40}\b(?:the|its|their)\s+$/.test(
        c.clause.before.replace(R1, ''),
      )
        ? 'CURRENT'
        : undefined,
  },
  // "By mid-April more than 800 troops will be stationed in Estonia": a level to be reached by a date.
  {
    name: 'levelBy',
    kind: (c) =>
      /\bby\s+(?:the\s+end\s+of\s+|mid-|early\s+|late\s+|the\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|(?:19|20)\d{2}|the year|next year|this year)\b/.test(
        c.text,
      ) && /^\s+(?:[\w,-]+\s+){0,8}?(?:will|would|are to|should)\s+be\s+(?:stationed|based|present|in\b|on the ground)/.test(c.clause.after)
        ? 'TARGET'
        : undefined,
  },
  // "the drawdown of its over 6,000 troops", "withdraw all its 2,500 soldiers": what it has there now, all of it.
  {
    name: 'possessedWhole',
    kind: (c) =>
      new RegExp(`\\b(?:drawdown|withdrawal|pullout|pull-out|repatriation)\\s+of\\s+(?:all\\s+)?(?:its|their)\\s+${Q}$`).test(
        c.clause.before,
      )
        ? 'CURRENT'
        : undefined,
  },
  // "4,000 of the 19,000 Marines stationed in Japan", "most of the 320 soldiers it keeps": the whole is the level now.
  {
    name: 'ofTotal',
    kind: (c) => {
      if (!R4.test(c.clause.before) && !R4B.test(c.clause.before)) return undefined;
      // "withdrew most of its estimated 10,000 troops from Yemen in 2019": the whole as it was then.
      if (
        c.pastYear &&
        /\b(?:withdrew|pulled|removed|sent|brought|cut|reduced|evacuated)\b/.test(c.clause.before) &&
        !FUTURE.test(c.clause.before)
      )
        return 'HISTORICAL';
      // "10,000 of the 33,000 surge troops sent there last year": the whole came as a change.
      // ("the 50,000 US troops deployed in Japan" are there.)
      return /^\s+(?:[\w-]+\s+){0,3}?(?:sent|dispatched|added|deployed\s+(?:to|there|last|this|earlier)|(?:who|that)\s+(?:are|were)\s+(?:going|headed|heading|moving)\s+to)\b/.test(
        c.clause.after,
      )
        ? 'CHANGE'
        : 'CURRENT';
    },
  },
  // "joining the 200 German troops already there": those joined are there now.
  // ("join the 1,700 sent earlier this week", "… who began arriving on Monday": those joined came in this wave, a change.)
  {
    name: 'joining',
    kind: (c) =>
      new RegExp(
        `\\bjoin(?:s|ed|ing)?\\s+(?:the|a|an|its|their|some)\\s+(?:[\\w-]+\\s+){0,4}?(?:of\\s+)?${Q}$|\\bjoin(?:s|ed|ing)?\\s+${Q}$`,
      ).test(c.clause.before)
        ? /^\s+(?:[\w-]+\s+){0,6}?(?:who\s+)?(?:were\s+|was\s+)?(?:sent|deployed|dispatched|began arriving|began to arrive|arrived)\b(?![^.;]*\balready\b)/.test(
            c.clause.after,
          )
          ? 'CHANGE'
          : 'CURRENT'
        : undefined,
  },
  // "…, leaving a liaison team of fewer than 100": what a withdrawal leaves.
  {
    name: 'leaving',
    kind: (c) =>
      new RegExp(`\\bleav(?:ing|es|e)\\s+(?:a|an|the|only|just|behind)?\\s*(?:[\\w-]+\\s+){0,4}?(?:of\\s+)?${Q}$`).test(c.clause.before) &&
      !/\bleav(?:ing|es|e)\s+(?:the\s+)?(?:country|base|region)\b/.test(c.clause.before)
        ? 'TARGET'
        : undefined,
  },
  // "has been expanded from 2,000 to 7,000": a change made leaves the level now.
  {
    name: 'toPair',
    kind: (c) => (R5.test(c.clause.before) ? (CHANGED_FROM.test(c.clause.before.replace(R5, ' from ')) ? 'CURRENT' : 'TARGET') : undefined),
  },
  // "reducing their presence to around half the current level of some 5,100": the level now (a floor after "to below" is levelTo's).
  {
    name: 'currentLevel',
    kind: (c) =>
      /\b(?:the|its|their)\s+(?:current|present|existing)\s+(?:level|strength|number|size|total)\s+of\s+$/.test(
        c.clause.before.replace(R1, ''),
      ) && !/\bto\s+(?:below|under)\s+(?:the|its|their)\s+\w+\s+\w+\s+of\s+$/.test(c.clause.before.replace(R1, ''))
        ? 'CURRENT'
        : undefined,
  },
  // "the employment of 1,495 members of the SANDF" (a president's authorisation): the strength allowed.
  { name: 'employment', kind: (c) => (/\bemployment\s+of\s+$/.test(c.clause.before.replace(R1, '')) ? 'TARGET' : undefined) },
  // "This left MINUSMA with 12,789 military personnel": the level after a change is the level now.
  {
    name: 'leftWithNow',
    kind: (c) =>
      /\b(?:left|leaves)\s+(?:[\w'’-]+\s+){0,3}with\s+$/.test(c.clause.before.replace(R1, '')) && !FUTURE.test(c.clause.before)
        ? 'CURRENT'
        : undefined,
  },
  // "France will be left with 2,500 troops in the Sahel": what a drawdown leaves.
  {
    name: 'leftWith',
    kind: (c) => (/\b(?:will|would|to)\s+be\s+left\s+with\s+$/.test(c.clause.before.replace(R1, '')) ? 'TARGET' : undefined),
  },
  { name: 'takeTo', kind: (c) => (TAKE_TO.test(c.clause.before) ? 'TARGET' : undefined) },
  {
    name: 'levelTo',
    kind: (c) => {
      // Not the "to" of "up to": "double its deployment with up to 1,200 more troops".
      if (!R6.test(c.clause.before) && !R6.test(c.clause.before.replace(/\bbetween\s+$/, ''))) return undefined;
      // "The number fell below 40,000 in the 1990s": a change long past leaves a level in history;
      // "has risen to around 500", "was cut to 2,500 in January": a change done leaves the level now.
      // "This brings the total to 22,000" is the level now; ", bringing the total to 350" is as near as its clause.
      const total = /\b(bring(?:s|ing)?|brought)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:total|number|tally|strength|overall)\b/.exec(
        c.clause.before,
      );
      // ("…, which brought the total up to 100,000" after "in 2009" was the level then.)
      if (total && !FUTURE.test(c.clause.before.slice(0, total.index)))
        return total[1] === 'bringing' && FUTURE.test(c.antecedent ?? '')
          ? 'TARGET'
          : total[1] === 'brought' && (c.pastYear || c.pastYearBefore === true)
            ? 'HISTORICAL'
            : 'CURRENT';
      // "The base numbers up to 5,000 troops": a state, not a change to come.
      if (
        /\b(?:base|force|contingent|mission|garrison|presence|brigade|battalion|battlegroup|it|which|that)\b[^,;]{0,40}?\s(?:now\s+|currently\s+)?numbers\s+$/.test(
          c.clause.before.replace(R1, '').replace(/\bup\s+to\s+$/, ''),
        )
      )
        return 'CURRENT';
      const done = LEVEL_DONE.exec(c.clause.before);
      if (!done || FUTURE.test(c.clause.before.slice(0, done.index + 1).slice(-40))) return 'TARGET';
      if (/^\W*(?:has|have)\b/.test(done[0])) return 'CURRENT';
      // The year of an old level that follows ("…, down from 5,000 in 2019") is not this change's.
      const own = c.clause.before + c.phrase + (c.clause.after.split(/,?\s*(?:up|down)?\s*from\b/)[0] ?? '');
      return c.pastYear && PAST_YEAR.test(own) ? 'HISTORICAL' : 'CURRENT';
    },
  },
  { name: 'byChange', kind: (c) => (R7.test(c.clause.before) ? 'CHANGE' : undefined) },
  // "has been sending about 250 soldiers since 2017: a fresh batch every six months": a standing rotation, there now;
  // "in addition to their 600 soldiers": those already there.
  {
    name: 'standing',
    kind: (c) =>
      (/\b(?:has|have)\s+been\s+(?:sending|deploying|rotating|keeping|stationing)\s+$/.test(c.clause.before.replace(R1, '')) &&
        /\bsince\b/.test(c.text)) ||
      /\bin addition to\s+(?:the|their|its|some)\s+(?:[\w-]+\s+){0,2}?$/.test(c.clause.before.replace(R1, ''))
        ? 'CURRENT'
        : undefined,
  },
  // "has about 8,400 troops in the country alongside another 5,000 from NATO": there too, now.
  {
    name: 'alongside',
    kind: (c) => (/\balongside\s+(?:another|an? additional|some)\s+$/.test(c.clause.before.replace(R1, '')) ? 'CURRENT' : undefined),
  },
  {
    name: 'more',
    kind: (c) =>
      /^\s+(?:more|additional|extra|fresh|further)\b/.test(c.clause.after) || R8.test(c.clause.before.replace(/["“”‘’]/g, ''))
        ? 'CHANGE'
        : undefined,
  },
  { name: 'all', kind: (c) => (R9.test(c.clause.before) ? 'CURRENT' : undefined) },
  // "has about 800 troops and is capped at 860": the cap is the later figure's, not this one's.
  {
    name: 'cap',
    kind: (c) =>
      /\b(?:ceiling|cap|limit|maximum|minimum|floor|not exceeding|not to exceed|(?:may|must|cannot|can|could|shall|will|would) not exceed|no more than|(?:authori[sz]ed|authori[sz]ing|mandated?)\s+(?:strength|ceiling|troop levels?|force levels?)|(?:authori[sz]ed|authori[sz]ing|mandated?|mandate)\b[^.;]{0,60}?\bup to|capped)\b/.test(
        c.clause.before + c.phrase + (c.clause.after.split(/\band\b|\d/)[0] ?? ''),
      )
        ? 'TARGET'
        : undefined,
  },
  // "about 150 troops would remain": what is left after a change, a target; "a force that will remain": it is there.
  // "Britain will keep more than 900 troops in Estonia": the level there now goes on; "would keep 4,000 … permanently" is a new one.
  {
    name: 'keeping',
    kind: (c) =>
      /\b(?:will|would|to)\s+(?:continue to\s+)?(?:keep|maintain|retain)\b/.test(c.clause.before)
        ? /\bpermanent(?:ly)?\b/.test(c.text)
          ? 'TARGET'
          : 'CURRENT'
        : undefined,
  },
  // "troop numbers were at around 49,700 and would stay at that level": the level now goes on.
  {
    name: 'stayingLevel',
    kind: (c) => (/\b(?:stay|remain)\s+at\s+(?:that|this|the same|about that)\s+level\b/.test(c.clause.after) ? 'CURRENT' : undefined),
  },
  {
    name: 'remaining',
    kind: (c) =>
      /^\s+(?:[\w-]+\s+){0,5}?(?:would|will|are to|are expected to|are likely to|is likely to|are set to|could)\s+(?:still\s+)?(?:remain|stay)\b/.test(
        c.clause.after,
      )
        ? 'TARGET'
        : undefined,
  },
  {
    name: 'unchanged',
    kind: (c) =>
      /\b(?:will not change|not change|unchanged|will remain|would remain|will stay|remain in place|does not fall under|(?:will|would|to)\s+continue\s+to\s+(?:serve|be\s+(?:based|stationed|deployed)|operate|remain))\b/.test(
        c.text,
      ) && !/\b(?:after|once|when|following)\b/.test(c.text)
        ? 'CURRENT'
        : undefined,
  },
  // "Just last week the total stood at 18,000", "In mid-September there were 45,000": a level at a past time.
  // (The level's own verb, near the count, and no movement: "included sending 300 … announced last week" is a change.)
  {
    name: 'pastTime',
    kind: (c) => {
      const own =
        PAST_TENSE.test(c.clause.before.replace(R1, '').slice(-40)) || /^\s+(?:[\w.-]+\s+){0,4}?(?:were|was)\b/.test(c.clause.after);
      return own && PAST_TIME.test(c.text) && !R10.test(c.text) && !/\b(?:now|currently|today|at present)\b/.test(c.text)
        ? 'HISTORICAL'
        : undefined;
    },
  },
  {
    name: 'stateNow',
    kind: (c) => {
      // "withdraw 150 of the 197 soldiers it currently has": what follows the whole is the whole's.
      const after = c.clause.after.slice(0, 50).split(/\bof\s+(?:the|its|their)\s+[\d,.]/)[0] ?? '';
      const words = (c.clause.before + after).replace(/\bhad already\b|\b(?:will|would|to|could|can)\s+now\b/g, '');
      // ("150 soldiers were now scheduled to leave" is a movement to come.)
      const leaving =
        /\b(?:scheduled|due|set|expected|about|ready)\s+to\s+(?:leave|depart|deploy|arrive|land|travel|fly|return|be\s+(?:deployed|sent|withdrawn))\b/.test(
          c.clause.after,
        );
      return /\b(?:currently|now|at present|already|presently|still)\b/.test(words) && !/\bmore\b/.test(c.phrase) && !leaving
        ? 'CURRENT'
        : undefined;
    },
  },
  // "the roughly 700 American troops then stationed in Somalia were pulled out": the level at that time.
  {
    name: 'then',
    kind: (c) =>
      /^\s+(?:[\w-]+\s+){0,3}then\s+(?:stationed|deployed|based|in|serving|posted)\b/.test(c.clause.after) ? 'HISTORICAL' : undefined,
  },
  // "A total of 1,446 members will be deployed in the mission": the strength it will have.
  {
    name: 'totalToCome',
    kind: (c) =>
      /\b(?:a|the)\s+total\s+of\s+$/.test(c.clause.before.replace(R1, '')) &&
      (FUTURE.test(c.clause.after) || FUTURE.test(c.clause.before) || /^\s+(?:\w+\s+)?expected\b/.test(c.clause.after))
        ? 'TARGET'
        : undefined,
  },
  // "force levels peaked at more than 150,000 at the height of the war": the level then.
  {
    name: 'peak',
    kind: (c) =>
      /\b(?:peaked|peaking)\s+at\s+$/.test(c.clause.before.replace(R1, '')) || /\bat (?:its|the) (?:peak|height)\b/.test(c.text)
        ? 'HISTORICAL'
        : undefined,
  },
  // "Deployed in 2007, UNAMID has about 16,000 blue helmets": what it has is there now.
  {
    name: 'hasNow',
    kind: (c) =>
      /\b(?:has|have)\s+$/.test(c.clause.before.replace(R1, '')) &&
      !/\b(?:will|would|to)\s+(?:\w+\s+)?$/.test(c.clause.before.replace(R1, '').slice(0, -5))
        ? 'CURRENT'
        : undefined,
  },
  {
    name: 'movement',
    kind: (c) => {
      // A verb before the count ("send 1,000", "withdraw up to 2,000"), or a finite verb after it
      // ("1,000 will leave", "troops began to arrive", "have been deployed or are deploying").
      // "Uganda, which first sent troops in 2007, is the biggest contributor with 6,000": the aside moved them, not this clause.
      const own = c.clause.before.replace(ASIDE, ' ');
      if (own !== c.clause.before && !R10.test(own.replace(STATE_PASSIVE, ' ')) && !R11.test(c.clause.after)) return undefined;
      const before =
        R10.test(own.replace(STATE_PASSIVE, ' ')) ||
        (MOVEMENT_NOUN.test(c.clause.before) && /\b(?:available|to|into|from)\b/.test(c.clause.text)) ||
        ORDERED_MOVEMENT.test(c.clause.before.replace(/["“”]/g, ''));
      // "where 5,100 troops are deployed" is where they are: a plain passive of these is a state;
      // "soldiers, with their vehicles, left …": the verb is read past an appositive.
      const afterText = c.clause.after
        .replace(/^-[a-z]+/, '')
        .replace(/\([^()]*\)/g, ' ')
        .replace(/,[^,;]{1,50},/g, ' ')
        .replace(STATE_PASSIVE, ' ');
      const after = R11.test(afterText);
      if (!before && !after) return undefined;
      if (pastPerfect(c.clause.before) || (c.pastYear && !FUTURE.test(c.text))) return 'HISTORICAL';
      return 'CHANGE';
    },
  },
  // "The last 1,150 soldiers … crossed out of Goma", "the final batch of 25 … has returned home": the end of a withdrawal.
  {
    name: 'lastOut',
    kind: (c) =>
      /\b(?:the\s+)?(?:last|final)\s+(?:(?:batch|group|contingent|company|detachment|unit)\s+of\s+)?$/.test(
        c.clause.before.replace(R1, ''),
      ) && /\b(?:left|leave|crossed|returned|flew|withdrew|withdrawn|pulled out|departed|came home|went home|exited)\b/.test(c.clause.after)
        ? 'CHANGE'
        : undefined,
  },
  // "will be based at Camp Buehring": a deployment to come.
  // (To "be stationed" or "based" is where they will be: the future rule's target.)
  {
    name: 'deployedSoon',
    kind: (c) => (/\b(?:will|would|are to|is to)\s+be\s+(?:deployed|sent)\b/.test(c.clause.after.slice(0, 80)) ? 'CHANGE' : undefined),
  },
  {
    name: 'future',
    kind: (c) => (FUTURE.test(c.clause.before) || /^\s+[^.;]{0,60}\b(?:will|would)\b/.test(c.clause.after) ? 'TARGET' : undefined),
  },
  // "has stood at about 2,500 since late last year" is the level now; "has set up battlegroups of 1,000 … since 2014" was then.
  {
    name: 'stateSince',
    kind: (c) =>
      /\b(?:has|have)\s+(?:been|stood|remained|hovered|numbered|had|kept|maintained|held)\b/.test(c.text)
        ? 'CURRENT'
        : /\b(?:has|have)\s+(?:\w+ed|set up|sent|built|put|kept)\b/.test(c.text) && c.pastYear
          ? 'HISTORICAL'
          : undefined,
  },
  {
    name: 'past',
    kind: (c) => {
      if (PAST_MARKERS.test(c.text) || pastPerfect(c.clause.before)) return 'HISTORICAL';
      const past =
        /\b(?:was|were|numbered|stood|peaked|fell|dropped|rose|reached|declined|grew|totalled|totaled|served|remained|operated|had|extended|comprised|included|consisted|commanded)\b/.exec(
          c.text,
        );
      if (!past || REPORTED.test(c.text.slice(0, past.index))) return undefined;
      return c.pastYear ? 'HISTORICAL' : undefined;
    },
  },
];

/** The kind of a figure, or NONE when the count is no troop level at all. */
export function kindOf(c: KindContext): { kind: TroopLevelKind | 'NONE'; rule: string } {
  for (const rule of KIND_RULES) {
    const kind = rule.kind(c);
    if (kind) return { kind, rule: rule.name };
  }
  return { kind: 'CURRENT', rule: 'default' };
}
