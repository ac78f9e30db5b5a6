import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/ingest/index.ts';
import { parseArticle, splitByline } from '../../../src/ingest/parse.ts';

const parse = (text: string, zone = 'Europe/London') => parseArticle(text, zone);
const kinds = (text: string) => parse(text).paragraphs.map((p) => p.kind);
/** An article: a headline, the header lines given, and two paragraphs of story. */
const article = (...header: string[]) =>
  ['Troops head home', ...header, 'The troops left the base on Monday, officials said.', 'The base will close next year.'].join('\n\n');
const headerKinds = (...header: string[]) => kinds(article(...header)).slice(1, header.length + 1);

describe('splitByline', () => {
  it.each([
    ['a name with a job title after a comma', 'By Jane Doe, Defence Correspondent', { names: ['Jane Doe'], role: 'Defence Correspondent' }],
    ['two names joined by "and"', 'By Jane Doe and John Roe', { names: ['Jane Doe', 'John Roe'] }],
    ['three names separated by commas and "and"', 'By Ann Lee, Bo Chan and Cy Park', { names: ['Ann Lee', 'Bo Chan', 'Cy Park'] }],
    ['an agency after a bar', 'By Anna Kowalska | Associated Press', { names: ['Anna Kowalska'], agency: 'Associated Press' }],
    [
      'an agency after the names with no separator, and stray markup',
      'By Lena Okoro, Tomas Brandt </p><p>and Mira Al-Hassan Associated Press',
      { names: ['Lena Okoro', 'Tomas Brandt', 'Mira Al-Hassan'], agency: 'Associated Press' },
    ],
    ['an outlet after a comma', 'By Jane Doe, CNN', { names: ['Jane Doe'], agency: 'CNN' }],
    ['names in capitals', 'BY JANE DOE and OMAR FARUK', { names: ['Jane Doe', 'Omar Faruk'] }],
    ['names with accents and particles', 'By Inés García and Ursula von der Leyen', { names: ['Inés García', 'Ursula von der Leyen'] }],
    ['where each author filed from', 'By Lars Berg in Oslo and Dana Reyes in Manila', { names: ['Lars Berg', 'Dana Reyes'] }],
    ['a colon after "By"', 'By: Priya Nair', { names: ['Priya Nair'] }],
    ['"Author:" before the name', 'Author: Priya Nair', { names: ['Priya Nair'] }],
    ['a handle after the name', 'By Priya Nair (@priyanair)', { names: ['Priya Nair'] }],
    ['a long name with a particle inside', 'By Khalid bin Abdul Rahman Al Hamad', { names: ['Khalid bin Abdul Rahman Al Hamad'] }],
    ['a job title with no comma after the name', 'By Priya Nair Staff Writer', { names: ['Priya Nair'], role: 'Staff Writer' }],
    [
      'a three-word name before a job title',
      'By Mary Ann Holt Defence Correspondent',
      { names: ['Mary Ann Holt'], role: 'Defence Correspondent' },
    ],
    [
      'an initial inside the name and an agency leading the title',
      'By LENA C. ORTIZ AP Defense Writer',
      { names: ['Lena C. Ortiz'], role: 'AP Defense Writer' },
    ],
    ['a job title that names a region', 'By Priya Nair, Middle East Editor', { names: ['Priya Nair'], role: 'Middle East Editor' }],
    ['agencies beside the author', 'By Priya Nair and Agencies', { names: ['Priya Nair'], agency: 'Agencies' }],
    ['an agency after "with"', 'By Priya Nair with AFP', { names: ['Priya Nair'], agency: 'AFP' }],
    ['an agency and the city it filed from', 'Reported by: PTI New Delhi', { names: [], agency: 'PTI' }],
    ['an outlet after a slash', 'By Mira Sato/Example Daily', { names: ['Mira Sato'], agency: 'Example Daily' }],
    [
      'an outlet and desk after "with"',
      'By Priya Nair with Example News Politics',
      { names: ['Priya Nair'], agency: 'Example News Politics' },
    ],
    [
      'a job title before each name',
      'By Harbour affairs reporter Tavita Loimata and court reporter Ines Marlow',
      { names: ['Tavita Loimata', 'Ines Marlow'], role: 'Harbour affairs reporter and court reporter' },
    ],
    [
      'one job title before two names',
      'By defence reporters Oskar Lind and Mira Sato',
      { names: ['Oskar Lind', 'Mira Sato'], role: 'defence reporters' },
    ],
    ['a "Text:" label and an agency after a slash', 'Text: Elin Granqvist/TT', { names: ['Elin Granqvist'], agency: 'TT' }],
    ['an agency in parentheses after the name', 'By Jarno Keskinen (dpa)', { names: ['Jarno Keskinen'], agency: 'dpa' }],
    ['the compilers of a live blog', 'Compiled by Dar’ia Moroz and Taras Hnatiuk', { names: ['Dar’ia Moroz', 'Taras Hnatiuk'] }],
    ['where the author reports from', 'By Carla Menezes reports from Porto', { names: ['Carla Menezes'] }],
    ['the outlet the author writes for', 'By Carla Menezes, writing for Reuters', { names: ['Carla Menezes'], agency: 'Reuters' }],
    ['a byline in parentheses', '(By Lin Chia-hao and Wu Pei-jung)', { names: ['Lin Chia-hao', 'Wu Pei-jung'] }],
  ])('reads %s', (_, line, expected) => {
    expect(splitByline(line)).toEqual(expected);
  });

  it.each([
    ['an agency', 'By The Associated Press', { names: [], agency: 'The Associated Press' }],
    ['an agency after a colon', 'By: Xinhua', { names: [], agency: 'Xinhua' }],
    ["an agency's staff", 'By Reuters Staff', { names: [], agency: 'Reuters Staff' }],
    ['a desk', 'By Web Desk', { names: [], role: 'Web Desk' }],
    ['a staff reporter', 'By Staff Reporter', { names: [], role: 'Staff Reporter' }],
  ])('credits %s without naming a person', (_, line, expected) => {
    expect(splitByline(line)).toEqual(expected);
  });

  it.each([
    ['a sentence that starts with "By" and a time', 'By the end of the year, troops will leave.'],
    ['a sentence that starts with "By" and a weekday', 'By Tuesday, the convoy had left.'],
    ['a sentence that starts with "By" and a year', 'By 2025, the base will close.'],
    ['a label without its colon', 'Text messages show the order was given.'],
  ])('refuses %s', (_, line) => {
    expect(splitByline(line)).toBeUndefined();
  });
});

