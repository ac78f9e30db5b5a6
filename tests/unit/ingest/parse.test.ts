import { describe, expect, it } from 'vitest';
import { parseArticle, splitByline } from '../../../src/ingest/parse.ts';

const kinds = (text: string) => parseArticle(text, 'Europe/London').paragraphs.map((p) => p.kind);

describe('splitByline', () => {
  it('reads a name with a role after a comma', () => {
    expect(splitByline('By Jane Doe, Defence Correspondent')).toEqual({ names: ['Jane Doe'], role: 'Defence Correspondent' });
  });

  it('reads two names joined by "and"', () => {
    expect(splitByline('By Jane Doe and John Roe')).toEqual({ names: ['Jane Doe', 'John Roe'] });
  });

  it('reads three names separated by commas and "and"', () => {
    expect(splitByline('By Ann Lee, Bo Chan and Cy Park')).toEqual({ names: ['Ann Lee', 'Bo Chan', 'Cy Park'] });
  });

  it('reads an agency after a bar as the role', () => {
    expect(splitByline('By Anna Kowalska | Associated Press')).toEqual({ names: ['Anna Kowalska'], role: 'Associated Press' });
  });

  it('refuses a sentence that merely starts with "By"', () => {
    expect(splitByline('By the end of the year, troops will leave.')).toBeUndefined();
  });
});

describe('parseArticle', () => {
  it('takes the first line as the headline', () => {
    expect(parseArticle('Troops leave\n\nThey left on Monday.', 'UTC').headline).toBe('Troops leave');
  });

  it('reads an ISO 8601 dateline as an instant', () => {
    expect(parseArticle('H\n\n2021-04-14T18:02:00Z\n\nBody text here.', 'Europe/London').publishedAt?.toISOString()).toBe('2021-04-14T18:02:00.000Z');
  });

  it('honours an explicit zone abbreviation over the default zone', () => {
    expect(parseArticle('H\n\nNovember 17, 2020 at 3:45 p.m. EST\n\nBody.', 'Europe/London').publishedAt?.toISOString()).toBe('2020-11-17T20:45:00.000Z');
  });

  it('applies the default zone, with its daylight saving, to a local dateline', () => {
    expect(parseArticle('H\n\n9 September 2020, 17:30\n\nBody.', 'Europe/London').publishedAt?.toISOString()).toBe('2020-09-09T16:30:00.000Z');
    expect(parseArticle('H\n\n9 January 2020, 17:30\n\nBody.', 'Europe/London').publishedAt?.toISOString()).toBe('2020-01-09T17:30:00.000Z');
    expect(parseArticle('H\n\n9 January 2020, 17:30\n\nBody.', 'America/New_York').publishedAt?.toISOString()).toBe('2020-01-09T22:30:00.000Z');
  });

  it('strips "Published" and "Updated" before a dateline', () => {
    expect(parseArticle('H\n\nUpdated: 30 July 2020 09:15 BST\n\nBody.', 'UTC').publishedAt?.toISOString()).toBe('2020-07-30T08:15:00.000Z');
  });

  it('marks a caption with its credit in several styles', () => {
    for (const [line, credit] of [
      ['Soldiers board a plane. Picture: Getty', 'Getty'],
      ['Soldiers board a plane (Photo: AFP)', 'AFP'],
      ['Soldiers board a plane. Photograph: Reuters', 'Reuters'],
    ]) {
      const paragraph = parseArticle(`H\n\nThe body starts here.\n\n${line}\n\nThe body goes on.`, 'UTC').paragraphs[2];
      expect([paragraph?.kind, paragraph?.credit]).toEqual(['CAPTION', credit]);
    }
  });

  it('marks READ MORE, Related and bare headline lines between paragraphs as related links', () => {
    expect(kinds('H\n\nThe body starts here.\n\nREAD MORE: Troops hit by rockets\n\nRelated: Base closes\n\nMinister mocks rival over masks\n\nThe body goes on.')).toEqual([
      'HEADLINE', 'BODY', 'RELATED_LINK', 'RELATED_LINK', 'RELATED_LINK', 'BODY',
    ]);
  });

  it('keeps a wire dateline paragraph as body text', () => {
    expect(kinds('H\n\nWASHINGTON (Reuters) - The United States will withdraw troops, officials said.')).toEqual(['HEADLINE', 'BODY']);
  });

  it('joins hard-wrapped lines into one paragraph with exact offsets', () => {
    const text = 'H\n\nThe United States has begun moving about one hundred Marines from\nOkinawa to Guam, the first step in a plan to move thousands of troops\nout of Japan, officials said.';
    const [, body] = parseArticle(text, 'UTC').paragraphs;
    expect(body?.kind).toBe('BODY');
    expect(text.slice(body!.start, body!.end)).toBe(text.slice(text.indexOf('The United')));
  });
});
