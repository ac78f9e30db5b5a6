/**
 * Stage two of attribution: the noun phrase of a speech clause → who speaks. A person named in
 * it (the last one: "spokesman for the district Captain Igor Shcherbakov"); a pronoun or "who"
 * through the narrative; an organisation (named, or a ministry/military/statement of a
 * country, or a capital standing for its government); a definite role ("the general") through
 * the narrative; otherwise an unnamed source kept as its description ("a senior official").
 */
import { DETERMINERS } from '../lexicon/common.ts';
import { DOCUMENT_NOUNS, ORGANISATION_HEADS, SOURCE_NOUNS } from '../lexicon/organisations.ts';
import { ROLE_NOUNS } from '../lexicon/titles.ts';
import type { Mention } from '../mentions/index.ts';
import type { NameRun } from '../mentions/names.ts';
import type { Organisations } from '../mentions/organisations.ts';
import { personKey, type People } from '../mentions/people.ts';
import type { Token } from '../mentions/tokens.ts';
import { phraseEndingAt, type NounPhrase } from './clauses.ts';
import { countriesIn, type Narrative, type Speaker } from './narrative.ts';

export interface PhraseContext {
  text: string;
  tokens: Token[];
  /** Mentions and name runs of the paragraph, in order. */
  mentions: Mention[];
  runs: NameRun[];
  people: People;
  organisations: Organisations;
  narrative: Narrative;
  masked: (t: Token) => boolean;
  /** Speakers of this paragraph's clauses resolved so far, latest last. */
  spokeHere: Speaker[];
}

const ROLES = new Set(ROLE_NOUNS);
const SOURCES = new Set(SOURCE_NOUNS);
const DOCUMENTS = new Set(DOCUMENT_NOUNS.filter((d) => !d.includes(' ')));
const INDEFINITE = /^(a|an|one|two|three|four|several|some|other|another|many|\d[\d,]*)$/;
const DEFINITE = /^(the|this|that|these|those|its|his|her|their)$/;
const low = (t: Token | undefined): string => t?.lower ?? '';

const phraseText = (ctx: PhraseContext, np: NounPhrase): string => ctx.text.slice(np.start, np.end).replace(/\s+/g, ' ');

function inside(ctx: PhraseContext, np: NounPhrase, kind: Mention['kind']): Mention[] {
  return ctx.mentions.filter((m) => m.kind === kind && m.start >= np.start && m.end <= np.end);
}

/** A person the phrase names: a known or titled person anywhere in it. */
function namedPersonIn(ctx: PhraseContext, np: NounPhrase): Speaker | undefined {
  const named = inside(ctx, np, 'PERSON').at(-1);
  return named ? { personKey: named.key } : undefined;
}

/**
 * A bare name that heads the phrase speaks as a person ("Ardern said"): not one that only
 * qualifies another head ("Libya's Tripoli-based government"), not a single adjective
 * ("African"), not one word nobody introduced ("Itamaraty said": a ministry's nickname, an agency).
 */
function barePersonIn(ctx: PhraseContext, np: NounPhrase): Speaker | undefined {
  const bare = ctx.runs
    .filter(
      (r) => r.kind === 'NAME' && r.start >= np.start && r.end === np.end && !(r.first === r.last && ctx.tokens[r.first]?.pos === 'ADJ'),
    )
    .at(-1);
  if (!bare || (!bare.name.includes(' ') && !bare.title && !ctx.people.bySurname(bare.name) && !ctx.people.get(personKey(bare.name))))
    return undefined;
  return { personKey: ctx.people.add(bare.name, bare.title).key };
}

