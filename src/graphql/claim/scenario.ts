/**
 * Test data for the claim tests, built by hand (tests/helpers/drafts.ts): claims by a named
 * person, by an unnamed source and by the article itself, with the figures and quotes inside them.
 */
import type { ArticleDraft } from '../../ingest/types.ts';
import { buildDraft, country } from '../../../tests/helpers/drafts.ts';

export const CUT =
  'The United States will reduce its troops in Afghanistan from 3,500 to 650 by September, General Omar Reyes said on Tuesday.';
export const FORECAST = 'An announcement on the Kandahar airfield is imminent, a senior defence official said.';
export const HISTORY = 'US troops have been in Afghanistan since 2001.';
export const PROMISE = '"We will leave in good order," Reyes said.';

export function afghanistanClaims(): ArticleDraft {
  return buildDraft({
    headline: 'US to withdraw most troops from Afghanistan by September',
    publishedAt: '2021-04-13T10:00:00.000Z',
    people: [{ name: 'Omar Reyes', roles: ['General'], aliases: ['Reyes'], gender: 'MALE' }],
    locations: [country('Afghanistan', 'AF')],
    paragraphs: [CUT, FORECAST, HISTORY, PROMISE],
    quotes: [{ text: 'We will leave in good order', speaker: 'Omar Reyes', attributionVerb: 'said' }],
    claims: [
      { text: CUT, kind: 'FIGURE', claimant: 'Omar Reyes' },
      { text: FORECAST, kind: 'FORECAST', claimantDescription: 'a senior defence official' },
      { text: HISTORY, kind: 'EVENT' },
      { text: PROMISE, kind: 'STATEMENT', claimant: 'Omar Reyes' },
    ],
    troopLevels: [
      { text: '3,500', count: 3500, kind: 'CURRENT', location: 'Afghanistan', effectiveDate: '2021-04-13', datePrecision: 'DAY' },
      {
        text: '650',
        count: 650,
        kind: 'TARGET',
        location: 'Afghanistan',
        effectiveDate: '2021-09-01',
        periodEnd: '2021-09-30',
        datePrecision: 'MONTH',
      },
    ],
  });
}

/** An article of one claim, for a test that reviews it: no other test reads it. */
export function claimToReview(tag: string): ArticleDraft {
  const claim = `Ten bases closed in the spring (${tag}).`;
  return buildDraft({ headline: `Bases close (${tag})`, paragraphs: [claim], claims: [{ text: claim, kind: 'EVENT' }] });
}

export const WHITE_HOUSE_CLAIM = 'The White House said 2,000 troops would stay in Syria.';

/** A claim made by an organisation, and a quote inside it by no one named. */
export function whiteHouseClaims(): ArticleDraft {
  return buildDraft({
    headline: 'Troops to stay in Syria',
    publishedOn: '2022-05-03',
    publishedPrecision: 'DAY',
    organisations: [{ name: 'White House', kind: 'GOVERNMENT', aliases: ['the White House'], countryCode: 'US' }],
    locations: [country('Syria', 'SY')],
    paragraphs: [WHITE_HOUSE_CLAIM],
    claims: [{ text: WHITE_HOUSE_CLAIM, kind: 'FIGURE', claimantOrganisation: 'White House' }],
    troopLevels: [{ text: '2,000 troops', count: 2000, kind: 'CURRENT', location: 'Syria' }],
  });
}

/** An article of one claim by nobody named and an organisation of its own, for a test that corrects the claimant. */
export function claimToAttribute(tag: string): ArticleDraft {
  const claim = `Three convoys crossed the border (${tag}).`;
  return buildDraft({
    headline: `Convoys cross (${tag})`,
    organisations: [{ key: `border agency ${tag}`, name: 'Border Agency', kind: 'AGENCY' }],
    paragraphs: [claim, `The Border Agency counted them (${tag}).`],
    claims: [{ text: claim, kind: 'EVENT' }],
  });
}
