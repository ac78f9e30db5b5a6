import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/ingest/index.ts';
import type { ArticleDraft } from '../../../src/ingest/types.ts';

/** A short article around one body paragraph, so each case reads as a sentence of news. */
const article = (...body: string[]): ArticleDraft =>
  ingestArticle(['Troops story', '', '1 March 2021', '', ...body.flatMap((p) => [p, ''])].join('\n'));
const speakers = (draft: ArticleDraft) =>
  draft.quotes.map((q) => draft.people.find((p) => p.key === q.speakerKey)?.name ?? q.speakerDescription ?? null);
const figures = (draft: ArticleDraft) => draft.troopLevels.map((t) => [t.count, t.kind, t.qualifier]);

describe('quotes', () => {
  it('attributes "X said" after a quote', () => {
    expect(speakers(article('"We will go," Defense Secretary Lloyd Austin said.'))).toEqual(['Lloyd Austin']);
  });

  it('attributes "said X" after a quote', () => {
    expect(speakers(article('"We will go," said Senator Jane Roe.'))).toEqual(['Jane Roe']);
  });

  it('attributes "He added:" to the man last shown speaking', () => {
    expect(speakers(article('Gen. Mark Milley told reporters the plan was ready.', 'He added: "The troops are ready."'))).toEqual([
      'Mark Milley',
    ]);
  });

  it('attributes "She said:" to the woman, not the man named last', () => {
    const draft = article(
      'Ms Jane Roe, the minister, spoke first. She warned that time was short.',
      'President Tom Bell was not there.',
      'She said: "We cannot wait."',
    );
    expect(speakers(draft)).toEqual(['Jane Roe']);
  });

  it('attributes "according to X" before a quote', () => {
    expect(speakers(article('According to Gen. Ali Khan, "the base is secure".'))).toEqual(['Ali Khan']);
  });

  it('keeps an unnamed source as a description', () => {
    expect(speakers(article('"The decision is final," a defence ministry spokesman said.'))).toEqual(['a defence ministry spokesman']);
  });

  it('reads curly quotation marks', () => {
    expect(article('“We will stay,” said Gen. Anna Berg.').quotes.map((q) => q.text)).toEqual(['We will stay,']);
  });

  it('marks a fragment inside the article sentence as partial', () => {
    expect(article('The move was "long overdue", Gen. Anna Berg said.').quotes.map((q) => q.partial)).toEqual([true]);
  });

  it('continues the previous speaker into a paragraph that opens with a quote', () => {
    expect(speakers(article('"We are done here," Gen. Anna Berg said.', '"The work is over."'))).toEqual(['Anna Berg', 'Anna Berg']);
  });

  it('ignores quotation marks in related headlines and captions', () => {
    const draft = article(
      'The body starts here, officials said.',
      "READ MORE: Soldier 'captured' in raid",
      'Soldiers "return" home. Picture: Getty',
      'The body goes on, officials said.',
    );
    expect(draft.quotes).toEqual([]);
  });
});

describe('troop-level figures', () => {
  it('reads "from A to B" as current and target', () => {
    expect(figures(article('The US will cut its troops in Germany from 36,000 to 24,000.'))).toEqual([
      [36000, 'CURRENT', 'EXACT'],
      [24000, 'TARGET', 'EXACT'],
    ]);
  });

  it('reads qualifiers', () => {
    const draft = article(
      'There are about 900 US troops in Syria, nearly 2,500 in Iraq, more than 1,000 in Jordan, fewer than 200 in Lebanon, at least 300 in Oman and up to 400 in Qatar.',
    );
    expect(draft.troopLevels.map((t) => t.qualifier)).toEqual(['APPROXIMATELY', 'ALMOST', 'MORE_THAN', 'FEWER_THAN', 'AT_LEAST', 'UP_TO']);
  });

  it('reads "reduced by N" and "N will leave" as changes', () => {
    expect(figures(article('Troops in Iraq will be reduced by 2,000.', 'About 1,500 soldiers will leave Afghanistan.'))).toEqual([
      [2000, 'CHANGE', 'EXACT'],
      [1500, 'CHANGE', 'APPROXIMATELY'],
    ]);
  });

  it('reads numbers in words', () => {
    expect(figures(article('Three thousand British troops are based in Estonia.'))).toEqual([[3000, 'CURRENT', 'EXACT']]);
  });

  it('reads a past peak as historical', () => {
    expect(figures(article('At the peak of the surge in 2010, about 100,000 US troops were in Afghanistan.'))).toEqual([
      [100000, 'HISTORICAL', 'APPROXIMATELY'],
    ]);
  });

  it('rejects casualties, bases, money, percentages and years', () => {
    const draft = article(
      'More than 100 American soldiers were injured in the attack on the base in Iraq.',
      'The US has 5 bases in Iraq and spent $4bn there, 40 percent of the budget, since 2003.',
    );
    expect(draft.troopLevels).toEqual([]);
  });

  it('binds a figure to the place in its sentence and the force before the troop noun', () => {
    const [figure] = article('France has some 5,100 troops in Mali.').troopLevels;
    expect([figure?.locationKey, figure?.force]).toEqual(['ml', 'France']);
  });

  it('binds a figure to the article main place when its sentence names none', () => {
    const draft = ingestArticle(
      'US troops to leave Iraq\n\n1 March 2021\n\nThe US has 2,500 troops in Iraq.\n\nOf those, 900 troops will leave.',
    );
    expect(draft.troopLevels.map((t) => t.locationKey)).toEqual(['iq', 'iq']);
  });
});

