/** Kind rules, first: counts that are no troop level at all (a unit's size, troops trained, an army's whole size). */
import type { KindRule } from './kinds.ts';
import { ARMY_HAS, ARMY_SIZE, CAPACITY, R0, R1, R2 } from './kindPatterns.ts';

export const NOT_LEVEL_RULES: readonly KindRule[] = [
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
];
