/**
 * The patterns the figure-kind rules (kinds.ts) read a clause with: qualifiers, verbs of moving
 * and changing troop levels, times before publication, a whole army's size. Built once: the
 * rules run for every figure.
 */
import { DEPLOYING_VERBS, LEVEL_CHANGE_VERBS, QUALIFIER_PHRASES, RELOCATING_VERBS, WITHDRAWING_VERBS } from '../lexicon/quantities.ts';
import { GENERIC_SIZE_WORDS, NOWHERE_WORDS } from '../lexicon/notForces.ts';
import { alternation } from '../text.ts';

export const Q = `(?:(?:${alternation(QUALIFIER_PHRASES.map(([p]) => p))})\\s+(?:a\\s+)?)?`;
export const LEVEL = alternation(LEVEL_CHANGE_VERBS);
export const MOVING = alternation([...DEPLOYING_VERBS, ...WITHDRAWING_VERBS, ...RELOCATING_VERBS]);
/** Nouns of a movement: "the deployment of a 1,000-person contingent", "the withdrawal of 600 soldiers". */
export const MOVEMENT_NOUN =
  /\b(?:deployment|dispatch|withdrawal|pullout|pull-out|redeployment|transfer|relocation|arrival|departure|drawdown|mobili[sz]ation|contribution)\s+of\s+(?:\S+\s+){0,3}$|\bmade\b[^.;]{0,60}$/;
/** "announced the deployment of 700 Marines": a movement ordered or made known is a change. */
export const ORDERED_MOVEMENT =
  /\b(?:announc\w+|order\w*|approv\w+|authori[sz]\w+|confirm\w*|unveil\w*)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:deployment|dispatch|withdrawal|pullout|redeployment|mobili[sz]ation)\s+of\s+(?:\S+\s+){0,3}$/;