/** The mention opens its sentence's subject: no verb stands between the sentence start and it. */
function isSubject(ctx: PhraseContext, m: Mention): boolean {
  for (let i = ctx.tokens.findIndex((t) => t.start === m.start) - 1; i >= 0; i--) {
    const t = ctx.tokens[i] as Token;
    if (ctx.masked(t)) return false;
    if (/^[.!?]$/.test(t.text)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return true;
}

export function resolvePhrase(ctx: PhraseContext, np: NounPhrase): Speaker | undefined {
  const words = ctx.tokens.slice(np.first, np.last + 1).filter((t) => !ctx.masked(t));
  const head = low(words[0]);
  if (words.length === 1 && (head === 'he' || head === 'she')) {
    // Within the paragraph first: who spoke in it, then who it named ("Kaja Kallas welcomed the decision. She said: …").
    const spoke = [...ctx.spokeHere].reverse().find((s) => 'personKey' in s && ctx.narrative.fits(s, head));
    const named = ctx.mentions
      .filter((m) => m.kind === 'PERSON' && m.end <= np.start && isSubject(ctx, m))
      .reverse()
      .find((m) => ctx.narrative.fits({ personKey: m.key }, head));
    return spoke ?? (named ? { personKey: named.key } : ctx.narrative.pronoun(head));
  }
  if (words.length === 1 && (head === 'it' || head === 'they')) return ctx.narrative.pronoun(head);
  if (words.length === 1 && (head === 'who' || head === 'which')) {
    // "Olaf Scholz, who pledged …": the phrase before the comma.
    // (Without a comma too: "Foreign Minister X who called 1999 …".)
    const comma = np.first - 1;
    let antecedent =
      ctx.tokens[comma]?.text === ','
        ? phraseEndingAt(ctx.tokens, comma - 1, 0, ctx.masked)
        : phraseEndingAt(ctx.tokens, np.first - 1, 0, ctx.masked);
    // "Sen. Jane Doe, R-South Carolina, who told …": past a party and state to the person.
    if (antecedent && /^[RDI]-\p{Lu}/u.test(phraseText(ctx, antecedent)) && ctx.tokens[antecedent.first - 1]?.text === ',') {
      antecedent = phraseEndingAt(ctx.tokens, antecedent.first - 2, 0, ctx.masked) ?? antecedent;
    }
    return antecedent ? resolvePhrase(ctx, antecedent) : ctx.narrative.latestSpeaker();
  }
  const lows = words.map(low);
  const text = phraseText(ctx, np).replace(/^(?:the|a|an)\s+/i, '');
  // The head noun: the last word before an "of"/"from"/"in" complement ("the head of …", "a press release from …").
  const link = lows.findIndex((w, i) => i > 0 && ['of', 'from', 'in', 'for', 'at', 'with', 'to', 'on'].includes(w));
  const headNoun = (link === -1 ? lows : lows.slice(0, link)).filter((w) => !/^['’]s?$/.test(w)).at(-1) ?? '';
  // "a senior Trump administration official", "a spokeswoman for U.S. Forces Korea": an unnamed source, whoever it names.
  const endsInName =
    ctx.mentions.some((m) => m.kind === 'PERSON' && m.end === np.end) || ctx.runs.some((r) => r.kind === 'NAME' && r.end === np.end);
  if (!endsInName && SOURCES.has(headNoun) && (INDEFINITE.test(head) || (!DEFINITE.test(head) && headNoun.endsWith('s'))))
    return { description: phraseText(ctx, np) };
  // "the peacekeeping chief, Alain Le Roy, told": a person in the appositive speaks for the role;
  // "the Director, Defence Information, Maj.-Gen. Tunde Bakare-Ilori": a titled person before a bare name.
  const appositive = np.appositive;
  const person =
    namedPersonIn(ctx, np) ??
    (appositive ? namedPersonIn(ctx, appositive) : undefined) ??
    barePersonIn(ctx, np) ??
    (appositive ? barePersonIn(ctx, appositive) : undefined);
  if (person) return person;
  // ("the NATO chief told reporters": a person with a role in the organisation, resolved below.)
  const organisation = inside(ctx, np, 'ORGANISATION').at(-1);
  const personRole = ROLES.has(headNoun) && !SOURCES.has(headNoun) && (head === 'the' || head === 'this');
  if (organisation && !personRole) return { organisationKey: organisation.key };
  const place = inside(ctx, np, 'PLACE')[0];
  const orgHead = headNoun in ORGANISATION_HEADS ? headNoun : undefined;
  // "South Korea's defense ministry", "the French president's office", "Kigali said".
  // ("the U.S. commander" is a person with a role, not the country speaking.)
  if (place && (orgHead || words.length <= 3) && !ROLES.has(headNoun)) {
    const countryCode = place.run.location?.isoCode;
    return {
      organisationKey: ctx.organisations.add(orgHead ? text : place.run.name, {
        ...(countryCode ? { countryCode } : {}),
        ...(orgHead ? {} : { kind: 'GOVERNMENT' as const }),
      }).key,
    };
  }
  const document = DOCUMENTS.has(headNoun) || (headNoun === 'release' && lows.includes('press'));
  if (document) {
    // "the statement read": whoever issued the statement spoke last.
    const latest = ctx.narrative.latestSpeaker();
    if (latest && !('personKey' in latest)) return latest;
    return { description: phraseText(ctx, np) };
  }
  const definite = head === 'the' || head === 'this';
  const roleNoun = ROLES.has(headNoun) ? headNoun : undefined;
  if (definite && roleNoun) {
    // "the spokesman said", "added the head of Ukraine's defence intelligence": the person with that role, else the last to speak.
    // A role with its own complement ("the chairman of the foreign affairs committee") introduces someone new.
    const anaphoric = !SOURCES.has(roleNoun) && !lows.some((w) => /^(?:of|for|in|at|from|with|who|on)$/.test(w));
    // Its other words must be in the role too ("prime" of "the Australian prime minister"), countries and demonyms aside.
    const countries = countriesIn(text);
    const modifiers = lows
      .slice(1, lows.indexOf(roleNoun))
      .filter((w) => /^\p{Ll}+$/u.test(w) && countriesIn(w).size === 0 && !DETERMINERS.has(w));
    const byRole = ctx.narrative.role(roleNoun, countries, modifiers) ?? (anaphoric ? ctx.narrative.latestPerson() : undefined);
    if (byRole) return byRole;
  }
  if (orgHead && definite && words.length <= 3) {
    const known = ctx.organisations.byHead(orgHead);
    if (known) return { organisationKey: known.key };
  }
  if (orgHead) return { organisationKey: ctx.organisations.add(text).key };
  if (SOURCES.has(headNoun) || ROLES.has(headNoun) || INDEFINITE.test(head)) return { description: phraseText(ctx, np) };
  // A capitalized name nothing else knew, speaking: a person ("Jacinda Ardern said"); one word
  // nobody introduced, or an acronym, is an organisation ("Itamaraty said", "the NZDF said").
  const capitalized = words.filter((t) => /^\p{Lu}/u.test(t.text));
  if (capitalized.length === 1 && (words.length === 1 || (definite && words.length === 2)) && /^\p{Lu}/u.test(capitalized[0]?.text ?? '')) {
    const name = capitalized[0]?.text ?? '';
    if (/^\p{Lu}{2,}$/u.test(name) || (!ctx.people.bySurname(name) && !ctx.people.get(personKey(name))))
      return { organisationKey: ctx.organisations.add(name).key };
  }
  if (capitalized.length > 0 && capitalized.length === words.length && words.length <= 4)
    return { personKey: ctx.people.add(phraseText(ctx, np)).key };
  return undefined;
}