describe('people', () => {
  it('records titles as roles and resolves surnames to the same person', () => {
    const draft = article('Defense Secretary Mark Esper visited the base.', 'Esper said the troops would stay.');
    expect(draft.people.map((p) => [p.name, p.roles])).toEqual([['Mark Esper', ['Defense Secretary']]]);
    expect(draft.claims.find((c) => c.text.startsWith('Esper said'))?.claimantKey).toBe('mark esper');
  });
});

describe('claims', () => {
  it('skips questions and keeps sentences with figures', () => {
    const draft = article('Will the troops ever come home from Iraq in 2021?', 'The US has 2,500 troops in Iraq.');
    expect(draft.claims.map((c) => [c.text, c.kind])).toEqual([['The US has 2,500 troops in Iraq.', 'FIGURE']]);
  });

  it('makes the article the claimant when nobody is reported saying it', () => {
    const [claim] = article('US troops invaded Iraq in 2003.').claims;
    expect([claim?.kind, claim?.claimantKey, claim?.claimantDescription]).toEqual(['EVENT', undefined, undefined]);
  });
});

describe('input checks', () => {
  it('refuses empty, binary and oversized text with a clear message', () => {
    expect(() => ingestArticle('   ')).toThrow('The article text is empty.');
    expect(() => ingestArticle('Title\u0000\u0001 binary')).toThrow('The article text contains binary data (control characters).');
    expect(() => ingestArticle('x'.repeat(1_048_577))).toThrow('The article text is over the 1 MB (1,048,576 bytes) limit.');
  });

  it('gives the same hash and slug to the same text with other line endings', () => {
    const a = ingestArticle('Troops leave\n\n1 March 2021\n\nThey left.');
    const b = ingestArticle('\uFEFFTroops leave\r\n\r\n1 March 2021\r\n\r\nThey left.\r\n');
    expect([b.contentHash, b.slug]).toEqual([a.contentHash, 'troops-leave-2021-03-01']);
  });
});

describe('places', () => {
  it('records the city of a wire dateline', () => {
    const draft = article('KABUL, Afghanistan (AP) — About 2,500 US troops remain in Afghanistan, officials said.');
    expect(draft.locations.find((l) => l.kind === 'CITY')).toEqual({ key: 'kabul', name: 'Kabul', kind: 'CITY' });
  });

  it('records countries with their ISO code and bases by their pattern', () => {
    const draft = article('Iran attacked the al-Asad air base in Iraq and troops at Camp Lemonnier in Djibouti were put on alert.');
    expect(draft.locations.map((l) => [l.name, l.kind, l.isoCode ?? null])).toEqual(
      expect.arrayContaining([
        ['Iraq', 'COUNTRY', 'IQ'],
        ['al-Asad air base', 'BASE', null],
        ['Camp Lemonnier', 'BASE', null],
        ['Djibouti', 'COUNTRY', 'DJ'],
      ]),
    );
  });
});

