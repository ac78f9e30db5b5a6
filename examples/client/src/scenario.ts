/**
 * Test data for the example client's test, built by hand (tests/helpers/drafts.ts): an
 * article with two Kuwait figures, and a second source for the timeline.
 */
import type { ArticleDraft } from '../../../src/ingest/types.ts';
import { buildDraft, country } from '../../../tests/helpers/drafts.ts';

const KUWAIT = country('Kuwait', 'KW');

export function kuwaitReport(): ArticleDraft {
  const sentence = 'The US will cut its force in Kuwait from 13,500 to 10,000 troops, officials said.';
  return buildDraft({
    headline: 'US to trim its force in Kuwait',
    byline: 'By Omar Haddad',
    publishedAt: '2021-07-01T06:00:00.000Z',
    authors: ['Omar Haddad'],
    locations: [KUWAIT],
    paragraphs: [sentence],
    troopLevels: [
      { text: '13,500', count: 13500, kind: 'CURRENT', location: 'Kuwait', effectiveDate: '2021-07-01', datePrecision: 'DAY' },
      { text: '10,000 troops', count: 10000, kind: 'TARGET', location: 'Kuwait', effectiveDate: '2021-12-31', datePrecision: 'DAY' },
    ],
  });
}

export function laterKuwaitCount(): ArticleDraft {
  return buildDraft({
    headline: 'Kuwait force now 12,000',
    publishedAt: '2021-09-01T06:00:00.000Z',
    locations: [KUWAIT],
    paragraphs: ['About 12,000 US troops are in Kuwait.'],
    troopLevels: [
      {
        text: 'About 12,000 US troops',
        count: 12000,
        qualifier: 'APPROXIMATELY',
        kind: 'CURRENT',
        location: 'Kuwait',
        effectiveDate: '2021-09-01',
        datePrecision: 'DAY',
      },
    ],
  });
}
