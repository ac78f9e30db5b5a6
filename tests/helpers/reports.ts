/**
 * An ordinary short report, built by hand: for tests that need some complete article on the
 * server (limits, injection, fuzzing, outages, keys, the browser) and do not test what it says.
 * It has a byline, a quote with its speaker, a claim by that speaker and a figure inside it.
 */
import type { ArticleDraft } from '../../src/ingest/types.ts';
import { buildDraft, country, type LocationSpec } from './drafts.ts';

export interface ReportOptions {
  /** Makes the text (and so the article) distinct from other reports: "report 7". */
  tag?: string;
  place?: LocationSpec;
  count?: number;
  publishedAt?: string;
}

export const REPORTER = 'Alice Carver';
export const MINISTER = 'Helen Marsh';
export const QUOTED = 'We stand with our allies';

export function aReport({
  tag,
  place = country('Estonia', 'EE'),
  count = 850,
  publishedAt = '2022-03-03T10:00:00.000Z',
}: ReportOptions = {}): ArticleDraft {
  const figure = `${count.toLocaleString('en-GB')} troops`;
  const sentence = `Britain will send ${figure} to ${place.name} by May, Defence Secretary ${MINISTER} said on Thursday.`;
  return buildDraft({
    headline: `Britain to send more troops to ${place.name}${tag ? ` (${tag})` : ''}`,
    dateline: '3 March 2022, 10:00',
    byline: `By ${REPORTER}`,
    publishedAt,
    authors: [REPORTER],
    people: [{ name: MINISTER, roles: ['Defence Secretary'], aliases: ['Marsh'], gender: 'FEMALE' }],
    locations: [place],
    paragraphs: [sentence, `"${QUOTED}," Marsh said.`],
    quotes: [{ text: QUOTED, speaker: MINISTER, attributionVerb: 'said' }],
    claims: [{ text: sentence, kind: 'FIGURE', claimant: MINISTER }],
    troopLevels: [
      {
        text: figure,
        count,
        kind: 'CHANGE',
        force: 'UK',
        location: place.name,
        effectiveDate: publishedAt.slice(0, 4) + '-05-01',
        datePrecision: 'MONTH',
      },
    ],
  });
}