describe('figures compared with the past', () => {
  it('reads "currently N, down from M in YEAR" as current now and historical then', () => {
    const draft = article('The US currently has about 900 troops in Syria, down from 2,000 in 2018, according to the Pentagon.');
    expect(draft.troopLevels.map((t) => [t.count, t.kind, t.force, t.effectiveDate])).toEqual([
      [900, 'CURRENT', 'US', '2021-03-01'],
      [2000, 'HISTORICAL', 'US', '2018-01-01'],
    ]);
  });
});

describe('other house styles', () => {
  it('reads a byline of names without "By"', () => {
    const draft = ingestArticle(
      'Nato raises readiness\n\nJessica Elgot and Dan Sabbagh\n\nMon 27 Jun 2022 17.56 BST\n\nNato will put 300,000 troops on high alert.',
    );
    expect(draft.authors.map((a) => a.personKey)).toEqual(['jessica elgot', 'dan sabbagh']);
    expect(draft.publishedAt?.toISOString()).toBe('2022-06-27T16:56:00.000Z');
  });

  it('gives an alliance its own force', () => {
    expect(
      article('Nato will increase the number of troops on high alert from 40,000 to more than 300,000.').troopLevels.map((t) => t.force),
    ).toEqual(['NATO', 'NATO']);
  });

  it('does not count "a few hundred" soldiers', () => {
    expect(article('A few hundred German soldiers are expected to arrive in Lithuania.').troopLevels).toEqual([]);
  });
});

describe('plans and relative datelines', () => {
  it('reads a level planned "by <year>" as a target, and the year as no level', () => {
    const draft = article('Germany is to station a brigade of around 4,800 troops in Lithuania by 2027, its first such deployment.');
    expect(draft.troopLevels.map((t) => [t.count, t.kind, t.effectiveDate])).toEqual([[4800, 'TARGET', '2027-01-01']]);
  });

  it('takes no publication time from "2 hours ago"', () => {
    const draft = ingestArticle(
      'Germany to deploy brigade\n\nPublished\n2 hours ago\n\nBy Paul Kirby, BBC News\n\nGermany will send troops, officials said.',
    );
    expect(draft.publishedAt).toBeUndefined();
    expect(draft.paragraphs.map((p) => p.kind)).toEqual(['HEADLINE', 'DATELINE', 'DATELINE', 'BYLINE', 'BODY']);
  });
});

describe('unnamed sources in other forms', () => {
  it('keeps a source with a trailing "for U.S. Forces Korea" and bare plural officials as descriptions, a possessive ministry as an organisation', () => {
    const draft = article(
      '"We have no plans," a spokeswoman for U.S. Forces Korea said in an email.',
      'South Korea\'s defence ministry said the alliance remained "rock solid".',
      'Defense officials told reporters that 4,000 troops could leave South Korea.',
    );
    expect(
      draft.quotes.map((q) => q.speakerDescription ?? draft.organisations.find((o) => o.key === q.speakerOrganisationKey)?.name),
    ).toEqual(['a spokeswoman for U.S. Forces Korea', "South Korea's defence ministry"]);
    expect(draft.organisations.map((o) => [o.name, o.kind, o.countryCode])).toEqual([["South Korea's defence ministry", 'MINISTRY', 'KR']]);
    expect(draft.claims.find((c) => c.text.startsWith('Defense officials'))?.claimantDescription).toBe('Defense officials');
  });
});

describe('staying troops', () => {
  it('reads "N troops would remain" as a target', () => {
    expect(figures(article('A spokeswoman said about 150 troops would remain at the al-Tanf garrison in southern Syria.'))).toEqual([
      [150, 'TARGET', 'APPROXIMATELY'],
    ]);
  });
});

describe('honorifics and UN missions', () => {
  it('resolves "Mr Coveney" to Simon Coveney without making "Mr" a role', () => {
    const draft = article(
      'Defence Minister Simon Coveney announced the plan.',
      '"Our soldiers have served with distinction," Mr Coveney said.',
    );
    expect(draft.people.map((p) => [p.name, p.roles, p.gender])).toEqual([['Simon Coveney', ['Defence Minister'], 'MALE']]);
  });

  it('gives a UN mission its own force', () => {
    expect(article('The UN Interim Force in Lebanon has about 10,000 personnel.').troopLevels.map((t) => t.force)).toEqual(['UN']);
  });
});