export const FUTURE =
  /\b(?:will|would|shall|'ll|is to|are to|is set to|are set to|set to|is due to|are due to|plans? to|planning to|planned to|aims? to|aiming to|intends? to|expected to|expects? to|going to|hopes? to|hoped to|scheduled to|slated to|could|prepared to|ready to|willing to|by the end of|by (?:early|mid|late)?\s*(?:19|20)\d{2})\b/;
export const REPORTED =
  /\b(?:said|says|saying|knew|learned|learnt|told|admitted|reported|revealed|believed|thought|confirmed|announced|acknowledged|noted)\s+(?:that\s+|there\s+|it\s+|they\s+|he\s+|she\s+)*(?:\w+\s+)?$/;
export const PAST_MARKERS =
  /\b(?:before the (?:withdrawal|drawdown|pullout|pull-out|reduction|cut|cuts)|until recently|at (?:its|the) (?:peak|height)|once (?:had|numbered|stood)|at one (?:point|time)|previously|formerly|used to|in the past|back then|at the time|had been|had stood|had numbered|peaked at|(?:\d+|a few|several|two|three|four|five|six|seven|eight|nine|ten|a|one) (?:years|decades?|year) ago|last year|during\s+[\w'’.\s-]{1,40}?(?:presidency|administration|tenure|era|reign|regime|rule)|before (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d{2}))\b/;
/** A whole army's size: "Taiwan's armed forces number about 150,000", "the Nigerian Army, which numbers about 230,000". */
export const ARMY = '(?:army|armed forces|military|navy|air force|marine corps|bundeswehr|defen[cs]e forces?|national guard)';
export const ARMY_SIZE =
  /\b(?:army|armed forces|military|navy|air force|marine corps|bundeswehr|defen[cs]e forces?|national guard)(?:\s+of\s+(?:the\s+)?[\w'’ -]{2,30}?)?\s*(?:,\s*(?:which\s+)?)?(?:numbers?|numbered|totals?|totalled|totaled|comprises?|counts?|has a strength of|strength of|stands at)\s+$/;
export const ARMY_HAS = new RegExp(`^\\W*(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}${ARMY}\\s+(?:has|have|had)\\s+$`);
/** Room, not people: "bases built for about 4,000 soldiers", "barracks with a capacity of 2,000". */
export const CAPACITY =
  /\b(?:built for|designed for|(?:designed|equipped|built) to (?:house|hold|accommodate|host)(?: up to)?|capacity (?:of|for)|(?:can|could|will|would) (?:house|hold|accommodate)|accommodat(?:e|es|ing)|able to (?:house|hold|accommodate)|room for|space for|enough for)\s+$/;

/** A change of level done: "fell", "has risen", "was cut" (not "will be cut", "to cut"). */
export const LEVEL_DONE = new RegExp(
  `\\b(?:fell|dropped|rose|grew|shrank|declined|(?:has|have|had)\\s+(?:been\\s+|already\\s+)?(?:${LEVEL})|(?:was|were)\\s+(?:${LEVEL}))\\s+(?:[^;]{0,60}\\s)?(?:to|below|under)\\s`,
);

/** "are deployed in Congo": where troops are, not a movement. */
export const STATE_PASSIVE = /\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:deployed|stationed|based|posted|garrisoned|positioned|present)\b/g;
export const MONTH_NAMES = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
export const PAST_TENSE = /\b(?:was|were|stood|numbered|totall?ed|peaked)\b/;
/** A time before publication: "last week", "in mid-September", "by the last week of October", "earlier this year". */
export const PAST_TIME = new RegExp(
  `\\b(?:last (?:week|month)|earlier this (?:year|month)|(?:in|by) (?:early |mid-?|late )?${MONTH_NAMES}|by the (?:first|second|third|last) week of ${MONTH_NAMES}|(?:in|at) the (?:spring|summer|autumn|fall|winter))\\b`,
);
/** A relative clause between commas: ", which first sent troops to the country in 2007,". */
export const ASIDE = /,\s*(?:which|who|whose)\b[^,;]*,/g;
export const PAST_YEAR = /\b(?:1[89]\d{2}|20\d{2})s?\b/;

// Built once: the rules run for every figure.
export const R0 = new RegExp(`\\b(?:${alternation(GENERIC_SIZE_WORDS)})\\b`);
export const R1 = new RegExp(`${Q}$`);
export const R2 = new RegExp(`\\b(?:${alternation(NOWHERE_WORDS)})\\b`);
export const R3 = new RegExp(`\\bfrom\\s+(?:(?:the|its|their)\\s+)?(?:current|present|existing)?\\s*${Q}$`);
export const R3B = new RegExp(`\\b(?:down|up)\\s+from\\s+${Q}$`);
export const R3C = new RegExp(`\\b(?:to|below|under)\\s+${Q}[\\d,. ]+\\s*[^,;]{0,30},\\s*from\\s+${Q}$`);
export const PART_OF = new RegExp(
  `\\b[\\d,.]+\\s+(?:[\\w-]+\\s+){0,3}?(?:troops|soldiers|personnel|servicemen|peacekeepers|marines|men)\\s+(?:from|of|out of)\\s+(?:the|its|their)\\s+${Q}$`,
);
/** A change made, up to its "from": "has been expanded from", "have fallen from". */
export const CHANGED_FROM = new RegExp(
  `\\b(?:has|have)\\s+(?:been\\s+|already\\s+)?(?:${LEVEL}|expanded|reduced|increased|cut)\\b[^;]{0,40}\\bfrom\\s+${Q}$`,
);
export const R4 = new RegExp(`\\b[\\d,.]+\\s+of\\s+(?:the|its|their|an estimated|some)\\s+${Q}$`);
export const R4B = new RegExp(
  `\\b(?:most|some|half|part|many|all|the bulk|a third|two-thirds|a quarter|each|any)\\s+of\\s+(?:the|its|their)\\s+${Q}$`,
);
export const R5 = new RegExp(`\\bfrom\\s+${Q}[\\d,. ]+\\w*(?:\\s+\\w+){0,2}\\s+to\\s+${Q}$`);
// "bringing the unit's numbers up to 1,800" is a level; "with up to 1,200 more troops" is a qualifier.
// "reduce troop levels to below the current level of 28,500": the level named after "to".
export const LEVEL_NOUN =
  '(?:(?:below|under)\\s+)?(?:the|its|their)\\s+(?:current\\s+|present\\s+|existing\\s+)?(?:level|strength|number|total|minimum|floor|ceiling)\\s+of\\s+';
/** "would take Resolute Support to around 16,000 troops": a level to come. */
export const TAKE_TO = new RegExp(`\\b(?:would|will|to|could)\\s+take\\s+[^;]{0,80}\\bto\\s+${Q}$`);
export const R6 = new RegExp(
  `\\b(?:${LEVEL}|number(?:s|ed)?)\\b[^;]{0,100}\\b(?<!\\b(?:with|of|by|and)\\s+up\\s)(?:to|below|under)\\s+(?:${LEVEL_NOUN}|[^,;]{0,30}\\s+and\\s+)?${Q}$`,
);
export const R7 = new RegExp(`\\b(?:${LEVEL}|withdraw\\w*|drawdown)\\b[^.;]{0,50}\\bby\\s+${Q}$`);
export const R8 = new RegExp(`\\b(?:a further|an additional|another|an extra|additional|extra|further|fresh)\\s+${Q}$`);
export const R9 = new RegExp(`\\ball\\s+(?:of\\s+)?(?:the\\s+|its\\s+|their\\s+)?${Q}$`);
export const R10 = new RegExp(`\\b(?:${MOVING})\\b`);
export const R11 = new RegExp(
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
export function pastPerfect(before: string): boolean {
  const m = /\bhad\s+(?:already\s+)?(?:been\s+)?\w+/.exec(before);
  if (!m) return false;
  const timed =
    /\b(?:already|earlier|previously|in (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d{2})|last (?:year|month|week))\b/.test(
      before.slice(m.index),
    );
  return timed || !REPORTED.test(before.slice(0, m.index));
}
