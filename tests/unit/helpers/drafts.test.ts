import { describe, expect, it } from 'vitest';
import { buildDraft, country, type ArticleSpec, type QuoteSpec } from '../../helpers/drafts.ts';
import { aReport } from '../../helpers/reports.ts';

const spec = () => ({
  headline: 'Troops leave Kabul',
  byline: 'By Jane Doe',
  authors: [{ name: 'Jane Doe', role: 'Defence Correspondent' }],
  people: [{ name: 'Mark Smith', roles: ['General'] }],
  locations: [country('Afghanistan', 'AF')],
  paragraphs: [
    '"We are leaving," Gen. Mark Smith said of the 2,500 troops in Afghanistan.',
    { kind: 'CAPTION' as const, text: 'Troops at Kabul airport. Picture: PA', credit: 'PA' },
  ],
  quotes: [{ text: 'We are leaving', speaker: 'Mark Smith' }],
  claims: [{ text: '"We are leaving," Gen. Mark Smith said of the 2,500 troops in Afghanistan.', claimant: 'Mark Smith' }],
  troopLevels: [{ text: '2,500 troops', count: 2500, kind: 'CURRENT' as const, location: 'Afghanistan' }],
});

describe('buildDraft', () => {
  it('lays the paragraphs out one blank line apart, each span slicing the text', () => {
    const draft = buildDraft(spec());
    expect(draft.text).toBe(
      'Troops leave Kabul\n\nBy Jane Doe\n\n"We are leaving," Gen. Mark Smith said of the 2,500 troops in Afghanistan.\n\nTroops at Kabul airport. Picture: PA',
    );
    expect(draft.paragraphs.map((p) => [p.index, p.kind])).toEqual([
      [0, 'HEADLINE'],
      [1, 'BYLINE'],
      [2, 'BODY'],
      [3, 'CAPTION'],
    ]);
    for (const item of [...draft.paragraphs, ...draft.quotes, ...draft.claims, ...draft.troopLevels])
      expect(draft.text.slice(item.start, item.end)).toBe(item.text);
  });

  it('names people and places by key and adds authors to the people', () => {
    const draft = buildDraft(spec());
    expect(draft.people.map((p) => p.key)).toEqual(['mark smith', 'jane doe']);
    expect(draft.authors).toEqual([{ personKey: 'jane doe', role: 'Defence Correspondent' }]);
    expect(draft.quotes[0]).toMatchObject({ speakerKey: 'mark smith', partial: false, paragraphIndex: 2 });
    expect(draft.troopLevels[0]).toMatchObject({ locationKey: 'af', force: 'US', qualifier: 'EXACT', claimIndex: 0 });
  });

  it('links a claim to the quotes and figures that lie inside it', () => {
    expect(buildDraft(spec()).claims[0]).toMatchObject({
      claimantKey: 'mark smith',
      quoteIndexes: [0],
      troopLevelIndexes: [0],
      kind: 'STATEMENT',
    });
  });

  it('identifies the article by a hash of its text and slugs the headline with the date', () => {
    const draft = buildDraft({ ...spec(), publishedAt: '2021-08-30T22:00:00Z' });
    expect(draft.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(draft.slug).toBe('troops-leave-kabul-2021-08-30');
    expect(draft.organisations).toEqual([]);
  });

  it('refuses words that are missing, ambiguous without `within`, or outside `within`', () => {
    expect(() => buildDraft({ ...spec(), quotes: [{ text: 'never said' }] })).toThrow('"never said" is not in the article text.');
    expect(() => buildDraft({ ...spec(), quotes: [{ text: 'Troops' }] })).toThrow('occurs more than once');
    expect(buildDraft({ ...spec(), quotes: [{ text: 'Troops', within: 'Troops at Kabul' }] }).quotes[0]?.paragraphIndex).toBe(3);
    expect(() => buildDraft({ ...spec(), quotes: [{ text: 'Kabul', within: 'By Jane Doe' }] })).toThrow('is not inside');
  });

  it('refuses a speaker or place the spec does not list', () => {
    expect(() => buildDraft({ ...spec(), quotes: [{ text: 'We are leaving', speaker: 'Nobody' }] })).toThrow('person "Nobody"');
    expect(() =>
      buildDraft({ ...spec(), troopLevels: [{ text: '2,500 troops', count: 2500, kind: 'CURRENT', location: 'Mars' }] }),
    ).toThrow('location "Mars"');
  });

  it('passes optional draft fields it does not know through unchanged', () => {
    const draft = buildDraft({
      ...spec(),
      publishedOn: '2021-08-31',
      troopLevels: [{ text: '2,500 troops', count: 2500, countMax: 2600, kind: 'CURRENT' }],
    });
    expect(draft.publishedOn).toBe('2021-08-31');
    expect(draft.troopLevels[0]?.countMax).toBe(2600);
  });
});

describe('buildDraft, organisations and continued quotes', () => {
  const orgSpec = (): ArticleSpec & { quotes: QuoteSpec[] } => ({
    headline: 'Pentagon confirms deployment',
    organisations: [
      { name: 'Pentagon', kind: 'MILITARY' as const, aliases: ['the Pentagon'], countryCode: 'US' },
      { name: 'Foreign Ministry' },
    ],
    paragraphs: ['"The units are ready," the Pentagon said. "They leave on Monday."', 'The Foreign Ministry said the talks went well.'],
    quotes: [
      { text: 'The units are ready', speakerOrganisation: 'the Pentagon', attributionVerb: 'said' },
      { text: 'They leave on Monday.', speakerOrganisation: 'Pentagon', continues: 'The units are ready' },
    ],
    claims: [{ text: 'The Foreign Ministry said the talks went well.', claimantOrganisation: 'foreign ministry' }],
  });

  it('keys organisations by name, OTHER unless a kind is given', () => {
    expect(buildDraft(orgSpec()).organisations).toEqual([
      { key: 'pentagon', name: 'Pentagon', kind: 'MILITARY', aliases: ['the Pentagon'], countryCode: 'US' },
      { key: 'foreign ministry', name: 'Foreign Ministry', kind: 'OTHER', aliases: [] },
    ]);
  });

  it('names organisation speakers and claimants by name, key or alias', () => {
    const draft = buildDraft(orgSpec());
    expect(draft.quotes.map((q) => [q.speakerKey, q.speakerOrganisationKey])).toEqual([
      [undefined, 'pentagon'],
      [undefined, 'pentagon'],
    ]);
    expect(draft.claims[0]).toMatchObject({ claimantOrganisationKey: 'foreign ministry' });
  });

  it('links a continuing quote to the quote it continues, named by its words or index', () => {
    expect(buildDraft(orgSpec()).quotes.map((q) => q.continues)).toEqual([undefined, 0]);
    const byIndex = orgSpec();
    byIndex.quotes[1] = { ...byIndex.quotes[1]!, continues: 0 };
    expect(buildDraft(byIndex).quotes[1]?.continues).toBe(0);
  });

  it('refuses an organisation or a continued quote the spec does not list', () => {
    expect(() =>
      buildDraft({
        ...orgSpec(),
        claims: [{ text: 'The Foreign Ministry said the talks went well.', claimantOrganisation: 'White House' }],
      }),
    ).toThrow('organisation "White House"');
    const dangling = orgSpec();
    dangling.quotes[1] = { ...dangling.quotes[1]!, continues: 'never said' };
    expect(() => buildDraft(dangling)).toThrow('Quote 1 continues "never said", which is not another quote of the spec.');
  });

  it('slugs a date-only article with its printed day', () => {
    expect(buildDraft({ ...orgSpec(), publishedOn: '2023-07-10', publishedPrecision: 'DAY' }).slug).toBe(
      'pentagon-confirms-deployment-2023-07-10',
    );
  });
});

describe('aReport', () => {
  it('is a different article for each tag', () => {
    expect(aReport({ tag: 'a' }).contentHash).not.toBe(aReport({ tag: 'b' }).contentHash);
    expect(aReport().claims[0]?.troopLevelIndexes).toEqual([0]);
  });
});
