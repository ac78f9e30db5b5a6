/**
 * Test data for the troop-level tests, built by hand (tests/helpers/drafts.ts): what the
 * tests assert is written here, not read by the extractor.
 */
import type { ArticleDraft } from '../../ingest/types.ts';
import { buildDraft, country } from '../../../tests/helpers/drafts.ts';

const IRAQ = country('Iraq', 'IQ');
const CUT = 'The United States will cut its force in Iraq from 4,000 to 2,500 troops by 30 June, General Dana Whitfield said on Monday.';

/** Four Iraq figures of every kind on four dates: a past peak, current, change and target. */
export function iraqDrawdown(): ArticleDraft {
  return buildDraft({
    headline: 'US to cut its Iraq force by June',
    dateline: '12 April 2021, 09:00',
    publishedAt: '2021-04-12T08:00:00.000Z',
    people: [{ name: 'Dana Whitfield', roles: ['General'], gender: 'FEMALE' }],
    locations: [IRAQ],
    paragraphs: [
      CUT,
      'More than 1,500 troops will leave over the spring.',
      'At the height of the war, in 2007, about 170,000 US troops served in Iraq.',
    ],
    claims: [{ text: CUT, kind: 'FIGURE', claimant: 'Dana Whitfield' }],
    troopLevels: [
      {
        text: '4,000',
        count: 4000,
        kind: 'CURRENT',
        location: 'Iraq',
        effectiveDate: '2021-04-01',
        periodEnd: '2021-04-30',
        datePrecision: 'MONTH',
      },
      { text: '2,500 troops', count: 2500, kind: 'TARGET', location: 'Iraq', effectiveDate: '2021-06-30', datePrecision: 'DAY' },
      {
        text: 'More than 1,500 troops',
        count: 1500,
        qualifier: 'MORE_THAN',
        kind: 'CHANGE',
        location: 'Iraq',
        effectiveDate: '2021-04-12',
        periodEnd: '2021-06-30',
        datePrecision: 'PERIOD',
      },
      {
        text: 'about 170,000 US troops',
        count: 170000,
        qualifier: 'APPROXIMATELY',
        kind: 'HISTORICAL',
        location: 'Iraq',
        effectiveDate: '2007-01-01',
        periodEnd: '2007-12-31',
        datePrecision: 'YEAR',
      },
    ],
  });
}

/** One source's count of US troops in Syria in May 2021; two sources that differ disagree. */
export function syriaCount(count: number, effectiveDate: string, periodEnd?: string): ArticleDraft {
  const figure = `${count.toLocaleString('en-GB')} US troops`;
  return buildDraft({
    headline: `${figure} in Syria, says monitor`,
    publishedAt: `${effectiveDate}T12:00:00.000Z`,
    locations: [country('Syria', 'SY')],
    paragraphs: [`About ${figure} remain in Syria, a monitoring group said.`],
    troopLevels: [
      {
        text: figure,
        within: `About ${figure}`,
        count,
        kind: 'CURRENT',
        location: 'Syria',
        effectiveDate,
        ...(periodEnd ? { periodEnd, datePrecision: 'MONTH' as const } : { datePrecision: 'DAY' as const }),
      },
    ],
  });
}

/** A figure of its own for a test that corrects it: no other test reads Qatar. */
export function qatarFigure(tag: string): ArticleDraft {
  return buildDraft({
    headline: `US keeps troops in Qatar (${tag})`,
    locations: [country('Qatar', 'QA')],
    paragraphs: ['About 8,000 US troops are based in Qatar.'],
    troopLevels: [{ text: 'About 8,000 US troops', count: 8000, qualifier: 'APPROXIMATELY', kind: 'CURRENT', location: 'Qatar' }],
  });
}

/** One source's range of troops in Niger ("between A and B"), for the range tests: no other test reads Niger. */
export function nigerRange(count: number, countMax: number | undefined, effectiveDate: string): ArticleDraft {
  const figure =
    countMax === undefined
      ? `${count.toLocaleString('en-GB')} troops`
      : `between ${count.toLocaleString('en-GB')} and ${countMax.toLocaleString('en-GB')} troops`;
  return buildDraft({
    headline: `${figure} in Niger (${effectiveDate})`,
    publishedOn: effectiveDate,
    publishedPrecision: 'DAY',
    locations: [country('Niger', 'NE')],
    paragraphs: [`The United States has ${figure} in Niger, officials said.`],
    troopLevels: [
      {
        text: figure,
        within: `has ${figure}`,
        count,
        ...(countMax === undefined ? {} : { countMax }),
        kind: 'CURRENT',
        location: 'Niger',
        effectiveDate,
        datePrecision: 'DAY',
      },
    ],
  });
}