describe('parseArticle: the headline and the story', () => {
  it('takes the first line as the headline', () => {
    expect(parse('Troops leave\n\nThey left on Monday.', 'UTC').headline).toBe('Troops leave');
  });

  it('keeps a wire dateline paragraph as body text', () => {
    expect(kinds('H\n\nWASHINGTON (Reuters) - The United States will withdraw troops, officials said.')).toEqual(['HEADLINE', 'BODY']);
  });

  it('joins hard-wrapped lines into one paragraph with exact offsets', () => {
    const text =
      'H\n\nThe United States has begun moving about one hundred Marines from\nOkinawa to Guam, the first step in a plan to move thousands of troops\nout of Japan, officials said.';
    const [, body] = parse(text, 'UTC').paragraphs;
    expect(body?.kind).toBe('BODY');
    expect(text.slice(body!.start, body!.end)).toBe(text.slice(text.indexOf('The United')));
  });

  it('takes the first summary line without a full stop as the standfirst', () => {
    expect(parse(article('Hundreds more soldiers will follow in the spring')).standfirst).toBe(
      'Hundreds more soldiers will follow in the spring',
    );
  });

  it('takes a one-sentence summary above a byline for the standfirst, not the story', () => {
    const parsed = parse(article('Hundreds more soldiers will follow in the spring.', 'By Nora Lind', '5 May 2021'));
    expect([parsed.standfirst, parsed.paragraphs.slice(1, 4).map((p) => p.kind)]).toEqual([
      'Hundreds more soldiers will follow in the spring.',
      ['STANDFIRST', 'BYLINE', 'DATELINE'],
    ]);
  });

  it('marks a line that repeats the headline as the headline, not body text', () => {
    expect(headerKinds('5 May 2021', 'Troops head home')).toEqual(['DATELINE', 'HEADLINE']);
  });
});

