/**
 * Stage one of quote attribution (Muzny et al., "A Two-stage Sieve Approach for Quote
 * Attribution", EACL 2017): sieves tried in order, from the most to the least precise; the
 * first that links the quotation to a speech clause (or to an earlier quotation) wins.
 */
import type { Sieve } from '../site.ts';
import { accordingTo } from './accordingTo.ts';
import { colon } from './colon.ts';
import { conversation } from './conversation.ts';
import { lonePerson } from './lonePerson.ts';
import { openContinuation } from './openContinuation.ts';
import { paragraphSpeaker } from './paragraphSpeaker.ts';
import { participle } from './participle.ts';
import { quotedAs } from './quotedAs.ts';
import { subject } from './subject.ts';
import { trailing } from './trailing.ts';
import { verbAfter } from './verbAfter.ts';
import { verbBefore } from './verbBefore.ts';

export const SIEVES: readonly Sieve[] = [
  trailing,
  colon,
  quotedAs,
  accordingTo,
  participle,
  verbBefore,
  verbAfter,
  openContinuation,
  paragraphSpeaker,
  lonePerson,
  conversation,
  subject,
];
