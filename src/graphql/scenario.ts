/**
 * Test data for the DataLoader and look-ahead tests, built by hand (tests/helpers/drafts.ts):
 * small but complete articles, each with its own writer and commander, a quote, a claim and
 * two figures inside it; its own ministry speaking in two segments and claiming a range; every
 * third article prints only its day.
 */
import type { ArticleDraft } from '../ingest/types.ts';
import { buildDraft, country } from '../../tests/helpers/drafts.ts';

const COUNTRIES = [
  country('Iraq', 'IQ'),
  country('Germany', 'DE'),
  country('Poland', 'PL'),
  country('Japan', 'JP'),
  country('Estonia', 'EE'),
];

export function numberedReport(i: number): ArticleDraft {
  const place = COUNTRIES[i % COUNTRIES.length]!;
  const [writer, commander] = [`Writer Number${i}`, `Alex Commander${i}`];
  const [from, to] = [(1000 + i * 10).toLocaleString('en-GB'), (500 + i * 10).toLocaleString('en-GB')];
  const cut = `The United States will cut its force in ${place.name} from ${from} to ${to} troops by the end of the year, General ${commander} said on Monday.`;
  const ministry = `Defence Ministry Number${i}`;
  const range = `The ministry said between ${200 + i} and ${300 + i} allied troops would stay (report ${i}).`;
  const day = `2021-03-${String((i % 27) + 1).padStart(2, '0')}`;
  return buildDraft({
    headline: `Troop numbers in ${place.name} to change, report ${i}`,
    byline: `By ${writer}`,
    ...(i % 3 === 0 ? {} : { publishedAt: `${day}T10:00:00.000Z` }),
    publishedOn: day,
    publishedPrecision: i % 3 === 0 ? 'DAY' : 'MINUTE',
    authors: [writer],
    people: [{ name: commander, roles: ['General'] }],
    organisations: [
      {
        name: ministry,
        kind: 'MINISTRY',
        aliases: [`ministry ${i}`],
        ...(place.isoCode === undefined ? {} : { countryCode: place.isoCode }),
      },
    ],
    locations: [place],
    paragraphs: [
      cut,
      `"We are ready for the change number ${i}," General Commander${i} said.`,
      `"The plan stands," the ${ministry} said. "It is number ${i}."`,
      range,
    ],
    quotes: [
      { text: `We are ready for the change number ${i}`, speaker: commander, attributionVerb: 'said' },
      { text: 'The plan stands', speakerOrganisation: ministry, attributionVerb: 'said' },
      { text: `It is number ${i}.`, speakerOrganisation: ministry, continues: 'The plan stands' },
    ],
    claims: [
      { text: cut, kind: 'FIGURE', claimant: commander },
      { text: range, kind: 'FIGURE', claimantOrganisation: ministry },
    ],
    troopLevels: [
      { text: from, within: cut, count: 1000 + i * 10, kind: 'CURRENT', location: place.name },
      {
        text: `${to} troops`,
        count: 500 + i * 10,
        kind: 'TARGET',
        location: place.name,
        effectiveDate: '2021-12-31',
        datePrecision: 'DAY',
      },
      {
        text: `between ${200 + i} and ${300 + i} allied troops`,
        count: 200 + i,
        countMax: 300 + i,
        kind: 'CURRENT',
        force: 'allied',
        location: place.name,
      },
    ],
  });
}