describe('parseArticle: the publication date as printed', () => {
  it.each([
    ['a date-only dateline', ['July 4, 2023'], 'Europe/London', '2023-07-04', null, 'DAY'],
    [
      'a dateline with a time in the default zone',
      ['9 September 2020, 17:30'],
      'Europe/London',
      '2020-09-09',
      '2020-09-09T16:30:00.000Z',
      'MINUTE',
    ],
    [
      'a time and a zone abbreviation',
      ['November 17, 2020 at 3:45 p.m. EST'],
      'Europe/London',
      '2020-11-17',
      '2020-11-17T20:45:00.000Z',
      'MINUTE',
    ],
    ['ISO 8601 after "Updated"', ['Updated 2021-04-14T18:02:00Z'], 'Europe/London', '2021-04-14', '2021-04-14T18:02:00.000Z', 'SECOND'],
    [
      'a name, a job title and then the date',
      ['Nadia Brook', 'Security Correspondent', 'Friday 14 May 2021 08:05'],
      'Europe/London',
      '2021-05-14',
      '2021-05-14T07:05:00.000Z',
      'MINUTE',
    ],
    [
      'a byline and the date on one line',
      ['Imran Qadir Published March 02, 2023 | 07:15 PM'],
      'Asia/Karachi',
      '2023-03-02',
      '2023-03-02T14:15:00.000Z',
      'MINUTE',
    ],
    ['a date with an agency credit', ['3rd May 2019 By: Xinhua'], 'UTC', '2019-05-03', null, 'DAY'],
    ['a date posted in a section, with a comment count', ['Posted on Jan 3, 2017 in News | 0 comments'], 'UTC', '2017-01-03', null, 'DAY'],
    ["a place and an agency's credit before the date", ['Tallinn (AFP) March 17, 2017'], 'UTC', '2017-03-17', null, 'DAY'],
    ['an update time with its offset glued on', ['Friday, April 06, 2001, updated at 08:16(GMT+8)'], 'UTC', '2001-04-06', null, 'DAY'],
    ['a dotted date, a time and a bare view count', ['14.03.2024, 17:06 36246'], 'UTC', '2024-03-14', '2024-03-14T17:06:00.000Z', 'MINUTE'],
    [
      'a read counter beside the date',
      ['Read: 340     12:54     11 January 2018'],
      'UTC',
      '2018-01-11',
      '2018-01-11T12:54:00.000Z',
      'MINUTE',
    ],
    ['a date label glued to the name before it', ['Priya NairUpdated February 16, 2018'], 'UTC', '2018-02-16', null, 'DAY'],
    [
      'a date after a byline nobody can be read from',
      ['By KH디지털2Published : Dec. 2, 2015 - 09:14'],
      'UTC',
      '2015-12-02',
      '2015-12-02T09:14:00.000Z',
      'MINUTE',
    ],
    [
      'a date under a summary and a reading time',
      ['The parliament will vote on the deployment this week.', '2 min read', '07 June, 2017'],
      'UTC',
      '2017-06-07',
      null,
      'DAY',
    ],
    [
      'a date beside a site name',
      ['EXAMPLE.COM / Updated: May 5, 2021, 10:00 IST'],
      'UTC',
      '2021-05-05',
      '2021-05-05T04:30:00.000Z',
      'MINUTE',
    ],
    ['a date beside a place', ['ISTANBUL May 05, 2021 10:00 am +03'], 'UTC', '2021-05-05', '2021-05-05T07:00:00.000Z', 'MINUTE'],
    [
      'a section label in lowercase beside the date',
      ['world Updated: Mar 4, 2024 10:00 IST'],
      'UTC',
      '2024-03-04',
      '2024-03-04T04:30:00.000Z',
      'MINUTE',
    ],
  ])('reads %s', (_, header, zone, day, at, precision) => {
    const parsed = parse(article(...header), zone);
    expect([parsed.publishedOn, parsed.publishedAt?.toISOString() ?? null, parsed.publishedPrecision]).toEqual([day, at, precision]);
  });

  it('gives no date for a wire dateline without a year', () => {
    const parsed = parse('Ministry confirms pull-out\n\nOSLO, March 3 (NTB) -- The ministry said 200 soldiers would return home.');
    expect([parsed.publishedOn, parsed.publishedAt]).toEqual([undefined, undefined]);
  });

  it('reads the date a story opening prints with its year when the header prints none', () => {
    expect(
      parse('Ministry confirms pull-out\n\nLahore, (PPI - 4th Feb, 2022) The ministry said 200 soldiers would return home.').publishedOn,
    ).toBe('2022-02-04');
  });

  it('reads the date a story opens with, before a dash', () => {
    expect(parse('Ministry confirms pull-out\n\nJune 2, 2022 — The ministry said 200 soldiers would return home.').publishedOn).toBe(
      '2022-06-02',
    );
  });

  it('reads no date from a story that opens with the date of an event', () => {
    expect(
      parse('Ministry confirms pull-out\n\nOn 2 June 2022 – the day the base closed – 200 soldiers returned home.').publishedOn,
    ).toBeUndefined();
  });

  it('reads no date from a story that opens with a place and then prose', () => {
    expect(
      parse('Ministry confirms pull-out\n\nMoscow, which took the peninsula on 18 March 2014 – a move few recognised – said it would act.')
        .publishedOn,
    ).toBeUndefined();
  });

  it('prefers the first publication to a later update on separate lines', () => {
    expect(parse(article('Updated 6 May 2021 10:00', 'Published 5 May 2021 09:00')).publishedOn).toBe('2021-05-05');
  });

  it('marks a date line relative to reading as a dateline without a date', () => {
    const parsed = parse(article('Last updated: 45 mins ago'));
    expect([parsed.paragraphs[1]?.kind, parsed.publishedOn]).toEqual(['DATELINE', undefined]);
  });
});

