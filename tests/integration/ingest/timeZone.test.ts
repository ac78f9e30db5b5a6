/**
 * A dateline that names no zone is read in the server's DEFAULT_TIME_ZONE, unless the
 * mutation's input names one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApiWith, type TestApi } from '../../helpers/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApiWith({ defaultTimeZone: 'America/New_York' });
});
afterAll(() => api.close());

const INGEST =
  'mutation ($text: String!, $zone: String) { ingestArticle(input: { text: $text, timeZone: $zone }) { article { publishedAt } userErrors { message } } }';
const story = (headline: string) =>
  `${headline}\n\n3 March 2021, 07:30\n\nAbout 400 troops arrived at the base on Tuesday, officials said.\n`;
const publishedAt = async (text: string, zone?: string) =>
  (await api.asEditor<{ ingestArticle: { article: { publishedAt: string } } }>(INGEST, { text, zone })).data?.ingestArticle.article
    .publishedAt;

describe('a dateline without a zone', () => {
  it('is read in the zone the server was configured with', async () => {
    expect(await publishedAt(story('Troops reach the base'))).toBe('2021-03-03T12:30:00.000Z');
  });

  it('is read in the zone the input names, over the server’s', async () => {
    expect(await publishedAt(story('More troops reach the base'), 'Asia/Baghdad')).toBe('2021-03-03T04:30:00.000Z');
  });
});
