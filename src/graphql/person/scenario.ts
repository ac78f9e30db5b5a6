/**
 * Test data for the people tests, built by hand (tests/helpers/drafts.ts): a commander who is
 * quoted and makes a claim, and a reporter who wrote two articles.
 */
import type { ArticleDraft } from '../../ingest/types.ts';
import { buildDraft } from '../../../tests/helpers/drafts.ts';

export const REPORTER = 'Priya Raman';
export const COMMANDER = {
  name: 'Lars Eriksen',
  roles: ['Brigadier', 'commander of the Nordic battlegroup'],
  aliases: ['Eriksen'],
  gender: 'MALE' as const,
};

/** The commander's article (the later one): two quotes and a claim of his. */
export function battlegroupReport(): ArticleDraft {
  const claim = 'The battlegroup has grown to 1,200 troops, Brigadier Lars Eriksen said.';
  return buildDraft({
    headline: 'Nordic battlegroup grows',
    byline: `By ${REPORTER}`,
    publishedAt: '2022-02-10T08:00:00.000Z',
    authors: [REPORTER],
    people: [COMMANDER],
    paragraphs: [claim, '"We are ready," Eriksen said. "We train every day."'],
    quotes: [
      { text: 'We are ready', speaker: 'Lars Eriksen', attributionVerb: 'said' },
      { text: 'We train every day.', speaker: 'Lars Eriksen' },
    ],
    claims: [{ text: claim, kind: 'FIGURE', claimant: 'Lars Eriksen' }],
  });
}

/** The reporter's earlier article, naming nobody else. */
export function exerciseReport(): ArticleDraft {
  return buildDraft({
    headline: 'Winter exercise ends',
    byline: `By ${REPORTER}`,
    publishedAt: '2022-01-20T08:00:00.000Z',
    authors: [REPORTER],
    paragraphs: ['The winter exercise ended on Thursday.'],
  });
}

/** One person under two names, as an extractor might store them: for the merge test alone. */
export function duplicatedPerson(): ArticleDraft {
  const claim = 'Sam Ortega said the base would close.';
  return buildDraft({
    headline: 'Base to close',
    people: [
      { name: 'Samuel Ortega', roles: ['Colonel'] },
      { name: 'Sam Ortega', roles: ['base commander'] },
    ],
    paragraphs: ['"It is time," Colonel Samuel Ortega said.', claim, '"We leave in June," said Sam Ortega.'],
    quotes: [
      { text: 'It is time', speaker: 'Samuel Ortega' },
      { text: 'We leave in June', speaker: 'Sam Ortega' },
    ],
    claims: [{ text: claim, kind: 'FORECAST', claimant: 'Sam Ortega' }],
  });
}
