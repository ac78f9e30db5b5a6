import { describe, expect, it } from 'vitest';
import { datelineDay, localDay, parseDateline, periodOf, zonedTime } from '../../../src/ingest/dates.ts';

const published = new Date('2020-09-09T16:30:00Z');

describe('zonedTime', () => {
  it('converts London summer time to UTC', () => {
    expect(zonedTime(2020, 9, 9, 17, 30, 'Europe/London').toISOString()).toBe('2020-09-09T16:30:00.000Z');
  });
});

describe('parseDateline', () => {
  it('reads "Nov. 17, 2020" as midnight in the default zone', () => {
    expect(parseDateline('Nov. 17, 2020', 'UTC')?.toISOString()).toBe('2020-11-17T00:00:00.000Z');
  });

  it('rejects a sentence that contains a date', () => {
    expect(parseDateline('The troops left Iraq on 9 September 2020 after a long campaign there.', 'UTC')).toBeUndefined();
  });
});

describe('periodOf', () => {
  it('reads "this month" as the publication month', () => {
    expect(periodOf('troops will leave this month', published)).toEqual({ effectiveDate: '2020-09-01', periodEnd: '2020-09-30', datePrecision: 'MONTH' });
  });

  it('reads "by January 15" as the next January 15', () => {
    expect(periodOf('the force will be 2,500 by January 15', published)).toEqual({ effectiveDate: '2021-01-15', datePrecision: 'DAY' });
  });

  it('reads "by the end of the year" as a period ending on 31 December', () => {
    expect(periodOf('a cut to 3,000 by the end of the year', published)).toEqual({ effectiveDate: '2020-09-09', periodEnd: '2020-12-31', datePrecision: 'PERIOD' });
  });

  it('reads "over the coming months" as a period from publication', () => {
    expect(periodOf('troops will arrive over the coming months', published)?.datePrecision).toBe('PERIOD');
  });

  it('reads "in 2011" as that year', () => {
    expect(periodOf('100,000 troops were there in 2011', published)).toEqual({ effectiveDate: '2011-01-01', periodEnd: '2011-12-31', datePrecision: 'YEAR' });
  });

  it('ignores a bare weekday, which dates the telling', () => {
    expect(periodOf('the general said on Wednesday that 5,200 troops are there', published)).toBeUndefined();
  });
});

describe('periodOf without a publication date', () => {
  it('keeps a full date and drops relative phrases', () => {
    expect(periodOf('2,500 troops by January 15, 2021', undefined)).toEqual({ effectiveDate: '2021-01-15', datePrecision: 'DAY' });
    expect(periodOf('troops will leave this month', undefined)).toBeUndefined();
  });
});

describe('localDay', () => {
  it('gives the day a London reader saw for an instant just before UTC midnight', () => {
    expect(localDay(new Date('2020-07-28T23:00:00Z'), 'Europe/London')).toBe('2020-07-29');
  });
});

describe('datelineDay', () => {
  it('keeps the calendar day the dateline writes, whatever its zone', () => {
    expect(datelineDay('Oct. 14, 2019 08:30 PM EDT')).toBe('2019-10-14');
  });
});
