import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';
import { toGlobalId } from '../common/ids.ts';
import { iraqDrawdown, nigerRange, qatarFigure, syriaCount } from './scenario.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(iraqDrawdown());
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

const UPDATE =
  'mutation ($id: ID!, $input: UpdateTroopLevelInput!) { updateTroopLevel(id: $id, input: $input) { troopLevel { count qualifier } userErrors { field code } } }';
const UPDATE_RANGE =
  'mutation ($id: ID!, $input: UpdateTroopLevelInput!) { updateTroopLevel(id: $id, input: $input) { troopLevel { count countMax } userErrors { field message code } } }';

/** The global id of the only figure of a test's own article. */
async function figureOf(tag: string): Promise<string> {
  const saved = await api.save(qatarFigure(tag));
  const level = await api.db.prisma.troopLevel.findFirstOrThrow({ where: { articleId: saved.articleId } });
  return toGlobalId('TroopLevel', level.id);
}

describe('troopLevels', () => {
  it("returns a place's figures by date with their kind, qualifier, force and place", async () => {
    const found = await levels({ location: 'Iraq' });
    expect(found.map((l) => [l.count, l.kind, l.qualifier, l.force, l.effectiveDate, l.location?.code])).toEqual([
      [170000, 'HISTORICAL', 'APPROXIMATELY', 'US', '2007-01-01', 'IQ'],
      [4000, 'CURRENT', 'EXACT', 'US', '2021-04-01', 'IQ'],
      [1500, 'CHANGE', 'MORE_THAN', 'US', '2021-04-12', 'IQ'],
      [2500, 'TARGET', 'EXACT', 'US', '2021-06-30', 'IQ'],
    ]);
  });

  it('ties every figure to the words it stands for', async () => {
    const { text } = await api.db.prisma.article.findUniqueOrThrow({ where: { id: api.saved[0]!.articleId } });
    const found = await levels({ location: 'IQ' });
    expect(found.map((l) => l.span.text)).toEqual(['about 170,000 US troops', '4,000', 'More than 1,500 troops', '2,500 troops']);
    for (const level of found) expect(text.slice(level.span.start, level.span.end)).toBe(level.span.text);
  });

  it('filters by kind', async () => {
    expect((await levels({ location: 'Iraq', kind: 'TARGET' })).map((l) => l.count)).toEqual([2500]);
  });

  it('finds nothing for a place without figures', async () => {
    expect(await levels({ location: 'Atlantis' })).toEqual([]);
  });
});

describe('troopLevelTimeline', () => {
  it("orders a place's figures by date and names the source that disagrees with each", async () => {
    // Syria is this test's own place: two sources for May 2021 that differ, and one that agrees with neither's date.
    for (const draft of [syriaCount(1000, '2021-05-10'), syriaCount(900, '2021-05-01', '2021-05-31'), syriaCount(700, '2021-09-01')])
      await api.save(draft);
    const result = await api.query<{
      troopLevelTimeline: { date: string | null; count: number; kind: string; conflicts: { count: number }[] }[];
    }>('{ troopLevelTimeline(location: "Syria") { date count kind conflicts { count } } }');
    expect(result.data?.troopLevelTimeline).toEqual([
      { date: '2021-05-01', count: 900, kind: 'CURRENT', conflicts: [{ count: 1000 }] },
      { date: '2021-05-10', count: 1000, kind: 'CURRENT', conflicts: [{ count: 900 }] },
      { date: '2021-09-01', count: 700, kind: 'CURRENT', conflicts: [] },
    ]);
  });
});

describe('ranges', () => {
  // Niger is these tests' own place: a range, a count inside it and one outside it, on one day.
  beforeAll(async () => {
    for (const draft of [
      nigerRange(1000, 1100, '2023-08-01'),
      nigerRange(1050, undefined, '2023-08-01'),
      nigerRange(1500, undefined, '2023-08-01'),
    ])
      await api.save(draft);
  });

  it('gives a range as its minimum (count) and maximum (countMax), and a single number no maximum', async () => {
    const result = await api.query<{
      troopLevels: { edges: { node: { count: number; countMax: number | null; span: { text: string } } }[] };
    }>('{ troopLevels(filter: { location: "Niger" }) { edges { node { count countMax span { text } } } } }');
    expect(result.data?.troopLevels.edges.map((e) => e.node).sort((a, b) => a.count - b.count)).toEqual([
      { count: 1000, countMax: 1100, span: { text: 'between 1,000 and 1,100 troops' } },
      { count: 1050, countMax: null, span: { text: '1,050 troops' } },
      { count: 1500, countMax: null, span: { text: '1,500 troops' } },
    ]);
  });

  it('counts as disagreeing only the figures outside a range, on the timeline', async () => {
    const result = await api.query<{ troopLevelTimeline: { count: number; countMax: number | null; conflicts: { count: number }[] }[] }>(
      '{ troopLevelTimeline(location: "Niger") { count countMax conflicts { count } } }',
    );
    const points = result
      .data!.troopLevelTimeline.map((p) => [p.count, p.countMax, p.conflicts.map((c) => c.count).sort()])
      .sort((a, b) => (a[0] as number) - (b[0] as number));
    expect(points).toEqual([
      [1000, 1100, [1500]],
      [1050, null, [1500]],
      [1500, null, [1000, 1050]],
    ]);
  });
});

