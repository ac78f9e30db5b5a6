/**
 * Who says something in a sentence: a named person, a pronoun, a role ("the general") or an
 * unnamed source ("a senior defence official"), found next to a speech verb. Pronouns and
 * roles resolve against the narrative so far: the most recent *speaker* of matching gender
 * (someone the article has shown saying, confirming or announcing), and only failing that
 * the most recently mentioned person — in "X said ... Y tries ... 'quote,' he said", he is X.
 */
import { SPEECH_VERBS, type People, type PersonMention } from './people.ts';
import type { Gender } from './types.ts';

export interface Attribution {
  speakerKey?: string;
  speakerDescription?: string;
  verb: string;
  /** Offset of the attribution clause within the sentence. */
  at: number;
}

const SOURCE_NOUNS =
  'official|officials|spokesman|spokeswoman|spokesperson|diplomat|diplomats|source|sources|aide|aides|adviser|advisers|advisor|officer|officers|analyst|analysts|commander|commanders|insider|insiders|lawmaker|lawmakers|envoy|representative|ministry|government|statement|people familiar with [\\w\\s]+';
const DETERMINER = "(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther|[Tt]he|[Aa]nother|[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*)*[’']s)";
const PLURAL_SOURCES = 'officials|sources|diplomats|aides|advisers|analysts|lawmakers|commanders|officers';
/** "a senior Trump administration official", "South Korea's defence ministry", "US officials". */
export const UNNAMED_SOURCE = new RegExp(
  `\\b((?:${DETERMINER}\\s+(?:[\\w'-]+\\s+){0,6}(?:${SOURCE_NOUNS})(?:\\s+(?:for|of|in|at|from)\\s+(?:the\\s+)?[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)*)?)|(?:[A-Z][\\w.-]*\\s+){1,3}(?:${PLURAL_SOURCES}))\\b(?:,?\\s+(?:who|speaking|on condition)[^,.;"“”]*)?`,
  'g',
);
const ROLE_NOUN = /\b(?:the|this)\s+(general|president|minister|secretary|senator|commander|admiral|colonel|chancellor|ambassador|spokesman|spokeswoman|governor|mayor|officer|leader)\b/gi;
const VERB = `(${SPEECH_VERBS}|told reporters|according to)`;
const PRONOUN_THEN_VERB = new RegExp(`\\b(he|she|they)\\s+(?:also\\s+|later\\s+|then\\s+|has\\s+|had\\s+)?${VERB}\\b`, 'gi');
const VERB_THEN_PRONOUN = new RegExp(`\\b${VERB}\\s+(he|she)\\b`, 'gi');

interface Speaker {
  key?: string;
  description?: string;
}

export type SpeakerRef = Pick<Attribution, 'speakerKey' | 'speakerDescription'>;

export class Narrative {
  private speakers: Speaker[] = [];
  private mentioned: string[] = [];

  constructor(private readonly people: People) {}

  spoke(speaker: SpeakerRef): void {
    const entry: Speaker = speaker.speakerKey ? { key: speaker.speakerKey } : { description: speaker.speakerDescription ?? '' };
    this.speakers = [entry, ...this.speakers.filter((s) => s.key !== entry.key || s.description !== entry.description)];
    if (speaker.speakerKey) this.mention(speaker.speakerKey);
  }

  mention(key: string): void {
    this.mentioned = [key, ...this.mentioned.filter((k) => k !== key)];
  }

  private genderOf(speaker: Speaker): Gender | undefined {
    if (speaker.key) return this.people.get(speaker.key)?.gender;
    return /\b(spokeswoman|woman|businesswoman|congresswoman)\b/i.test(speaker.description ?? '')
      ? 'FEMALE'
      : /\b(spokesman|man|congressman)\b/i.test(speaker.description ?? '')
        ? 'MALE'
        : undefined;
  }