describe('parseArticle: bylines', () => {
  it.each([
    ['"By" with names', ['By Jane Doe and John Roe'], [{ names: ['Jane Doe', 'John Roe'] }], ['BYLINE']],
    ['an agency credit alone', ['By The Associated Press'], [{ names: [], agency: 'The Associated Press' }], ['BYLINE']],
    [
      'a bare name with a job title under it',
      ['Nadia Brook', 'Security Correspondent'],
      [{ names: ['Nadia Brook'], role: 'Security Correspondent' }],
      ['BYLINE', 'BYLINE'],
    ],
    [
      'a bare name above the same name with "By"',
      ['Nadia Brook', 'By Nadia Brook'],
      [{ names: ['Nadia Brook'] }, { names: ['Nadia Brook'] }],
      ['BYLINE', 'BYLINE'],
    ],
    ['a bare name alone', ['Nadia Brook'], [{ names: ['Nadia Brook'] }], ['BYLINE']],
    ['names without "By"', ['Jessica Hale and Dan Morrow'], [{ names: ['Jessica Hale', 'Dan Morrow'] }], ['BYLINE']],
    ['a name and an agency after a bar', ['Jane Doe | Reuters'], [{ names: ['Jane Doe'], agency: 'Reuters' }], ['BYLINE']],
    [
      'the outlet under the byline',
      ['By Jane Doe', 'The Daily Courier'],
      [{ names: ['Jane Doe'], agency: 'The Daily Courier' }],
      ['BYLINE', 'BYLINE'],
    ],
    ['an agency alone on its line, in capitals', ['REUTERS'], [{ names: [], agency: 'Reuters' }], ['BYLINE']],
    ['a desk', ['Web Desk'], [{ names: [], role: 'Web Desk' }], ['BYLINE']],
    ['a date with an agency credit', ['3rd May 2019 By: Xinhua'], [{ names: [], agency: 'Xinhua' }], ['DATELINE']],
    ['a name and the date on one line', ['Imran Qadir Published March 02, 2023 | 07:15 PM'], [{ names: ['Imran Qadir'] }], ['BYLINE']],
    [
      'a name, an outlet and the date on one line',
      ['Jane Doe · Example News · Posted: May 05, 2021 10:00 AM ET'],
      [{ names: ['Jane Doe'], agency: 'Example News' }],
      ['BYLINE'],
    ],
    [
      'a byline that carries its update',
      ['Reported by Jane Doe, Edited by John Roe | Updated: May 05, 2021'],
      [{ names: ['Jane Doe'], role: 'Edited by John Roe' }],
      ['BYLINE'],
    ],
    [
      'the outlet and place under the byline',
      ['By Jane Doe', 'Example News, Kyiv'],
      [{ names: ['Jane Doe'], agency: 'Example News, Kyiv' }],
      ['BYLINE', 'BYLINE'],
    ],
    [
      'a name with where it was filed from, above the date',
      ['Jane Doe in Kyiv', 'Mon 14 Oct 2019 18.30 BST'],
      [{ names: ['Jane Doe'] }],
      ['BYLINE', 'DATELINE'],
    ],
    ['a dash before the name', ['— Oskar Lind'], [{ names: ['Oskar Lind'] }], ['BYLINE']],
    ['a dash before a name in capitals', ['- OSKAR LIND'], [{ names: ['Oskar Lind'] }], ['BYLINE']],
    [
      'a newspaper and the date on one line, under the byline',
      ['By Jane Doe', 'Harbour Ledger / 06:40 AM June 3, 2024'],
      [{ names: ['Jane Doe'] }],
      ['BYLINE', 'DATELINE'],
    ],
    [
      'a date, then a byline that says where its author reports from',
      ['Published on 04/03/2024 - 10:00 By Carla Menezes reports from Porto'],
      [{ names: ['Carla Menezes'] }],
      ['BYLINE'],
    ],
    [
      'a bare name under a two-sentence summary',
      ['The garrison has shrunk by half. Few have noticed.', 'Eka Dzhaparidze'],
      [{ names: ['Eka Dzhaparidze'] }],
      ['STANDFIRST', 'BYLINE'],
    ],
    [
      'an apostrophe inside a bare name',
      ['The garrison has shrunk by half.', 'Lasha Ch’ikovani'],
      [{ names: ['Lasha Ch’ikovani'] }],
      ['STANDFIRST', 'BYLINE'],
    ],
    ["an agency's photo credit, which names no author", ['AFP PHOTO / OSKAR LIND'], [], ['CAPTION']],
  ])('reads %s', (_, header, bylines, lineKinds) => {
    const parsed = parse(article(...header));
    expect([parsed.bylines, parsed.paragraphs.slice(1, header.length + 1).map((p) => p.kind)]).toEqual([bylines, lineKinds]);
  });

  it.each([
    ['a section label', 'World News'],
    ['a region', 'Middle East'],
    ['a country', 'Saudi Arabia'],
    ['a newspaper', 'Riverside Chronicle'],
    ['a section of headlines', 'All Headlines'],
    ["a headline's second line", 'A Major Breakthrough'],
    ["a country's army", 'Ruritanian Army'],
    ['a newspaper with "The"', 'The Evening Inquirer'],
  ])('does not take %s for a name', (_, line) => {
    expect(parse(article(line)).bylines).toEqual([]);
  });

  it('reads a byline in parentheses under the story, before the sign-off', () => {
    const parsed = parse(`${article()}\n\n(By Lin Chia-hao and Wu Pei-jung)\n\nEnditem/ab`);
    expect([parsed.paragraphs.slice(-2).map((p) => p.kind), parsed.bylines]).toEqual([
      ['BYLINE', 'RELATED_LINK'],
      [{ names: ['Lin Chia-hao', 'Wu Pei-jung'] }],
    ]);
  });

  it('keeps a byline printed on the line right under the headline apart from it', () => {
    const parsed = parse(
      'Four thousand soldiers to deploy to the border next spring as part of a rotation\nBy Priya Nair, Published: Dec. 2, 2015\n\nThe brigade will arrive in March.',
    );
    expect([parsed.headline, parsed.bylines, parsed.publishedOn]).toEqual([
      'Four thousand soldiers to deploy to the border next spring as part of a rotation',
      [{ names: ['Priya Nair'] }],
      '2015-12-02',
    ]);
  });

  it("reads a slashed date month-first when the story's wire dateline says so", () => {
    const parsed = parse(
      ['Troops head home', 'Fri, 09/08/2017 - 05:25', 'KUALA LUMPUR, Sept 8 (Example) -- The battalion left for Lebanon on Friday.'].join(
        '\n\n',
      ),
      'UTC',
    );
    expect(parsed.publishedOn).toBe('2017-09-08');
  });

  it('reads a slashed date day-first when the wire dateline agrees', () => {
    const parsed = parse(
      ['Troops head home', 'Fri, 09/08/2017 - 05:25', 'KUALA LUMPUR, Aug 9 (Example) -- The battalion left for Lebanon on Wednesday.'].join(
        '\n\n',
      ),
      'UTC',
    );
    expect(parsed.publishedOn).toBe('2017-08-09');
  });

  it('keeps a short heading under a long opening paragraph in the story', () => {
    const opening =
      'The ministry said on Monday that the last of the 400 soldiers stationed at the northern base would leave by the end of the year, ending a deployment that began more than a decade ago and cost far more than planned.';
    const parsed = parse(['Troops head home', opening, 'Quiet Departure', 'The base will close next year.'].join('\n\n'));
    expect([parsed.bylines, parsed.paragraphs.map((p) => p.kind)]).toEqual([[], ['HEADLINE', 'BODY', 'RELATED_LINK', 'BODY']]);
  });

  it('keeps a line of a time alone, a live blog entry, out of the standfirst', () => {
    const parsed = parse(article('Updated 3 March 2024, 09:15 (Kyiv time)', '09:15'));
    expect([parsed.standfirst, parsed.paragraphs.slice(1, 3).map((p) => p.kind)]).toEqual([undefined, ['DATELINE', 'BODY']]);
  });

  it('reads an "Author:" line under the story as its byline', () => {
    const parsed = parse(`${article()}\n\nAuthor: Mira Sato`);
    expect(parsed.bylines.flatMap((b) => b.names)).toEqual(['Mira Sato']);
  });

  it("reads the author's note under the story as its byline", () => {
    const parsed = parse(`${article()}\n\nMira Sato\n\nMira Sato is Defence Editor of the Harbour Ledger`);
    expect([parsed.paragraphs.slice(-2).map((p) => p.kind), parsed.bylines.flatMap((b) => b.names)]).toEqual([
      ['BYLINE', 'BYLINE'],
      ['Mira Sato'],
    ]);
  });

  it('names the reporters of a credit under the story when no byline named anyone', () => {
    const parsed = parse(`${article()}\n\n(Reporting by Mira Sato and Oskar Lind in Paris; Editing by Jarno Keskinen)`);
    expect(parsed.bylines.flatMap((b) => b.names)).toEqual(['Mira Sato', 'Oskar Lind']);
  });

  it("names the reporters of a dashed credit under the headline, after their outlet's possessive", () => {
    const parsed = parse(
      [
        'Troops head home',
        "— Reporting by Example News' Mira Sato and Oskar Lind",
        'The troops left the base on Monday, officials said.',
      ].join('\n\n'),
    );
    expect(parsed.bylines.flatMap((b) => b.names)).toEqual(['Mira Sato', 'Oskar Lind']);
  });

  it("keeps the byline's authors and no reporters when both are printed", () => {
    const parsed = parse(`${article('By Priya Nair')}\n\n(Reporting by Mira Sato; Editing by Jarno Keskinen)`);
    expect(parsed.bylines.flatMap((b) => b.names)).toEqual(['Priya Nair']);
  });

  it('keeps a credit for contributions at the end as a byline naming nobody', () => {
    const parsed = parse(`${article()}\n\nThe Associated Press contributed to this report.`);
    expect([parsed.paragraphs.at(-1)?.kind, parsed.bylines.flatMap((b) => b.names)]).toEqual(['BYLINE', []]);
  });
});

