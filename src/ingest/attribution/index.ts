/**
 * Quotations and who said them, read in order sentence by sentence: each sentence's speech
 * clauses are resolved to speakers (stage two), which keeps the narrative current; then each
 * quotation starting in the sentence goes through the sieves (stage one). Not quotations:
 * quoted names and titles ("Iron Brigade", "Atlantic Resolve"), and scare quotes — a word or
 * two that no speech verb gives to anyone.
 */
import type { ArticleMentions, Mention } from '../mentions/index.ts';
import type { Token } from '../mentions/tokens.ts';
import { splitSentences, type Sentence } from '../sentences.ts';
import { isCommonWord } from '../placeReading.ts';
import { lowerBound, wordCount } from '../text.ts';
import type { QuoteDraft } from '../types.ts';
import { speechClauses } from './clauses.ts';
import { findQuoteMarks, type QuoteMarks } from './marks.ts';
import { Narrative, type Speaker } from './narrative.ts';
import { SIEVES } from './sieves/index.ts';
import type { Link, LinkedQuote, QuoteSite, ReadSentence } from './site.ts';
import { resolvePhrase, type PhraseContext } from './speakers.ts';

export type { Speaker } from './narrative.ts';

/** A sentence with its speakers and mentions, for claims. */
export interface AttributedSentence {
  sentence: Sentence;
  paragraphIndex: number;
  /** Who the sentence says speaks, in order of their clauses. */
  speakers: Speaker[];
  /** People and organisations named outside quotations. */
  mentions: Mention[];
}

const SPEECH_NOUNS = /\b(promise[sd]?|pledge[sd]?|vow(?:ed|s)?|words|phrase|slogan|remarks?|message|warning)\b/i;
/** Sieves that find the speaker in the quotation's own sentence: only these make a word or two a quote. */
const IN_SENTENCE = new Set(['trailing', 'colon', 'quotedAs', 'accordingTo', 'participle', 'verbBefore', 'verbAfter']);
const SMALL_WORDS = /^(of|the|and|for|in|on|to|a|an|de|la|al)$/i;

