import { describe, expect, it } from 'vitest';
import {
  datelineDay,
  isRelativeDateline,
  localDay,
  parseDateline,
  readDateLine,
  zonedTime,
  zoneOffset,
} from '../../../src/ingest/dates.ts';

describe('zonedTime', () => {
  it.each([
    ['London summer time', [2020, 9, 9, 17, 30, 'Europe/London'], '2020-09-09T16:30:00.000Z'],
    ['London winter time', [2020, 1, 9, 17, 30, 'Europe/London'], '2020-01-09T17:30:00.000Z'],
    ['New York winter time', [2020, 1, 9, 17, 30, 'America/New_York'], '2020-01-09T22:30:00.000Z'],
    ['Auckland summer time, a day ahead of UTC', [2020, 3, 30, 9, 0, 'Pacific/Auckland'], '2020-03-29T20:00:00.000Z'],
  ] as const)('converts %s to UTC', (_, [y, m, d, h, min, zone], expected) => {
    expect(zonedTime(y, m, d, h, min, zone).toISOString()).toBe(expected);
  });

  it('keeps the seconds it is given', () => {
    expect(zonedTime(2021, 6, 1, 8, 0, 'UTC', 42).toISOString()).toBe('2021-06-01T08:00:42.000Z');
  });
});

describe('zoneOffset', () => {
  it('gives the offset in force on each side of a daylight-saving change', () => {
    // Europe/London moves to BST at 01:00 UTC on 29 March 2020.
    expect([zoneOffset('Europe/London', Date.UTC(2020, 2, 29, 0, 59)), zoneOffset('Europe/London', Date.UTC(2020, 2, 29, 1, 0))]).toEqual([
      0, 60,
    ]);
  });
});

/** [line as printed, default zone, day, instant or null, precision] */
const DATELINES: [string, string, string, string | null, string][] = [
  ['Nov. 17, 2020', 'Europe/London', '2020-11-17', null, 'DAY'],
  ['August 2, 2022', 'Europe/London', '2022-08-02', null, 'DAY'],
  ['Sept 3 2024', 'UTC', '2024-09-03', null, 'DAY'],
  ['21st January 2019', 'UTC', '2019-01-21', null, 'DAY'],
  ['7th Feb, 2023', 'UTC', '2023-02-07', null, 'DAY'],
  ['14.10.2019', 'Europe/Berlin', '2019-10-14', null, 'DAY'],
  ['9 September 2020, 17:30', 'Europe/London', '2020-09-09', '2020-09-09T16:30:00.000Z', 'MINUTE'],
  ['Wednesday 6 July 2022 11:48', 'Europe/London', '2022-07-06', '2022-07-06T10:48:00.000Z', 'MINUTE'],
  ['9:15 am on 2 April 2020', 'Pacific/Auckland', '2020-04-02', '2020-04-01T20:15:00.000Z', 'MINUTE'],
  ['Published 14 April 2021 09:15 BST', 'UTC', '2021-04-14', '2021-04-14T08:15:00.000Z', 'MINUTE'],
  ['Updated: 30 July 2020 09:15 BST', 'UTC', '2020-07-30', '2020-07-30T08:15:00.000Z', 'MINUTE'],
  ['March 3, 2021 at 7:30 a.m. EST', 'Europe/London', '2021-03-03', '2021-03-03T12:30:00.000Z', 'MINUTE'],
  ['Posted on Sept. 3, 2024 at 11:05 p.m. ET', 'UTC', '2024-09-03', '2024-09-04T03:05:00.000Z', 'MINUTE'],
  ['May 12, 2022 10:00 KST', 'UTC', '2022-05-12', '2022-05-12T01:00:00.000Z', 'MINUTE'],
  ['Mon 14 Oct 2019 18.30 BST', 'UTC', '2019-10-14', '2019-10-14T17:30:00.000Z', 'MINUTE'],
  ['11 August 2014, 14:52 UTC+4', 'UTC', '2014-08-11', '2014-08-11T10:52:00.000Z', 'MINUTE'],
  ['Updated 10:32 AM EDT, Tue October 15, 2019', 'UTC', '2019-10-15', '2019-10-15T14:32:00.000Z', 'MINUTE'],
  ['2020-08-03T14:20:00Z', 'Europe/London', '2020-08-03', '2020-08-03T14:20:00.000Z', 'SECOND'],
  ['2023-09-15T04:44:35+03:00', 'UTC', '2023-09-15', '2023-09-15T01:44:35.000Z', 'SECOND'],
  ['2021-04-14 18:02', 'Europe/London', '2021-04-14', '2021-04-14T17:02:00.000Z', 'MINUTE'],
  ['May 05, 2021 10:00 am +03', 'UTC', '2021-05-05', '2021-05-05T07:00:00.000Z', 'MINUTE'],
  ['PUBLISHED MAY 5, 2021, 10:00 AM SGT', 'UTC', '2021-05-05', '2021-05-05T02:00:00.000Z', 'MINUTE'],
  ['May 5, 20214:12 PM UTC', 'Europe/London', '2021-05-05', '2021-05-05T16:12:00.000Z', 'MINUTE'],
  ['Updated 3 March 2024, 09:15 (Kyiv time)', 'UTC', '2024-03-03', '2024-03-03T07:15:00.000Z', 'MINUTE'],
  ['3 March 2024, 09:15 Moscow time', 'UTC', '2024-03-03', '2024-03-03T06:15:00.000Z', 'MINUTE'],
  ['3 March 2024, 09:15 (local time)', 'Asia/Tokyo', '2024-03-03', '2024-03-03T00:15:00.000Z', 'MINUTE'],
  ['3 March 2024, 09:15 (Atlantis time)', 'UTC', '2024-03-03', null, 'DAY'],
  ['31 Agustus 2018 13:59 WIB', 'UTC', '2018-08-31', '2018-08-31T06:59:00.000Z', 'MINUTE'],
  ['Published : Monday, 4 March, 2024 at 10:00 AM  Count : 312', 'UTC', '2024-03-04', '2024-03-04T10:00:00.000Z', 'MINUTE'],
];

