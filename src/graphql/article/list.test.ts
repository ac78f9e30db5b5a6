import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';
import { datedArticle, dayOnlyArticle, placedArticle } from './scenario.ts';

let api: TestApi;

/** Articles with awkward dates: a tie to the millisecond and two undated ones. */
const DATES: [string, string | null][] = [
  ['tie-a', '2021-01-01T00:00:00.000Z'],
  ['tie-b', '2021-01-01T00:00:00.000Z'],
  ['later', '2022-06-01T12:00:00.000Z'],
  ['undated-1', null],
  ['undated-2', null],
  ['earliest', '2001-03-04T05:06:07.000Z'],
];

/** Articles that print a day and no time: they sort from the start of that day (UTC). */
const DAYS: [string, string][] = [
  ['day-of-later', '2022-06-01'],
  ['day-in-2023', '2023-01-15'],
];

interface Row {
  slug: string;
  id: string;
  /** The instant, else the start of the printed day: the reading order's key. */
  publishedAt: string | null;
}
let all: Row[];

beforeAll(async () => {
  api = await startTestApi(
    placedArticle(),
    ...DATES.map(([slug, date]) => datedArticle(slug, date)),
    ...DAYS.map(([slug, day]) => dayOnlyArticle(slug, day)),
  );
  const rows = await api.db.prisma.article.findMany({ select: { slug: true, id: true, publishedAt: true, publishedOn: true } });
  all = rows.map((r) => ({ slug: r.slug, id: r.id, publishedAt: r.publishedAt?.toISOString() ?? r.publishedOn?.toISOString() ?? null }));
});
afterAll(() => api.close());

/** The reading order spelled out: by date (either way), undated last, ties by id; a printed day is its first instant. */
function expected(direction: 'asc' | 'desc'): string[] {
  const sign = direction === 'desc' ? -1 : 1;
  return [...all]
    .sort((a, b) => {
      if (a.publishedAt !== b.publishedAt) {
        if (a.publishedAt === null) return 1;
        if (b.publishedAt === null) return -1;
        return sign * a.publishedAt.localeCompare(b.publishedAt);
      }
      return a.id < b.id ? -1 : 1;
    })
    .map((r) => r.slug);
}