/** A fragment of the article's own sentence, rather than a statement quoted whole. */
function isPartial(text: string, sentence: Sentence, quote: QuoteMarks): boolean {
  const before = text.slice(sentence.start, quote.outerStart).trim();
  const words = text.slice(quote.start, quote.end);
  if (before === '' || /:$/.test(before)) return false;
  // 'he said, "We will…"' quotes a sentence; 'officers, "has completed its work"' a fragment.
  if (/,$/.test(before)) return !/^[\p{Lu}0-9]/u.test(words);
  return !(/^[\p{Lu}0-9]/u.test(words) && /[.,!?…]["”’]?$/.test(words));
}

/** A quoted name or title: every word capitalized, short, no sentence punctuation. */
const isTitle = (words: string): boolean =>
  wordCount(words) <= 5 &&
  !/[.!?]$/.test(words.replace(/,$/, '')) &&
  words
    .replace(/,$/, '')
    .split(/\s+/)
    .every((w) => SMALL_WORDS.test(w) || /^[\p{Lu}\d]/u.test(w));

function speakerFields(speaker: Speaker | undefined): Pick<QuoteDraft, 'speakerKey' | 'speakerOrganisationKey' | 'speakerDescription'> {
  if (!speaker) return {};
  if ('personKey' in speaker) return { speakerKey: speaker.personKey };
  if ('organisationKey' in speaker) return { speakerOrganisationKey: speaker.organisationKey };
  return { speakerDescription: speaker.description };
}

/** Quotes with their speakers; `via` names, for each quote, the sieve that linked it ('' for none). */
export interface Attribution {
  quotes: QuoteDraft[];
  via: string[];
  sentences: AttributedSentence[];
}

export function attributeQuotes(text: string, article: ArticleMentions): Attribution {
  const narrative = new Narrative(article.people);
  const quotes: QuoteDraft[] = [];
  const via: string[] = [];
  const linked: LinkedQuote[] = [];
  const sentences: AttributedSentence[] = [];
  let previous: QuoteSite['previous'];
  // Mentions come in text order: each paragraph's are a slice, found by binary search (a 1 MB text has 10,000 paragraphs).
  const mentionStarts = article.mentions.map((m) => m.start);
  for (const { paragraph, tokens, runs } of article.paragraphs) {
    const marks = findQuoteMarks(paragraph, previous?.endsOpen ?? false);
    const masked = (t: Token) => marks.some((q) => t.start >= q.outerStart && t.end <= q.outerEnd);
    const mentions = article.mentions
      .slice(lowerBound(mentionStarts, paragraph.start), lowerBound(mentionStarts, paragraph.end))
      .filter((m) => m.end <= paragraph.end);
    const ctx: PhraseContext = {
      text,
      tokens,
      mentions,
      runs,
      people: article.people,
      organisations: article.organisations,
      narrative,
      masked,
      spokeHere: [],
    };
    const starts = tokens.map((t) => t.start);
    const read: { sentence: Sentence; read: ReadSentence }[] = splitSentences(paragraph.text, paragraph.start).map((sentence) => {
      const clauses = speechClauses(tokens, lowerBound(starts, sentence.start), lowerBound(starts, sentence.end) - 1, masked);
      return {
        sentence,
        read: {
          start: sentence.start,
          end: sentence.end,
          clauses,
          quotes: marks.filter((q) => q.outerStart >= sentence.start && q.outerStart < sentence.end),
        },
      };
    });
    // Stage two for every clause of the paragraph first, in order (the narrative must be current
    // for the next pronoun): a quote may take its speaker from a later sentence ('"…." Ardern said.').
    const outsideOf = new Map<ReadSentence, Mention[]>();
    for (const { sentence, read: current } of read) {
      let last: Speaker | undefined;
      // "Gedvilas voted against, arguing that …": a participle speaks for the sentence's subject.
      const subjectOf = (at: number): Speaker | undefined => {
        // ("Republican People's Party (CHP) Istanbul deputy Oğuz Kaan Salıcı criticized the plan, saying …": the person, not the party.)
        const before = mentions.filter(
          (m) =>
            m.kind !== 'PLACE' &&
            m.start >= sentence.start &&
            m.end <= at &&
            !marks.some((q) => m.start >= q.outerStart && m.end <= q.outerEnd),
        );
        const first = before.find((m) => m.kind === 'PERSON') ?? before[0];
        // ("Hundreds of Swedish troops arrived …, a mission Sweden is calling …": an ordinary word opening the sentence is nobody.)
        const name = runs.find((r) => r.kind === 'NAME' && r.start >= sentence.start && r.end <= at && !isCommonWord(r.name));
        if (name && (!first || name.start < first.start || first.kind !== 'PERSON'))
          return { personKey: article.people.add(name.name, name.title).key };
        return first ? (first.kind === 'PERSON' ? { personKey: first.key } : { organisationKey: first.key }) : undefined;
      };
      for (const clause of current.clauses) {
        const speaker = clause.subject
          ? resolvePhrase(ctx, clause.subject)
          : clause.form === 'PARTICIPLE'
            ? (last ?? subjectOf(clause.cueStart))
            : undefined;
        if (speaker) {
          clause.speaker = speaker;
          narrative.spoke(speaker);
          ctx.spokeHere.push(speaker);
          last = speaker;
        }
      }
      const outside = mentions.filter(
        (m) => m.start >= sentence.start && m.end <= sentence.end && !marks.some((q) => m.start >= q.outerStart && m.end <= q.outerEnd),
      );
      for (const m of outside) {
        if (m.kind === 'PERSON') narrative.mentionPerson(m.key);
        if (m.kind === 'ORGANISATION') narrative.mentionOrganisation(m.key);
      }
      outsideOf.set(current, outside);
    }
    const mentioned = [...outsideOf.values()].flat().filter((m) => m.kind !== 'PLACE');
    for (const { sentence, read: current } of read) {
      const outside = outsideOf.get(current) ?? [];
      for (const quote of current.quotes) {
        const first = outside.find((m) => m.kind !== 'PLACE' && m.end <= quote.outerStart);
        const subject: Speaker | undefined = first
          ? first.kind === 'PERSON'
            ? { personKey: first.key }
            : { organisationKey: first.key }
          : undefined;
        const partial = isPartial(text, sentence, quote);
        const site: QuoteSite = {
          text,
          quote,
          partial,
          paragraph,
          tokens,
          sentence: current,
          sentences: read.map((r) => r.read),
          linked,
          mentioned,
          ...(previous ? { previous } : {}),
          ...(subject ? { subject } : {}),
        };
        let link: Link | undefined;
        let sieve = '';
        for (const s of SIEVES) {
          link = s.link(site);
          if (link?.speaker || link?.blocked) {
            sieve = s.name;
            break;
          }
        }
        const words = text.slice(quote.start, quote.end);
        const spoken = (link?.strong && IN_SENTENCE.has(sieve)) || SPEECH_NOUNS.test(sentence.text);
        const embedded = !/(?:^|[:,—–-])\s*$/.test(text.slice(sentence.start, quote.outerStart));
        if ((embedded && isTitle(words)) || (partial && (!link?.speaker || (wordCount(words) <= 2 && !spoken)))) continue;
        if (link?.speaker && sieve !== 'subject') narrative.spoke(link.speaker);
        // A quotation the paragraph before left open goes on here without reopening, whatever linked it
        // (a paragraph that reopens it with a mark is a quotation of its own).
        const carried =
          previous?.endsOpen === true &&
          quote.outerStart === paragraph.start &&
          quote.start === paragraph.start &&
          linked.at(-1)?.paragraph === previous.paragraph;
        const continues = link?.continues || carried ? quotes.length - 1 : undefined;
        linked.push({ quote, ...(link?.speaker ? { speaker: link.speaker } : {}), sieve, paragraph, continues: continues !== undefined });
        via.push(link?.speaker ? sieve : '');
        quotes.push({
          text: words,
          start: quote.start,
          end: quote.end,
          partial,
          ...speakerFields(link?.speaker),
          ...(link?.verb && sieve !== 'openContinuation' && sieve !== 'conversation' && !continues ? { attributionVerb: link.verb } : {}),
          ...(continues !== undefined && continues >= 0 ? { continues } : {}),
          paragraphIndex: paragraph.index,
        });
      }
      sentences.push({
        sentence,
        paragraphIndex: paragraph.index,
        speakers: current.clauses.flatMap((c) => (c.speaker ? [c.speaker] : [])),
        mentions: outside.filter((m) => m.kind !== 'PLACE'),
      });
    }
    // Who the paragraph's last sentence is about: 'Colonel X was blunt:' introduces the next paragraph's quotation.
    const lastSubject = (outsideOf.get(read.at(-1)?.read as ReadSentence) ?? []).find((m) => m.kind !== 'PLACE');
    previous = {
      paragraph,
      sentences: read.map((r) => r.read),
      endsOpen: marks.some((q) => q.open),
      ...(lastSubject
        ? { subject: lastSubject.kind === 'PERSON' ? { personKey: lastSubject.key } : { organisationKey: lastSubject.key } }
        : {}),
    };
  }
  return { quotes, via, sentences };
}