  /** he/she → the latest speaker of that gender, then one of unknown gender, then the latest mention. */
  resolvePronoun(pronoun: string): SpeakerRef | undefined {
    const gender: Gender | undefined = /^he$/i.test(pronoun) ? 'MALE' : /^she$/i.test(pronoun) ? 'FEMALE' : undefined;
    const speaker =
      this.speakers.find((s) => this.genderOf(s) === gender) ?? this.speakers.find((s) => this.genderOf(s) === undefined && s.key);
    if (speaker) return speaker.key ? { speakerKey: speaker.key } : { speakerDescription: speaker.description ?? '' };
    const key = this.mentioned.find((k) => !gender || !this.people.get(k)?.gender || this.people.get(k)?.gender === gender);
    return key ? { speakerKey: key } : undefined;
  }

  resolveRole(role: string): string | undefined {
    const has = (key: string) => this.people.get(key)?.roles.some((r) => r.toLowerCase().includes(role.toLowerCase())) ?? false;
    return this.speakers.flatMap((s) => (s.key ? [s.key] : [])).find(has) ?? this.mentioned.find(has);
  }
}

/** Replaces the inside of quotations with spaces, keeping offsets. */
export function maskQuotes(text: string): string {
  return text.replace(/(["“])([^"“”]*)(["”]|$)/g, (_m, open: string, inner: string, close: string) => open + ' '.repeat(inner.length) + close);
}

/**
 * Speech attributions in a sentence (quotations masked), nearest first to `near`.
 * `mentions` are person mentions with offsets relative to the sentence.
 */
export function attributionsIn(sentence: string, mentions: PersonMention[], narrative: Narrative, near = 0): Attribution[] {
  const masked = maskQuotes(sentence);
  const found: Attribution[] = [];
  for (const mention of mentions) {
    const after = masked.slice(mention.end);
    // "McKenzie said", "Gen. McKenzie, the top commander, confirmed", "McKenzie told reporters"
    const forward = new RegExp(`^(?:,[^,"“”]{2,90})?,?\\s+(?:also\\s+|later\\s+|has\\s+|had\\s+|on \\w+\\s+)?${VERB}\\b`).exec(after);
    const before = masked.slice(0, mention.start);
    const backward = new RegExp(`\\b${VERB}\\s+(?:[A-Z][\\w.]*\\s+){0,4}$`, 'i').exec(before);
    if (forward?.[1]) found.push({ speakerKey: mention.key, verb: forward[1], at: mention.start });
    else if (backward?.[1]) found.push({ speakerKey: mention.key, verb: backward[1], at: backward.index });
  }
  for (const regex of [PRONOUN_THEN_VERB, VERB_THEN_PRONOUN]) {
    for (const match of masked.matchAll(new RegExp(regex.source, 'gi'))) {
      const pronoun = regex === PRONOUN_THEN_VERB ? match[1] : match[2];
      const verb = regex === PRONOUN_THEN_VERB ? match[2] : match[1];
      const speaker = pronoun && !/^they$/i.test(pronoun) ? narrative.resolvePronoun(pronoun) : undefined;
      if (speaker && verb) found.push({ ...speaker, verb: verb.toLowerCase(), at: match.index ?? 0 });
    }
  }
  for (const match of masked.matchAll(new RegExp(ROLE_NOUN.source, 'gi'))) {
    const tail = new RegExp(`^\\s+(?:also\\s+)?${VERB}\\b`).exec(masked.slice((match.index ?? 0) + match[0].length));
    const key = match[1] ? narrative.resolveRole(match[1]) : undefined;
    if (tail?.[1] && key) found.push({ speakerKey: key, verb: tail[1], at: match.index ?? 0 });
  }
  for (const match of masked.matchAll(new RegExp(UNNAMED_SOURCE.source, 'g'))) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const forward = new RegExp(`^,?\\s+(?:also\\s+|has\\s+|have\\s+|had\\s+|on \\w+\\s+)?${VERB}\\b`).exec(masked.slice(end));
    const backward = new RegExp(`\\b${VERB}\\s+$`, 'i').exec(masked.slice(0, start));
    const verb = forward?.[1] ?? backward?.[1];
    const description = (match[1] ?? '').trim();
    if (verb && !/^the (statement|government|ministry)$/i.test(description)) found.push({ speakerDescription: description, verb, at: start });
  }
  return found.sort((a, b) => Math.abs(a.at - near) - Math.abs(b.at - near));
}