const PAGE = `query ($first: Int, $after: String, $last: Int, $before: String, $orderBy: ArticleOrder, $filter: ArticleFilter) {
  articles(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
    totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
interface Page {
  totalCount: number;
  edges: { cursor: string; node: { slug: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}
const page = async (variables: Record<string, unknown>): Promise<Page> =>
  (await api.query<{ articles: Page }>(PAGE, variables)).data!.articles;
const slugs = (p: Page) => p.edges.map((e) => e.node.slug);

async function walkForwards(orderBy: string): Promise<string[]> {
  const seen: string[] = [];
  for (let after: string | null = null; ;) {
    const p = await page({ first: 2, after, orderBy });
    seen.push(...slugs(p));
    if (!p.pageInfo.hasNextPage) return seen;
    after = p.pageInfo.endCursor;
  }
}

async function walkBackwards(orderBy: string): Promise<string[]> {
  const seen: string[] = [];
  for (let before: string | null = null; ;) {
    const p = await page({ last: 2, before, orderBy });
    seen.unshift(...slugs(p));
    if (!p.pageInfo.hasPreviousPage) return seen;
    before = p.pageInfo.startCursor;
  }
}

describe('articles, in reading order', () => {
  it('lists newest first, ties by id, undated articles last', async () => {
    expect(slugs(await page({ first: 100 }))).toEqual(expected('desc'));
  });

  it('lists oldest first with PUBLISHED_AT_ASC, undated articles still last', async () => {
    expect(slugs(await page({ first: 100, orderBy: 'PUBLISHED_AT_ASC' }))).toEqual(expected('asc'));
  });

  it('walks forwards two at a time through ties and undated articles without gaps or repeats', async () => {
    expect(await walkForwards('PUBLISHED_AT_DESC')).toEqual(expected('desc'));
    expect(await walkForwards('PUBLISHED_AT_ASC')).toEqual(expected('asc'));
  });

  it('walks backwards two at a time from the end to the same order', async () => {
    expect(await walkBackwards('PUBLISHED_AT_DESC')).toEqual(expected('desc'));
    expect(await walkBackwards('PUBLISHED_AT_ASC')).toEqual(expected('asc'));
  });

  it('counts every article on every page', async () => {
    const second = await page({ first: 2, after: (await page({ first: 2 })).pageInfo.endCursor });
    expect(second.totalCount).toBe(DATES.length + DAYS.length + 1);
  });

  it('answers an empty page for a cursor naming no article', async () => {
    const cursor = Buffer.from('cursor:00000000-0000-4000-8000-000000000000').toString('base64url');
    const p = await page({ first: 2, after: cursor });
    expect(slugs(p)).toEqual([]);
    expect(p.pageInfo.hasNextPage).toBe(false);
  });
});

describe('articles that print only a day', () => {
  it('sort newest first among the dated articles, after a timed article of the same day', async () => {
    const list = slugs(await page({ first: 100 }));
    expect(list.slice(0, 3)).toEqual(['day-in-2023', 'later', 'day-of-later']);
    expect(list.slice(-2).sort()).toEqual(['undated-1', 'undated-2']);
  });

  it('sort oldest first before a timed article of the same day, and before the undated', async () => {
    const list = slugs(await page({ first: 100, orderBy: 'PUBLISHED_AT_ASC' }));
    expect(list.slice(-5, -2)).toEqual(['day-of-later', 'later', 'day-in-2023']);
  });

  it('fall inside a publication window from the start of their day', async () => {
    const p = await page({ first: 10, filter: { publishedFrom: '2022-06-01T00:00:00Z', publishedTo: '2022-06-01T23:59:59Z' } });
    expect([p.totalCount, slugs(p)]).toEqual([2, ['later', 'day-of-later']]);
  });

  it('page forwards past and backwards from a date-only article', async () => {
    const start = await page({ first: 2 });
    const after = await page({ first: 2, after: start.pageInfo.endCursor });
    expect(slugs(after)).toEqual(['day-of-later', expected('desc')[3]]);
    const before = await page({ last: 1, before: after.pageInfo.startCursor });
    expect(slugs(before)).toEqual(['later']);
  });
});

describe('articles, filtered', () => {
  const count = async (filter: Record<string, unknown>) => (await page({ first: 1, filter })).totalCount;

  it('treats a blank search as no search', async () => {
    expect(await count({ search: '   ' })).toBe(DATES.length + DAYS.length + 1);
  });

  it('refuses a search longer than 500 characters', async () => {
    expect(errorCode(await api.query(PAGE, { filter: { search: 'troops '.repeat(80) } }))).toBe('BAD_USER_INPUT');
  });

  it('matches a place by name, ISO code or key, in any case', async () => {
    for (const location of ['Iraq', 'iraq', 'IQ', 'iq', ' IRAQ ']) expect(await count({ location }), location).toBe(1);
    expect(await count({ location: 'Atlantis' })).toBe(0);
  });

  it('finds the articles of an author and of a person who is quoted', async () => {
    const found = await api.query<{ article: { authors: { person: { id: string } }[]; quotes: { speaker: { id: string } }[] } }>(
      'query ($slug: String) { article(slug: $slug) { authors { person { id } } quotes { speaker { id } } } }',
      { slug: placedArticle().slug },
    );
    const author = found.data!.article.authors[0]!.person.id;
    const speaker = found.data!.article.quotes[0]!.speaker.id;
    expect(await count({ authorId: author })).toBe(1);
    expect(await count({ personId: author })).toBe(1);
    expect(await count({ personId: speaker })).toBe(1);
    expect(await count({ authorId: speaker })).toBe(0);
  });

  it('combines a publication window with ordering and paging', async () => {
    const p = await page({
      first: 1,
      orderBy: 'PUBLISHED_AT_ASC',
      filter: { publishedFrom: '2020-01-01T00:00:00Z', publishedTo: '2021-12-31T00:00:00Z' },
    });
    expect(p.totalCount).toBe(3);
    expect(slugs(p)).toEqual([expected('asc')[1]]);
    const rest = await page({
      first: 5,
      after: p.pageInfo.endCursor,
      orderBy: 'PUBLISHED_AT_ASC',
      filter: { publishedFrom: '2020-01-01T00:00:00Z', publishedTo: '2021-12-31T00:00:00Z' },
    });
    expect(slugs(rest)).toEqual(expected('asc').slice(2, 4));
  });
});
