import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/helpers/api.ts';
import { summarize } from './main.ts';
import { kuwaitReport, laterKuwaitCount } from './scenario.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(kuwaitReport(), laterKuwaitCount());
});
afterAll(() => api.close());

describe('the typed example client', () => {
  it("reads an article's figures and a place's timeline from a running service", async () => {
    const lines = await summarize(`${api.server.baseUrl}/graphql`, { slug: api.saved[0]!.slug, location: 'Kuwait' });
    expect(lines).toEqual([
      'US to trim its force in Kuwait (2021-07-01T06:00:00.000Z) by Omar Haddad',
      '  CURRENT EXACT 13500 in Kuwait',
      '  TARGET EXACT 10000 in Kuwait',
      'Kuwait timeline: 3 figures',
    ]);
  });
});
