/**
 * Test data for the organisation tests, built by hand (tests/helpers/drafts.ts): the Pentagon
 * speaking in two articles (a timed one and an older date-only one), once in two segments,
 * and a press office known by its initials that claims a range of troops.
 */
import type { ArticleDraft } from '../../ingest/types.ts';
import { buildDraft, country, type OrganisationSpec } from '../../../tests/helpers/drafts.ts';

const PENTAGON: OrganisationSpec = { name: 'Pentagon', kind: 'MILITARY', aliases: ['the Pentagon'], countryCode: 'US' };
export const ISPR: OrganisationSpec = { name: 'Inter-Services Public Relations', kind: 'MILITARY', aliases: ['ISPR'], countryCode: 'PK' };
export const MINISTRY: OrganisationSpec = {
  name: 'Ministry of National Defense',
  kind: 'MINISTRY',
  aliases: ["South Korea's defence ministry"],
  countryCode: 'KR',
};

export const DEPLOYMENT = 'The Pentagon said the deployment would last six months.';
export const RANGE = 'ISPR said between 1,000 and 1,200 troops would stay in Saudi Arabia.';

/** The later article: the Pentagon speaks in two segments and makes a claim. */
export function pentagonReport(): ArticleDraft {
  return buildDraft({
    headline: 'Pentagon sends more troops',
    publishedAt: '2024-02-01T15:00:00.000Z',
    publishedOn: '2024-02-01',
    publishedPrecision: 'MINUTE',
    organisations: [PENTAGON],
    paragraphs: ['"We are sending 1,500 more troops," the Pentagon said. "They leave next week."', DEPLOYMENT],
    quotes: [
      { text: 'We are sending 1,500 more troops', speakerOrganisation: 'Pentagon', attributionVerb: 'said' },
      { text: 'They leave next week.', speakerOrganisation: 'Pentagon', continues: 'We are sending 1,500 more troops' },
    ],
    claims: [{ text: DEPLOYMENT, kind: 'FORECAST', claimantOrganisation: 'Pentagon' }],
  });
}

/** The earlier, date-only article: ISPR and the Pentagon speak, ISPR claims a range. */
export function gulfReport(): ArticleDraft {
  return buildDraft({
    headline: 'Pakistani troops to stay in Saudi Arabia',
    publishedOn: '2024-01-15',
    publishedPrecision: 'DAY',
    organisations: [ISPR, PENTAGON, MINISTRY],
    locations: [country('Saudi Arabia', 'SA')],
    paragraphs: [
      '"Our soldiers are ready," Inter-Services Public Relations (ISPR) said in a statement.',
      RANGE,
      '"The exercise is routine," the Pentagon said.',
    ],
    quotes: [
      { text: 'Our soldiers are ready', speakerOrganisation: 'ISPR', attributionVerb: 'said in a statement' },
      { text: 'The exercise is routine', speakerOrganisation: 'Pentagon', attributionVerb: 'said' },
    ],
    claims: [{ text: RANGE, kind: 'FIGURE', claimantOrganisation: 'ISPR' }],
    troopLevels: [
      { text: 'between 1,000 and 1,200 troops', count: 1000, countMax: 1200, kind: 'CURRENT', force: 'Pakistan', location: 'Saudi Arabia' },
    ],
  });
}