describe('parseDateline', () => {
  it.each(DATELINES)('reads %j (default zone %s) as the day %s, instant %s, precision %s', (line, zone, day, at, precision) => {
    const date = parseDateline(line, zone);
    expect([date?.day, date?.at?.toISOString() ?? null, date?.precision]).toEqual([day, at, precision]);
  });

  it('gives a date-only dateline no instant, so it never becomes the previous day in UTC', () => {
    expect(parseDateline('July 4, 2023', 'Europe/London')).toEqual({ day: '2023-07-04', precision: 'DAY', label: 'PUBLISHED' });
  });

  it.each([
    ['a wire dateline without a year', 'OSLO, March 3 (NTB) --'],
    ['a month and a year', 'March 2020'],
    ['a day and a month', 'July 17'],
    ['a time relative to reading', 'Updated 3 hours ago'],
    ['a sentence that mentions a date', 'The troops left the base on 9 September 2020 after a long campaign there.'],
  ])('gives no date for %s', (_, line) => {
    expect(parseDateline(line, 'UTC')).toBeUndefined();
  });

  it('prefers the first publication to an update printed on the same line', () => {
    expect(parseDateline('Published: 16:30 GMT, 14 October 2019 | Updated: 09:00 GMT, 15 October 2019', 'UTC')?.at?.toISOString()).toBe(
      '2019-10-14T16:30:00.000Z',
    );
  });

  it('takes an update when it is the only date printed', () => {
    expect(parseDateline('Last updated: 2 May 2021', 'UTC')).toMatchObject({ day: '2021-05-02', label: 'UPDATED' });
  });

  it.each([
    ['a day above 12 first', '13/04/2021', 'Europe/London', '2021-04-13'],
    ['a day above 12 second', '04/13/2021', 'Europe/London', '2021-04-13'],
    ['an ambiguous date day-first outside the Americas', '04/05/2021', 'Europe/London', '2021-05-04'],
    ['an ambiguous date month-first in the Americas', '04/05/2021', 'America/New_York', '2021-04-05'],
    ['an ambiguous date month-first beside an American zone', '04/05/2021 10:00 AM EDT', 'Europe/London', '2021-04-05'],
  ])('reads numeric dates with slashes: %s', (_, line, zone, day) => {
    expect(parseDateline(line, zone)?.day).toBe(day);
  });

  it('refuses a day that the month does not have', () => {
    expect(parseDateline('31 April 2021', 'UTC')).toBeUndefined();
  });
});

describe('readDateLine', () => {
  it.each([
    ['a name before the date', 'Imran Qadir Published March 02, 2023 | 07:15 PM', 'Imran Qadir'],
    ['an agency credit after the date', '3rd May 2019 By: Xinhua', 'By: Xinhua'],
    ['a byline after the date and time', 'May 5, 2021 | 10:00 AM | By Jane Doe', 'By Jane Doe'],
    ['a reading time', 'By Jane Doe • Published 5 May 2021 • 3 min read', 'By Jane Doe'],
    ['a name and an outlet, kept apart', 'Jane Doe · Example News · Posted: May 05, 2021 10:00 AM ET', 'Jane Doe | Example News'],
    ['nothing but the date', 'Tuesday, 5 May 2021, 10:00', ''],
    ['a counter of views', 'By Jane Doe | May 5, 2021 | 1,204 views', 'By Jane Doe'],
    ['a counter after a colon', 'May 5, 2021 10:00 Hits: 87', ''],
  ])('gives what a date line says besides the date: %s', (_, line, rest) => {
    expect(readDateLine(line, 'UTC')?.rest).toBe(rest);
  });
});

describe('isRelativeDateline', () => {
  it.each([
    ['Updated 3 hours ago', true],
    ['Published:', true],
    ['45 mins ago', true],
    ['Troops leave', false],
    ['5 May 2021', false],
  ] as const)('says whether %j is a date line that gives no date: %s', (line, expected) => {
    expect(isRelativeDateline(line)).toBe(expected);
  });
});

describe('localDay', () => {
  it('gives the day a London reader saw for an instant just before UTC midnight', () => {
    expect(localDay(new Date('2020-07-28T23:00:00Z'), 'Europe/London')).toBe('2020-07-29');
  });
});

describe('datelineDay', () => {
  it('keeps the calendar day the dateline writes, whatever its zone', () => {
    // 11:30 pm in New York is already the next day in UTC.
    expect(datelineDay('Oct. 14, 2019 11:30 PM EDT')).toBe('2019-10-14');
  });
});
