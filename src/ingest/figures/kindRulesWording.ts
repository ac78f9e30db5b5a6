/** Kind rules, next: changes, targets and levels read from the wording around a count ("from A to B", "by N", "N more", caps). */
import type { KindRule } from './kinds.ts';
import {
  CHANGED_FROM,
  FUTURE,
  LEVEL_DONE,
  PART_OF,
  PAST_YEAR,
  Q,
  R1,
  R3,
  R3B,
  R3C,
  R4,
  R4B,
  R5,
  R6,
  R7,
  R8,
  R9,
  TAKE_TO,
} from './kindPatterns.ts';

export const WORDING_RULES: readonly KindRule[] = [
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
];
