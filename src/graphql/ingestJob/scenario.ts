/**
 * Test data for the ingest-job tests: one hand-built article that a job can point to.
 */
import type { ArticleDraft } from '../../ingest/types.ts';
import { buildDraft } from '../../../tests/helpers/drafts.ts';

export const QUEUED_PAGE = 'https://harbour-gazette.example/2026/05/02/garrison/';

export function garrisonStory(): ArticleDraft {
  return buildDraft({
    headline: 'Garrison on the island grows to 400',
    publishedAt: '2026-05-02T09:00:00.000Z',
    paragraphs: ['The garrison will grow to 400 soldiers by the autumn, the defence office said.'],
  });
}
