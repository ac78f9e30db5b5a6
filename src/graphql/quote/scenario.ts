/**
 * Test data for the quote tests, built by hand (tests/helpers/drafts.ts): a partial quote, a
 * quote told to reporters, one continuing it without a verb, and one from an unnamed source;
 * a ministry speaking in two segments of one utterance.
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

/** A ministry's utterance in two segments, and a quote of a person continuing nothing. */
export function ministryQuotes(): ArticleDraft {
  return buildDraft({
    headline: 'Seoul extends its Lebanon mission',
    publishedOn: '2023-11-20',
    publishedPrecision: 'DAY',
    organisations: [
      { name: 'Ministry of National Defense', kind: 'MINISTRY', aliases: ["South Korea's defence ministry"], countryCode: 'KR' },
    ],
    people: [{ name: 'Min-jun Park', roles: ['Lieutenant Colonel'] }],
    paragraphs: [
      '"The Dongmyeong unit will stay another year," South Korea\'s defence ministry said. "Its 280 troops rotate in May."',
      '"We are proud to serve," Lieutenant Colonel Min-jun Park said.',
    ],
    quotes: [
      {
        text: 'The Dongmyeong unit will stay another year',
        speakerOrganisation: "South Korea's defence ministry",
        attributionVerb: 'said',
      },
      { text: 'Its 280 troops rotate in May.', speakerOrganisation: 'Ministry of National Defense', continues: 0 },
      { text: 'We are proud to serve', speaker: 'Min-jun Park', attributionVerb: 'said' },
    ],
  });
}

/** An article of one quote, two people and an organisation, for a test that corrects or deletes the quote. */
export function quoteToCorrect(tag: string): ArticleDraft {
  return buildDraft({
    headline: `Units on alert (${tag})`,
    people: [
      { name: 'Ana Ruiz', roles: ['Colonel'] },
      { name: 'Tom Becker', roles: ['Major'] },
    ],
    organisations: [{ key: `army press office ${tag}`, name: 'Army Press Office', kind: 'MILITARY' }],
    paragraphs: [
      `"Our troops remain on alert," said Colonel Ana Ruiz, standing beside Major Tom Becker (${tag}).`,
      `The Army Press Office confirmed the alert (${tag}).`,
    ],
    quotes: [{ text: 'Our troops remain on alert', speaker: 'Ana Ruiz', attributionVerb: 'said' }],
  });
}
