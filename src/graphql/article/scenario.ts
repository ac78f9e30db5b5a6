/**
 * Test data for the article tests, built by hand (tests/helpers/drafts.ts): an article with
 * every kind of paragraph, and an older one about the same place.
 */
import type { ArticleDraft } from '../../ingest/types.ts';
import { buildDraft, country } from '../../../tests/helpers/drafts.ts';

export const HEADLINE = 'UK doubles its force in Estonia';
export const STANDFIRST = 'Another 900 troops will join the NATO battlegroup at Tapa';
export const BODY = [
  'Britain will double its force in Estonia to 1,800 troops, Defence Secretary Helen Marsh said on Tuesday.',
  '"We will not be moved," Marsh said.',
  'The battlegroup was formed in 2017.',
];

export function estoniaReport(): ArticleDraft {
  return buildDraft({
    headline: HEADLINE,
    standfirst: STANDFIRST,
    dateline: '1 March 2022, 17:45',
    byline: 'By Nadia Okafor, Defence Correspondent',
    publishedAt: '2022-03-01T17:45:00.000Z',
    publishedOn: '2022-03-01',
    publishedPrecision: 'MINUTE',
    authors: [{ name: 'Nadia Okafor', role: 'Defence Correspondent' }],
    people: [{ name: 'Helen Marsh', roles: ['Defence Secretary'], aliases: ['Marsh'] }],
    locations: [country('Estonia', 'EE')],
    paragraphs: [
      BODY[0]!,
      { kind: 'CAPTION', text: 'British tanks at Tapa. Picture: PA', credit: 'PA' },
      BODY[1]!,
      { kind: 'RELATED_LINK', text: 'READ MORE: Baltic states ask for more NATO troops' },
      BODY[2]!,
    ],
    quotes: [{ text: 'We will not be moved', speaker: 'Helen Marsh', attributionVerb: 'said' }],
    claims: [
      { text: BODY[0]!, kind: 'FIGURE', claimant: 'Helen Marsh' },
      { text: BODY[2]!, kind: 'EVENT' },
    ],
    troopLevels: [
      { text: 'Another 900 troops', count: 900, kind: 'CHANGE', force: 'UK', location: 'Estonia' },
      { text: '1,800 troops', count: 1800, kind: 'TARGET', force: 'UK', location: 'Estonia' },
    ],
  });
}

/** An earlier article about the same place. */
export function olderEstoniaReport(): ArticleDraft {
  return buildDraft({
    headline: 'UK keeps its troops in Estonia',
    publishedAt: '2019-01-01T09:00:00.000Z',
    locations: [country('Estonia', 'EE')],
    paragraphs: ['The UK keeps 900 troops in Estonia, the ministry said.'],
    troopLevels: [{ text: '900 troops', count: 900, kind: 'CURRENT', force: 'UK', location: 'Estonia' }],
  });
}

/** For the list filters: the one article with a place, an author and a quoted speaker. */
export function placedArticle(): ArticleDraft {
  return buildDraft({
    headline: 'US troops to leave Iraq',
    publishedAt: '2020-09-09T16:30:00.000Z',
    authors: ['Ruth Aldane'],
    people: [{ name: 'Ken Osei', roles: ['General'] }],
    locations: [country('Iraq', 'IQ')],
    paragraphs: ['"We are going home," General Ken Osei said of the 3,000 troops in Iraq.'],
    quotes: [{ text: 'We are going home', speaker: 'Ken Osei', attributionVerb: 'said' }],
    troopLevels: [{ text: '3,000 troops', count: 3000, kind: 'CURRENT', location: 'Iraq' }],
  });
}

/** For the list order: an article with nothing in it but its slug and date (or none). */
export const datedArticle = (slug: string, date: string | null): ArticleDraft =>
  buildDraft({ slug, headline: slug, paragraphs: [`Text of ${slug}.`], ...(date === null ? {} : { publishedAt: date }) });

/** For the list order: an article that prints its day and no time (no instant is stored). */
export const dayOnlyArticle = (slug: string, day: string): ArticleDraft =>
  buildDraft({ slug, headline: slug, paragraphs: [`Text of ${slug}.`], publishedOn: day, publishedPrecision: 'DAY' });

/** An article an organisation speaks in, printed with a day and no time, for its own test. */
export const organisationArticle = (tag: string): ArticleDraft =>
  buildDraft({
    headline: `Pentagon confirms rotation (${tag})`,
    publishedOn: '2023-07-10',
    publishedPrecision: 'DAY',
    organisations: [{ key: `pentagon ${tag}`, name: 'Pentagon', kind: 'MILITARY' }],
    paragraphs: [`"The rotation is on schedule," the Pentagon said (${tag}).`],
    quotes: [{ text: 'The rotation is on schedule', speakerOrganisation: `pentagon ${tag}`, attributionVerb: 'said' }],
  });
