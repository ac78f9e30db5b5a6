import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../tests/helpers/api.ts';
import { summarize } from './main.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('the typed example client', () => {
  it('reads the seed article figures and the Iraq timeline from a running service', async () => {
    const lines = await summarize(`${api.server.baseUrl}/graphql`);
    expect(lines[0]).toBe('US to pull almost half its troops from Iraq this month (2020-09-09T16:30:00.000Z) by Rachael Kennedy');
    expect(lines).toContain('  CURRENT EXACT 5200 in Iraq');
    expect(lines).toContain('  TARGET EXACT 3000 in Iraq');
    expect(lines.at(-1)).toBe('Iraq timeline: 3 figures');
  });
});
