/**
 * Test data for the quote tests, built by hand (tests/helpers/drafts.ts): a partial quote, a
 * quote told to reporters, one continuing it without a verb, and one from an unnamed source.
 */
import type { ArticleDraft } from '../../ingest/types.ts';
import { buildDraft, country } from '../../../tests/helpers/drafts.ts';

export function germanyQuotes(): ArticleDraft {
  return buildDraft({
    headline: 'Germany to host more US troops',
    publishedAt: '2021-06-04T11:00:00.000Z',
    people: [{ name: 'Karin Vogt', roles: ['Defence Minister'], aliases: ['Vogt'], gender: 'FEMALE' }],
    locations: [country('Germany', 'DE')],
    paragraphs: [
      'The deployment is a "clear signal" to Moscow, Defence Minister Karin Vogt said on Friday.',
      '"We will train together and stand together," Vogt told reporters.',
      '"The first units arrive in May."',
      '"It is a symbolic move," a senior NATO diplomat said.',
    ],
    quotes: [
      { text: 'clear signal', partial: true, speaker: 'Karin Vogt', attributionVerb: 'said' },
      { text: 'We will train together and stand together', speaker: 'Karin Vogt', attributionVerb: 'told reporters' },
      { text: 'The first units arrive in May.', speaker: 'Karin Vogt' },
      { text: 'It is a symbolic move', speakerDescription: 'a senior NATO diplomat', attributionVerb: 'said' },
    ],
  });
}

/** An article of one quote and two people, for a test that corrects or deletes the quote. */
export function quoteToCorrect(tag: string): ArticleDraft {
  return buildDraft({
    headline: `Units on alert (${tag})`,
    people: [{ name: 'Ana Ruiz', roles: ['Colonel'] }, { name: 'Tom Becker', roles: ['Major'] }],
    paragraphs: [`"Our troops remain on alert," said Colonel Ana Ruiz, standing beside Major Tom Becker (${tag}).`],
    quotes: [{ text: 'Our troops remain on alert', speaker: 'Ana Ruiz', attributionVerb: 'said' }],
  });
}
