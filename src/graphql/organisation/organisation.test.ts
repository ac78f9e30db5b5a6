import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';
import { toGlobalId } from '../common/ids.ts';
import { DEPLOYMENT, gulfReport, pentagonReport, RANGE } from './scenario.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(pentagonReport(), gulfReport());
});
afterAll(() => api.close());

const organisationId = async (key: string) =>
  toGlobalId('Organisation', (await api.db.prisma.organisation.findUniqueOrThrow({ where: { key } })).id);

interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const ORGANISATIONS = `query ($search: String, $kind: OrganisationKind) { organisations(search: $search, kind: $kind, first: 100) {
  totalCount edges { node { name kind aliases countryCode } } } }`;
const organisations = async (variables: Record<string, unknown>) =>
  (await api.query<{ organisations: Page<Record<string, unknown>> }>(ORGANISATIONS, variables)).data!.organisations;

describe('organisations', () => {
  it('lists every organisation by name with its kind, aliases and country', async () => {
    const all = await organisations({});
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((e) => e.node)).toEqual([
      { name: 'Inter-Services Public Relations', kind: 'MILITARY', aliases: ['ISPR'], countryCode: 'PK' },
      { name: 'Ministry of National Defense', kind: 'MINISTRY', aliases: ["South Korea's defence ministry"], countryCode: 'KR' },
      { name: 'Pentagon', kind: 'MILITARY', aliases: ['the Pentagon'], countryCode: 'US' },
    ]);
  });

  it('finds an organisation by part of its name in any case, or by an alias', async () => {
    expect((await organisations({ search: 'penta' })).edges.map((e) => e.node.name)).toEqual(['Pentagon']);
    expect((await organisations({ search: 'ISPR' })).edges.map((e) => e.node.name)).toEqual(['Inter-Services Public Relations']);
  });

  it('keeps only one kind when asked', async () => {
    expect((await organisations({ kind: 'MINISTRY' })).edges.map((e) => e.node.name)).toEqual(['Ministry of National Defense']);
  });

  it('pages through organisations with cursors', async () => {
    const first = await api.query<{ organisations: Page<{ name: string }> }>(
      '{ organisations(first: 2) { edges { node { name } } pageInfo { hasNextPage endCursor } } }',
    );
    const page = first.data!.organisations;
    expect([page.edges.map((e) => e.node.name), page.pageInfo.hasNextPage]).toEqual([
      ['Inter-Services Public Relations', 'Ministry of National Defense'],
      true,
    ]);
    const next = await api.query<{ organisations: Page<{ name: string }> }>(
      'query ($after: String) { organisations(first: 2, after: $after) { edges { node { name } } pageInfo { hasNextPage } } }',
      {
        after: page.pageInfo.endCursor,
      },
    );
    expect([next.data!.organisations.edges.map((e) => e.node.name), next.data!.organisations.pageInfo.hasNextPage]).toEqual([
      ['Pentagon'],
      false,
    ]);
  });

  it('fetches one organisation by id, and again through node(id)', async () => {
    const id = await organisationId('pentagon');
    const byId = await api.query('query ($id: ID!) { organisation(id: $id) { id name } }', { id });
    const byNode = await api.query('query ($id: ID!) { node(id: $id) { __typename ... on Organisation { id name } } }', { id });
    expect(byId.data).toEqual({ organisation: { id, name: 'Pentagon' } });
    expect(byNode.data).toEqual({ node: { __typename: 'Organisation', id, name: 'Pentagon' } });
  });

  it('answers null for the id of something that is not an organisation', async () => {
    const result = await api.query('query ($id: ID!) { organisation(id: $id) { name } }', {
      id: toGlobalId('Article', api.saved[0]!.articleId),
    });
    expect(result.data).toEqual({ organisation: null });
  });

  it('refuses a search longer than 500 characters', async () => {
    expect(errorCode(await api.query(ORGANISATIONS, { search: 'x'.repeat(501) }))).toBe('BAD_USER_INPUT');
  });
});

describe('an organisation’s quotes and claims', () => {
  const QUOTES = `query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { organisation(id: $id) {
    quotes(first: $first, after: $after, last: $last, before: $before) { totalCount edges { node { text article { headline } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
  const quotes = async (variables: Record<string, unknown>) =>
    (
      await api.query<{ organisation: { quotes: Page<{ text: string; article: { headline: string } }> } }>(QUOTES, {
        id: await organisationId('pentagon'),
        ...variables,
      })
    ).data!.organisation.quotes;
  const texts = (page: Page<{ text: string }>) => page.edges.map((e) => e.node.text);

  it('lists the quotes it spoke, newest article first, a date-only article among the dated', async () => {
    const page = await quotes({ first: 10 });
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e) => [e.node.text, e.node.article.headline])).toEqual([
      ['We are sending 1,500 more troops', 'Pentagon sends more troops'],
      ['They leave next week.', 'Pentagon sends more troops'],
      ['The exercise is routine', 'Pakistani troops to stay in Saudi Arabia'],
    ]);
  });

  it('pages forwards and backwards through its quotes to the same order', async () => {
    const first = await quotes({ first: 2 });
    const rest = await quotes({ first: 2, after: first.pageInfo.endCursor });
    expect([texts(first), first.pageInfo.hasNextPage, texts(rest), rest.pageInfo.hasNextPage]).toEqual([
      ['We are sending 1,500 more troops', 'They leave next week.'],
      true,
      ['The exercise is routine'],
      false,
    ]);
    const last = await quotes({ last: 2 });
    const before = await quotes({ last: 2, before: last.pageInfo.startCursor });
    expect([texts(before), texts(last), last.pageInfo.hasPreviousPage]).toEqual([
      ['We are sending 1,500 more troops'],
      ['They leave next week.', 'The exercise is routine'],
      true,
    ]);
  });

  it('lists the claims it makes, with their claimant kind', async () => {
    const result = await api.query<{
      organisation: { claims: Page<{ text: string; claimantKind: string; claimantOrganisation: { name: string } }> };
    }>(
      'query ($id: ID!) { organisation(id: $id) { claims(first: 5) { totalCount edges { node { text claimantKind claimantOrganisation { name } } } } } }',
      { id: await organisationId('inter-services public relations') },
    );
    expect(result.data?.organisation.claims.totalCount).toBe(1);
    expect(result.data?.organisation.claims.edges.map((e) => e.node)).toEqual([
      { text: RANGE, claimantKind: 'ORGANISATION', claimantOrganisation: { name: 'Inter-Services Public Relations' } },
    ]);
  });

  it('gives every organisation on a page its own first quotes and claims', async () => {
    const result = await api.query<{
      organisations: Page<{ name: string; quotes: Page<{ text: string }>; claims: Page<{ text: string }> }>;
    }>(
      '{ organisations(first: 10) { edges { node { name quotes(first: 1) { totalCount edges { node { text } } pageInfo { hasNextPage } } claims(first: 1) { totalCount edges { node { text } } } } } } }',
    );
    expect(
      result.data?.organisations.edges.map(({ node }) => [
        node.name,
        node.quotes.totalCount,
        texts(node.quotes),
        node.quotes.pageInfo.hasNextPage,
        node.claims.totalCount,
        texts(node.claims),
      ]),
    ).toEqual([
      ['Inter-Services Public Relations', 1, ['Our soldiers are ready'], false, 1, [RANGE]],
      ['Ministry of National Defense', 0, [], false, 0, []],
      ['Pentagon', 3, ['We are sending 1,500 more troops'], true, 1, [DEPLOYMENT]],
    ]);
  });
});
