/**
 * How a count is qualified ("more than 2,000", "up to 1,200", "some 3,500") and the verbs that
 * say what happens to a force. One list each, for figures and claims alike.
 */
import type { Qualifier } from '../types.ts';

/** Phrases before a number, longest first within each qualifier. */
export const QUALIFIER_PHRASES: [string, Qualifier][] = [
  ['more than', 'MORE_THAN'], ['upwards of', 'MORE_THAN'], ['in excess of', 'MORE_THAN'], ['over', 'MORE_THAN'], ['above', 'MORE_THAN'],
  ['fewer than', 'FEWER_THAN'], ['less than', 'FEWER_THAN'], ['under', 'FEWER_THAN'], ['below', 'FEWER_THAN'],
  ['just under', 'ALMOST'], ['close to', 'ALMOST'], ['just shy of', 'ALMOST'], ['almost', 'ALMOST'], ['nearly', 'ALMOST'],
  ['at least', 'AT_LEAST'], ['a minimum of', 'AT_LEAST'], ['no fewer than', 'AT_LEAST'], ['not less than', 'AT_LEAST'],
  ['up to', 'UP_TO'], ['as many as', 'UP_TO'], ['a maximum of', 'UP_TO'], ['no more than', 'UP_TO'], ['not exceeding', 'UP_TO'], ['not more than', 'UP_TO'],
  ['about', 'APPROXIMATELY'], ['around', 'APPROXIMATELY'], ['roughly', 'APPROXIMATELY'], ['approximately', 'APPROXIMATELY'], ['some', 'APPROXIMATELY'],
  ['an estimated', 'APPROXIMATELY'], ['estimated', 'APPROXIMATELY'], ['approx.', 'APPROXIMATELY'], ['circa', 'APPROXIMATELY'], ['about a', 'APPROXIMATELY'],
  ['around a', 'APPROXIMATELY'], ['an approximate', 'APPROXIMATELY'], ['just over', 'MORE_THAN'], ['well over', 'MORE_THAN'],
  // "reducing the contingent from 240 to just 50": emphasis, not approximation.
  ['just', 'EXACT'], ['only', 'EXACT'], ['a mere', 'EXACT'],
];

/** Moving troops somewhere: the place is where they go. ("Station" and "post" say where troops are, not that they move.) */
export const DEPLOYING_VERBS = [
  'send', 'sends', 'sending', 'sent', 'deploy', 'deploys', 'deploying', 'deployed', 'dispatch', 'dispatches', 'dispatching', 'dispatched',
  'arrive', 'arrives', 'arriving', 'arrived', 'rush', 'rushed', 'commit', 'commits',
  'committed', 'committing', 'pledge', 'pledged', 'pledges', 'offer', 'offered', 'contribute', 'contributed', 'contributes', 'provide',
  'provided', 'provides', 'add', 'adds', 'adding', 'added', 'bolster', 'reinforce', 'reinforced', 'made available', 'assign', 'assigned',
  'bring in', 'brings in', 'bringing in', 'brought in', 'send in', 'sending in', 'sent in', 'go in', 'went in', 'go into', 'went into', 'going into', 'move in', 'moved in', 'moved into', 'moving in', 'sent into',
  'crossed into', 'crossed out of', 'head to', 'heads to', 'headed to', 'heading to', 'bound for', 'landed', 'bolstered', 'bolstering',
  'head for', 'heads for', 'headed for', 'heading for', 'left for', 'leave for', 'leaves for', 'leaving for', 'set off', 'sets off', 'setting off',
  'activate', 'activates', 'activated', 'activating',
];

/** Taking troops out: the place is the country left. */
export const WITHDRAWING_VERBS = [
  'withdraw', 'withdraws', 'withdrawing', 'withdrawn', 'withdrew', 'pull', 'pulls', 'pulling', 'pulled', 'remove', 'removes', 'removing',
  'removed', 'leave', 'leaves', 'leaving', 'left', 'depart', 'departs', 'departing', 'departed', 'bring home', 'brought home', 'bringing home',
  'return home', 'returned home', 'returning home', 'come home', 'came home', 'go home', 'went home', 'head home', 'arrived back', 'returned',
  'shed', 'sheds', 'shedding', 'cut', 'cuts', 'cutting', 'reduce', 'reduces', 'reducing', 'reduced', 'drawdown', 'draw down', 'drew down',
  'evacuate', 'evacuated', 'exit', 'exited', 'quit', 'fly out', 'flew out', 'flying out', 'flown out', 'ship out', 'shipped out',
];

/** Moving troops from one place to another: the place is where they are now. */
export const RELOCATING_VERBS = ['relocate', 'relocates', 'relocating', 'relocated', 'transfer', 'transfers', 'transferring', 'transferred', 'move', 'moves', 'moving', 'moved', 'shift', 'shifts', 'shifting', 'shifted', 'redeploy', 'redeploys', 'redeploying', 'redeployed', 'reposition', 'repositioned', 'rotate', 'rotated'];

/** Verbs of a level changing: "reduced from A to B", "cut by N", "increase to N". */
export const LEVEL_CHANGE_VERBS = [
  'reduce', 'reduced', 'reducing', 'reduction', 'downsize', 'downsizes', 'downsized', 'downsizing', 'cut', 'cuts', 'cutting', 'increase', 'increased', 'increasing', 'boost', 'boosted', 'boosting',
  'raise', 'raised', 'raising', 'drop', 'dropped', 'drops', 'fall', 'fell', 'fallen', 'shrink', 'shrank', 'shrunk', 'trim', 'trimmed',
  'slash', 'slashed', 'grow', 'grew', 'grown', 'rise', 'rose', 'risen', 'swell', 'swelled', 'expand', 'expanded', 'decrease', 'decreased',
  'scale down', 'scaled down', 'scale up', 'scaled up', 'bring', 'brought', 'bringing', 'lower', 'lowered', 'double', 'doubled', 'triple',
  'tripled', 'halve', 'halved', 'drawdown', 'draw down', 'ramp up', 'ramping up', 'build up', 'beef up', 'beefed up', 'go down', 'go up',
];