describe('parseArticle: captions', () => {
  it('marks a caption with its credit in several styles', () => {
    for (const [line, credit] of [
      ['Soldiers board a plane. Picture: Getty', 'Getty'],
      ['Soldiers board a plane (Photo: AFP)', 'AFP'],
      ['Soldiers board a plane. Photograph: Reuters', 'Reuters'],
      ['Photo by: Reuters', 'Reuters'],
      ['Reuters/File | The minister inspects a guard of honour during a visit', 'Reuters/File'],
      ['Sailors line the deck. (Navy photo by Petty Officer Sam Ortiz)', 'Navy photo by Petty Officer Sam Ortiz'],
      ['Image source, Getty Images', 'Getty Images'],
      ['AFP via Getty Images', 'AFP via Getty Images'],
      ['AFP PHOTO / OSKAR LIND', 'AFP PHOTO / OSKAR LIND'],
      ['Soldiers patrol the border near Laredo, Texas. Copyright Oskar Lind Getty Images file', 'Copyright Oskar Lind Getty Images file'],
      [
        'FILE - Soldiers patrol the border. (Example Photo/Oskar Lind, File) Copyright 2023 Example Press. All rights reserved.',
        'Copyright 2023 Example Press',
      ],
    ]) {
      const paragraph = parse(`H\n\nThe body starts here.\n\n${line}\n\nThe body goes on.`, 'UTC').paragraphs[2];
      expect([paragraph?.kind, paragraph?.credit]).toEqual(['CAPTION', credit]);
    }
  });

  it('marks image text left wrapped in markup as a caption', () => {
    expect(headerKinds('5 May 2021', '<p>Sailors on the deck of a frigate in the Baltic</p>')).toEqual(['DATELINE', 'CAPTION']);
  });

  it("joins an image's alt text to the caption that follows it", () => {
    const text = 'H\n\nThe body starts here.\n\nConcrete blast walls\n\nBlast walls at the airfield Photo: Pool\n\nThe body goes on.';
    expect(parse(text).paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['HEADLINE', 'H'],
      ['BODY', 'The body starts here.'],
      ['CAPTION', 'Concrete blast walls\n\nBlast walls at the airfield Photo: Pool'],
      ['BODY', 'The body goes on.'],
    ]);
  });

  it("takes several sentences above the story's wire dateline for a caption", () => {
    const text = article(
      'By The Associated Press',
      'Soldiers unload trucks at the port on a grey morning. The unit arrived from Poland. It will train here for nine months.',
      'CONSTANTA, Romania — Four hundred soldiers arrived on Tuesday.',
    );
    expect(kinds(text).slice(1, 4)).toEqual(['BYLINE', 'CAPTION', 'BODY']);
  });
});

