/** Kind rules, last: what tense and time say (remaining, past times, the state now, peaks, movements, the future, history). */
import type { KindRule } from './kinds.ts';
import {
  ASIDE,
  FUTURE,
  MOVEMENT_NOUN,
  ORDERED_MOVEMENT,
  PAST_MARKERS,
  PAST_TENSE,
  PAST_TIME,
  R1,
  R10,
  R11,
  REPORTED,
  STATE_PASSIVE,
  pastPerfect,
} from './kindPatterns.ts';

export const TIME_RULES: readonly KindRule[] = [
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
