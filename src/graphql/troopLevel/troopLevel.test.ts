import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

interface Level {
  id: string;
  count: number;
  kind: string;
  qualifier: string;
  force: string;
  effectiveDate: string | null;
  location: { name: string; code: string | null } | null;
  span: { start: number; end: number; text: string };
}

const LEVELS = `query ($location: String, $kind: TroopLevelKind) {
  troopLevels(filter: { location: $location, kind: $kind }) {
    totalCount
    edges { node { id count kind qualifier force effectiveDate location { name code } span { start end text } } }
  }
}`;

async function levels(variables: Record<string, unknown>): Promise<Level[]> {
  const result = await api.query<{ troopLevels: { edges: { node: Level }[] } }>(LEVELS, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.troopLevels.edges.map((edge) => edge.node);
}

describe('troopLevels', () => {
  it('returns the seed article Iraq figures: 5,200 current and 3,000 target in September 2020, and a change of more than 2,000', async () => {
    const found = await levels({ location: 'Iraq' });
    const summary = found.map((l) => [l.count, l.kind, l.qualifier, l.force, l.effectiveDate?.slice(0, 7) ?? null]);
    expect(summary).toEqual(
      expect.arrayContaining([
        [5200, 'CURRENT', 'EXACT', 'US', '2020-09'],
        [3000, 'TARGET', 'EXACT', 'US', '2020-09'],
      ]),
    );
    expect(found.find((l) => l.kind === 'CHANGE')).toMatchObject({ count: 2000, qualifier: 'MORE_THAN' });
    expect(found.every((l) => l.location?.code === 'IQ')).toBe(true);
  });

  it('ties every figure to the text it was read from', async () => {
    const [article] = (await api.db.prisma.article.findMany({ select: { text: true } }));
    for (const level of await levels({ location: 'IQ' })) {
      expect(article!.text.slice(level.span.start, level.span.end)).toBe(level.span.text);
      expect(level.span.text).toContain(level.count.toLocaleString('en-US'));
    }
  });

  it('filters by kind', async () => {
    expect((await levels({ location: 'Iraq', kind: 'TARGET' })).map((l) => l.count)).toEqual([3000]);
  });

  it('finds nothing for a place without figures', async () => {
    expect(await levels({ location: 'Atlantis' })).toEqual([]);
  });
});

describe('troopLevelTimeline', () => {
  it('orders a place figures by date and reports a source that disagrees', async () => {
    const added = await api.asEditor<{ ingestArticle: { created: boolean } }>(
      'mutation ($text: String!) { ingestArticle(input: { text: $text }) { created userErrors { message } } }',
      {
        text: 'US cuts Iraq force\n\n10 September 2020, 09:00\n\nThe United States has 5,500 troops in Iraq this month, a defence official said on Thursday.\n',
      },
    );
    expect(added.data?.ingestArticle.created).toBe(true);
    const result = await api.query<{ troopLevelTimeline: { date: string | null; count: number; kind: string; conflicts: { count: number }[] }[] }>(
      '{ troopLevelTimeline(location: "Iraq") { date count kind conflicts { count } } }',
    );
    const points = result.data!.troopLevelTimeline;
    const dates = points.map((p) => p.date).filter((d): d is string => d !== null);
    expect(dates).toEqual([...dates].sort());
    const current = points.filter((p) => p.kind === 'CURRENT').map((p) => [p.count, p.conflicts.map((c) => c.count)]);
    expect(current).toEqual(expect.arrayContaining([[5200, [5500]], [5500, [5200]]]));
  });
});

describe('troopLevelTimeline pages', () => {
  const TIMELINE = 'query ($first: Int, $from: Date, $to: Date) { troopLevelTimeline(location: "IQ", first: $first, from: $from, to: $to) { date count } }';

  it('returns at most `first` points, earliest first', async () => {
    const all = await api.query<{ troopLevelTimeline: { date: string; count: number }[] }>(TIMELINE, {});
    const two = await api.query<{ troopLevelTimeline: { date: string; count: number }[] }>(TIMELINE, { first: 2 });
    expect(all.data!.troopLevelTimeline.length).toBeGreaterThan(2);
    expect(two.data!.troopLevelTimeline).toEqual(all.data!.troopLevelTimeline.slice(0, 2));
  });

  it('keeps only the points inside the from/to window', async () => {
    const result = await api.query<{ troopLevelTimeline: { date: string }[] }>(TIMELINE, { from: '2020-09-01', to: '2020-09-30' });
    const dates = result.data!.troopLevelTimeline.map((p) => p.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d >= '2020-09-01' && d <= '2020-09-30')).toBe(true);
  });

  it('refuses first: 101', async () => {
    expect(errorCode(await api.query(TIMELINE, { first: 101 }))).toBe('BAD_USER_INPUT');
  });
});

describe('updateTroopLevel', () => {
  it('corrects a figure for an editor', async () => {
    const [target] = await levels({ location: 'Iraq', kind: 'TARGET' });
    const result = await api.asEditor<{ updateTroopLevel: { troopLevel: { count: number; qualifier: string }; userErrors: unknown[] } }>(
      'mutation ($id: ID!) { updateTroopLevel(id: $id, input: { count: 3100, qualifier: APPROXIMATELY }) { troopLevel { count qualifier } userErrors { message } } }',
      { id: target!.id },
    );
    expect(result.data?.updateTroopLevel).toEqual({ troopLevel: { count: 3100, qualifier: 'APPROXIMATELY' }, userErrors: [] });
    await api.asEditor('mutation ($id: ID!) { updateTroopLevel(id: $id, input: { count: 3000, qualifier: EXACT }) { userErrors { message } } }', { id: target!.id });
  });

  it('refuses a negative count with a user error on the field', async () => {
    const [target] = await levels({ location: 'Iraq', kind: 'TARGET' });
    const result = await api.asEditor<{ updateTroopLevel: { troopLevel: null; userErrors: { field: string[]; code: string }[] } }>(
      'mutation ($id: ID!) { updateTroopLevel(id: $id, input: { count: -5 }) { troopLevel { count } userErrors { field code } } }',
      { id: target!.id },
    );
    expect(result.data?.updateTroopLevel).toEqual({ troopLevel: null, userErrors: [{ field: ['input', 'count'], code: 'BAD_USER_INPUT' }] });
  });

  it('refuses anonymous callers', async () => {
    const [target] = await levels({ location: 'Iraq', kind: 'TARGET' });
    const result = await api.query('mutation ($id: ID!) { updateTroopLevel(id: $id, input: { count: 1 }) { troopLevel { count } } }', { id: target!.id });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });
});