describe('parseArticle: page furniture and related links', () => {
  it('marks READ MORE, Related and bare headline lines between paragraphs as related links', () => {
    expect(
      kinds(
        'H\n\nThe body starts here.\n\nREAD MORE: Troops hit by rockets\n\nRelated: Base closes\n\nMinister mocks rival over masks\n\nThe body goes on.',
      ),
    ).toEqual(['HEADLINE', 'BODY', 'RELATED_LINK', 'RELATED_LINK', 'RELATED_LINK', 'BODY']);
  });

  it.each([
    'For the latest updates, follow our WhatsApp channel.',
    'Continue reading HERE',
    'Source: https://example.org/news/2021/troops-home',
    'desk@example.org',
    '(END)',
    'Read more:',
    'Estimated read time: 3-4 minutes',
  ])('keeps %j out of the body', (line) => {
    expect(kinds(`H\n\nThe body starts here.\n\n${line}\n\nThe body goes on.`)[2]).toBe('RELATED_LINK');
  });
});

describe('ingestArticle: the publication date of the draft', () => {
  const text = article('July 4, 2023');

  it('stores a date-only dateline as the day, without an instant', () => {
    const draft = ingestArticle(text);
    expect([draft.publishedOn, draft.publishedAt, draft.publishedPrecision]).toEqual(['2023-07-04', undefined, 'DAY']);
  });

  it("lets the caller's instant win, with its day in the given zone", () => {
    const draft = ingestArticle(text, { publishedAt: new Date('2023-07-05T23:30:00Z'), defaultTimeZone: 'Asia/Seoul' });
    expect([draft.publishedOn, draft.publishedAt?.toISOString(), draft.publishedPrecision]).toEqual([
      '2023-07-06',
      '2023-07-05T23:30:00.000Z',
      'SECOND',
    ]);
  });

  it('dates the slug with the day as printed', () => {
    expect(ingestArticle(text).slug).toBe('troops-head-home-2023-07-04');
  });
});
