/**
 * Test data for the browser tests, built by hand (tests/helpers/drafts.ts): what Playground
 * and Prisma Studio show is what these tests wrote, not what the extractor read.
 */
import type { ArticleDraft } from '../../src/ingest/types.ts';
import { buildDraft, country } from '../helpers/drafts.ts';

export const PLAYGROUND_HEADLINE = 'US to cut its Iraq force to 2,500 by June';
export const PLAYGROUND_TARGET = 2500;

/** What Playground's first tab shows: saved under the slug that tab asks for. */
export function playgroundArticle(slug: string): ArticleDraft {
  const cut =
    'The United States will reduce its force in Iraq from 4,000 to 2,500 troops by the end of June, a Pentagon spokesman said on Monday.';
  return buildDraft({
    slug,
    headline: PLAYGROUND_HEADLINE,
    byline: 'By Nadia Okafor',
    publishedAt: '2021-04-12T08:00:00.000Z',
    authors: ['Nadia Okafor'],
    locations: [country('Iraq', 'IQ')],
    paragraphs: [cut, '"The mission has changed, not ended," the spokesman said.'],
    quotes: [{ text: 'The mission has changed, not ended', speakerDescription: 'a Pentagon spokesman', attributionVerb: 'said' }],
    claims: [{ text: cut, kind: 'FIGURE', claimantDescription: 'a Pentagon spokesman' }],
    troopLevels: [
      { text: '4,000', count: 4000, kind: 'CURRENT', location: 'Iraq', effectiveDate: '2021-04-12', datePrecision: 'DAY' },
      {
        text: '2,500 troops',
        within: cut,
        count: PLAYGROUND_TARGET,
        kind: 'TARGET',
        location: 'Iraq',
        effectiveDate: '2021-06-30',
        datePrecision: 'DAY',
      },
    ],
  });
}

export const STUDIO_CLAIM = 'Some 1,100 NATO troops are stationed in Lithuania.';

/** One article of one claim: the only row of Studio's claim grid. */
export function studioArticle(): ArticleDraft {
  return buildDraft({ headline: 'NATO force in Lithuania', paragraphs: [STUDIO_CLAIM], claims: [{ text: STUDIO_CLAIM, kind: 'FIGURE' }] });
}
