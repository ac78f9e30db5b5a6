import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../src/ingest/periods.ts';

const published = new Date('2020-09-09T16:30:00Z');

describe('periodOf resolves a clause against the day of publication (9 September 2020)', () => {
  it.each([
    [
      '"this month" is the publication month',
      'troops will leave this month',
      { effectiveDate: '2020-09-01', periodEnd: '2020-09-30', datePrecision: 'MONTH' },
    ],
    [
      '"next month" is the month after',
      'troops will leave next month',
      { effectiveDate: '2020-10-01', periodEnd: '2020-10-31', datePrecision: 'MONTH' },
    ],
    [
      '"last year" is the year before',
      'the force numbered 6,000 last year',
      { effectiveDate: '2019-01-01', periodEnd: '2019-12-31', datePrecision: 'YEAR' },
    ],
    [
      '"by January 15" is the next January 15',
      'the force will be 2,500 by January 15',
      { effectiveDate: '2021-01-15', datePrecision: 'DAY' },
    ],
    [
      '"on 3 March" in a past clause is this year\'s',
      'the troops arrived on 3 March',
      { effectiveDate: '2020-03-03', datePrecision: 'DAY' },
    ],
    [
      '"by the end of the year" is a period ending on 31 December',
      'a cut to 3,000 by the end of the year',
      { effectiveDate: '2020-09-09', periodEnd: '2020-12-31', datePrecision: 'PERIOD' },
    ],
    [
      '"in 2011" is that year',
      '100,000 troops were there in 2011',
      { effectiveDate: '2011-01-01', periodEnd: '2011-12-31', datePrecision: 'YEAR' },
    ],
    ['a whole date is that day', 'the mission ends on June 30, 2021', { effectiveDate: '2021-06-30', datePrecision: 'DAY' }],
    ['a day before its month is that day', 'the mandate runs until 15 March 2021', { effectiveDate: '2021-03-15', datePrecision: 'DAY' }],
    [
      'a month with its year is that month',
      'the brigade will be complete in February 2026',
      { effectiveDate: '2026-02-01', periodEnd: '2026-02-28', datePrecision: 'MONTH' },
    ],
    [
      'a coming month alone is its next one',
      'the deployment will scale down to 75 troops in January',
      { effectiveDate: '2021-01-01', periodEnd: '2021-01-31', datePrecision: 'MONTH' },
    ],
    [
      "a past month alone is this year's",
      'the force had grown to 500 in May',
      { effectiveDate: '2020-05-01', periodEnd: '2020-05-31', datePrecision: 'MONTH' },
    ],
    [
      'a month "next year" is next year\'s',
      'about 130 personnel by June next year',
      { effectiveDate: '2021-06-01', periodEnd: '2021-06-30', datePrecision: 'MONTH' },
    ],
  ])('%s', (_name, clause, expected) => {
    expect(periodOf(clause, published)).toEqual(expected);
  });

  it('reads "over the coming months" as a period from publication', () => {
    expect(periodOf('troops will arrive over the coming months', published)).toEqual({
      effectiveDate: '2020-09-09',
      periodEnd: '2021-03-09',
      datePrecision: 'PERIOD',
    });
  });

  it('ignores a bare weekday, which dates the telling', () => {
    expect(periodOf('the general said on Wednesday that 5,200 troops are there', published)).toBeUndefined();
  });

  it('does not take the verb "may" for the month', () => {
    expect(periodOf('the reduction may not be substantial', published)).toBeUndefined();
  });
});

describe('periodOf without a publication date', () => {
  it('keeps a full date', () => {
    expect(periodOf('2,500 troops by January 15, 2021', undefined)).toEqual({ effectiveDate: '2021-01-15', datePrecision: 'DAY' });
  });

  it('drops phrases relative to a day it does not know', () => {
    expect(periodOf('troops will leave this month', undefined)).toBeUndefined();
  });
});
