/**
 * Test data for the search tests, built by hand (tests/helpers/drafts.ts): one article whose
 * headline, claims and quote share some words and not others.
 */
import type { ArticleDraft } from '../../ingest/types.ts';
import { buildDraft, country } from '../../../tests/helpers/drafts.ts';

export const HEADLINE = 'US troops leave Kirkuk base in Iraq';
export const AUTHOR = 'Maya Lindgren';
export const HANDOVER = 'US troops handed the Kirkuk base to the Iraqi army on Sunday, the coalition said.';
const STAYING = 'About 2,500 US troops will stay in Iraq, officials said.';
export const QUOTE = 'The journey has been long and the sacrifice great, but our troops in Iraq leave with pride';

export function kirkukHandover(): ArticleDraft {
  const statement = `"${QUOTE}," said Colonel Jane Okoro.`;
  return buildDraft({
    headline: HEADLINE,
    byline: `By ${AUTHOR}`,
    publishedAt: '2020-03-29T09:00:00.000Z',
    authors: [AUTHOR],
    people: [{ name: 'Jane Okoro', roles: ['Colonel'] }],
    locations: [country('Iraq', 'IQ')],
    paragraphs: [HANDOVER, STAYING, statement],
    quotes: [{ text: QUOTE, speaker: 'Jane Okoro', attributionVerb: 'said' }],
    claims: [
      { text: HANDOVER, kind: 'EVENT', claimantDescription: 'the coalition' },
      { text: STAYING, kind: 'FIGURE', claimantDescription: 'officials' },
      { text: statement, kind: 'STATEMENT', claimant: 'Jane Okoro' },
    ],
    troopLevels: [{ text: 'About 2,500 US troops', count: 2500, qualifier: 'APPROXIMATELY', kind: 'TARGET', location: 'Iraq' }],
  });
}
