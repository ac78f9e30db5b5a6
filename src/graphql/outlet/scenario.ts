/**
 * Test data for the outlet tests, built by hand (tests/helpers/drafts.ts): a wire story on an
 * English-language site with an agency among its authors, and a French article from another
 * outlet, each with the metadata a page carries.
 */
import type { ArticleDraft } from '../../ingest/types.ts';
import { buildDraft } from '../../../tests/helpers/drafts.ts';

const LEDGER = { key: 'baltic-ledger.example', name: 'The Baltic Ledger', siteUrl: 'https://www.baltic-ledger.example/' };
const COURRIER = { key: 'courrier-golfe.example', name: 'Le Courrier du Golfe' };
export const LEDGER_URL = 'https://www.baltic-ledger.example/2026/03/14/estonia-battlegroup/';

export function ledgerStory(): ArticleDraft {
  return {
    ...buildDraft({
      headline: 'Britain keeps its battlegroup in Estonia',
      publishedAt: '2026-03-14T07:30:00.000Z',
      authors: [{ name: 'Kadri Saar' }],
      organisations: [{ name: 'Eastline News Agency', kind: 'MEDIA' }],
      paragraphs: ['Britain will keep about 900 troops in Estonia, the ministry said.'],
    }),
    outlet: LEDGER,
    language: 'en-GB',
    canonicalUrl: LEDGER_URL,
    sourceUrl: LEDGER_URL,
    modifiedAt: new Date('2026-03-14T10:05:00.000Z'),
    agencyKeys: ['eastline news agency'],
  };
}

export function courrierStory(): ArticleDraft {
  return {
    ...buildDraft({
      headline: 'La France réduit sa présence au Gabon',
      publishedAt: '2026-01-27T16:00:00.000Z',
      paragraphs: ['La France gardera environ 150 soldats au Gabon.'],
    }),
    outlet: COURRIER,
    language: 'fr',
  };
}