describe('troopLevelTimeline pages', () => {
  const TIMELINE =
    'query ($first: Int, $from: Date, $to: Date) { troopLevelTimeline(location: "IQ", first: $first, from: $from, to: $to) { date count } }';
  type Points = { troopLevelTimeline: { date: string; count: number }[] };

  it('returns at most `first` points, earliest first', async () => {
    const two = await api.query<Points>(TIMELINE, { first: 2 });
    expect(two.data?.troopLevelTimeline).toEqual([
      { date: '2007-01-01', count: 170000 },
      { date: '2021-04-01', count: 4000 },
    ]);
  });

  it('keeps only the points inside the from/to window', async () => {
    const result = await api.query<Points>(TIMELINE, { from: '2021-04-01', to: '2021-04-30' });
    expect(result.data?.troopLevelTimeline).toEqual([
      { date: '2021-04-01', count: 4000 },
      { date: '2021-04-12', count: 1500 },
    ]);
  });

  it('refuses first: 101', async () => {
    expect(errorCode(await api.query(TIMELINE, { first: 101 }))).toBe('BAD_USER_INPUT');
  });
});

describe('updateTroopLevel', () => {
  it('corrects a figure for an editor', async () => {
    const id = await figureOf('corrected');
    const result = await api.asEditor(UPDATE, { id, input: { count: 8100, qualifier: 'EXACT' } });
    expect(result.data?.updateTroopLevel).toEqual({ troopLevel: { count: 8100, qualifier: 'EXACT' }, userErrors: [] });
  });

  it('refuses a negative count with a user error on the field', async () => {
    const id = await figureOf('negative');
    const result = await api.asEditor(UPDATE, { id, input: { count: -5 } });
    expect(result.data?.updateTroopLevel).toEqual({
      troopLevel: null,
      userErrors: [{ field: ['input', 'count'], code: 'BAD_USER_INPUT' }],
    });
  });

  it('makes a figure a range and back to a single number', async () => {
    const id = await figureOf('range');
    const range = await api.asEditor(UPDATE_RANGE, { id, input: { count: 7500, countMax: 8500 } });
    expect(range.data?.updateTroopLevel).toEqual({ troopLevel: { count: 7500, countMax: 8500 }, userErrors: [] });
    const single = await api.asEditor(UPDATE_RANGE, { id, input: { countMax: null } });
    expect(single.data?.updateTroopLevel).toEqual({ troopLevel: { count: 7500, countMax: null }, userErrors: [] });
  });

  it('refuses a maximum below the count, given together or against the stored count', async () => {
    const id = await figureOf('inverted');
    const together = await api.asEditor(UPDATE_RANGE, { id, input: { count: 9000, countMax: 8500 } });
    expect(together.data?.updateTroopLevel).toEqual({
      troopLevel: null,
      userErrors: [{ field: ['input', 'countMax'], message: 'countMax must not be below count.', code: 'BAD_USER_INPUT' }],
    });
    const alone = await api.asEditor(UPDATE_RANGE, { id, input: { countMax: 7000 } });
    expect(alone.data?.updateTroopLevel).toEqual({
      troopLevel: null,
      userErrors: [{ field: ['input', 'countMax'], message: 'countMax must not be below count.', code: 'BAD_USER_INPUT' }],
    });
  });

  it('refuses a count above the stored maximum', async () => {
    const id = await figureOf('count above');
    await api.asEditor(UPDATE_RANGE, { id, input: { countMax: 9000 } });
    const result = await api.asEditor(UPDATE_RANGE, { id, input: { count: 9500 } });
    expect(result.data?.updateTroopLevel).toEqual({
      troopLevel: null,
      userErrors: [{ field: ['input', 'count'], message: 'countMax must not be below count.', code: 'BAD_USER_INPUT' }],
    });
  });

  it('refuses anonymous callers', async () => {
    const id = await figureOf('anonymous');
    expect(errorCode(await api.query(UPDATE, { id, input: { count: 1 } }))).toBe('UNAUTHENTICATED');
  });
});
