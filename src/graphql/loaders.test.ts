import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../db/client.ts';
import { saveArticle } from '../db/store.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../tests/helpers/database.ts';
import { startTestServer, type TestServer } from '../../tests/helpers/server.ts';
import { numberedReport } from './scenario.ts';

let db: MigratedTestDatabase;
let counted: PrismaClient;
let server: TestServer;
let statements = 0;

/** The slug of the article the single-article tests read. */
let slug: string;

beforeAll(async () => {
  db = await createMigratedDatabase();
  for (let i = 0; i < 60; i++) {
    const saved = await saveArticle(db.prisma, numberedReport(i));
    if (i === 0) slug = saved.slug;
  }
  counted = createPrismaClient(db.url, { onQuery: () => statements++ });
  server = await startTestServer(counted);
});

afterAll(async () => {
  await server.close();
  await counted.$disconnect();
  await db.drop();
});

const NESTED = `query ($first: Int) { articles(first: $first) { edges { node {
  headline publishedOn publishedPrecision
  authors { person { name } }
  paragraphs { kind }
  quotes { text speaker { name } speakerOrganisation { name } continues { text } continuation { text } span { text paragraph } }
  claims { text claimant { name } claimantOrganisation { name } quotes { text } troopLevels { count countMax } }
  troopLevels { count countMax location { name code } claim { text } }
} } } }`;

async function statementsFor(first: number): Promise<{ statements: number; articles: number }> {
  statements = 0;
  const result = await server.graphql<{ articles: { edges: unknown[] } }>(NESTED, { first });
  expect(result.errors).toBeUndefined();
  return { statements, articles: result.data!.articles.edges.length };
}

const ORGANISATIONS = `query ($first: Int) { organisations(first: $first) { edges { node {
  name kind
  quotes(first: 2) { totalCount edges { node { text speakerOrganisation { name } continues { text } article { headline } } } }
  claims(first: 2) { totalCount edges { node { text claimantKind troopLevels { countMax } } } }
} } } }`;

async function organisationStatementsFor(first: number): Promise<{ statements: number; organisations: number }> {
  statements = 0;
  const result = await server.graphql<{ organisations: { edges: unknown[] } }>(ORGANISATIONS, { first });
  expect(result.errors).toBeUndefined();
  return { statements, organisations: result.data!.organisations.edges.length };
}

describe('DataLoader batching', () => {
  it('runs as many SQL statements for 50 articles with nested relations as for 5', async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect([small.articles, large.articles]).toEqual([5, 50]);
    expect(large.statements).toBe(small.statements);
    // One statement per relation followed, whatever the page size.
    expect(small.statements).toBeLessThanOrEqual(16);
  });

  it('runs as many SQL statements for 50 organisations with their first quotes and claims as for 5', async () => {
    const small = await organisationStatementsFor(5);
    const large = await organisationStatementsFor(50);
    expect([small.organisations, large.organisations]).toEqual([5, 50]);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(10);
  });

  it("reads an organisation's first page in a batch as its last page is read alone", async () => {
    const PAGES = `{ organisations(first: 3) { edges { node {
      first: quotes(first: 2) { ...QuotePage }
      last: quotes(last: 2) { ...QuotePage }
      firstClaims: claims(first: 1) { ...ClaimPage }
      lastClaims: claims(last: 1) { ...ClaimPage }
    } } } }
    fragment QuotePage on QuoteConnection { edges { cursor node { id text partial attributionVerb speakerDescription span { start end text paragraph } article { headline } } } }
    fragment ClaimPage on ClaimConnection { edges { cursor node { id text kind status reviewedAt claimantKind span { paragraph } } } }`;
    type Edges = { edges: { cursor: string; node: { id: string; text: string } }[] };
    const result = await server.graphql<{
      organisations: { edges: { node: { first: Edges; last: Edges; firstClaims: Edges; lastClaims: Edges } }[] };
    }>(PAGES);
    expect(result.errors).toBeUndefined();
    for (const { node } of result.data!.organisations.edges) {
      expect(node.first.edges).toHaveLength(2);
      expect(node.first).toEqual(node.last);
      expect(node.firstClaims).toEqual(node.lastClaims);
    }
  });
});

const DETAIL = `
  slug headline standfirst publishedAt publishedOn publishedPrecision sourceUrl body
  authors { role person { name aliases } }
  paragraphs { index kind text span { start end text paragraph } }
  quotes { text partial attributionVerb speakerDescription speaker { name roles } speakerOrganisation { id name kind aliases countryCode }
    continues { text span { start paragraph } } continuation { text attributionVerb } span { start end text paragraph } article { slug } }
  claims { text kind status claimantKind claimantDescription reviewNote claimant { name } claimantOrganisation { name kind } span { paragraph } troopLevels { count countMax } quotes { text } }
  troopLevels { count countMax kind qualifier force effectiveDate periodEnd location { name kind code } claim { text claimantOrganisation { name } } article { headline } span { text } }
  counts { paragraphs quotes claims troopLevels }`;

describe('look-ahead preloading', () => {
  it('answers an article page with every nested list in one SQL statement', async () => {
    statements = 0;
    const result = await server.graphql<{ article: { slug: string } }>(`query ($slug: String) { article(slug: $slug) { ${DETAIL} } }`, {
      slug,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.article).toMatchObject({ counts: { paragraphs: 6, quotes: 3, claims: 2, troopLevels: 3 } });
    expect(statements).toBe(1);
  });

  it('answers a search with hits of several kinds, each with its own fields and relations, in one SQL statement', async () => {
    statements = 0;
    const result = await server.graphql<{ search: { __typename: string }[] }>(
      `{ search(query: "stands", first: 100) { __typename ... on Article { headline authors { person { name } } }
        ... on Claim { text claimant { name } } ... on Quote { text speaker { name } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(new Set(result.data?.search.map((hit) => hit.__typename))).toEqual(new Set(['Article', 'Quote']));
    expect(statements).toBe(1);
  });

  it('reads the same nested fields in one statement when only spans without paragraphs are asked for', async () => {
    statements = 0;
    await server.graphql(`query ($slug: String) { article(slug: $slug) { quotes { span { start end } } } }`, { slug });
    expect(statements).toBe(1);
  });

  it('reads organisations, continued quotes, printed days and ranges in that one statement', async () => {
    statements = 0;
    const result = await server.graphql<{ article: Record<string, unknown> }>(
      `query ($slug: String) { article(slug: $slug) { publishedAt publishedOn publishedPrecision
        quotes { text speakerOrganisation { name countryCode } continues { text } continuation { text } }
        claims { claimantKind claimantOrganisation { name } } troopLevels { count countMax } } }`,
      { slug },
    );
    expect(statements).toBe(1);
    expect(result.data?.article).toEqual({
      publishedAt: null,
      publishedOn: '2021-03-01',
      publishedPrecision: 'DAY',
      quotes: [
        { text: 'We are ready for the change number 0', speakerOrganisation: null, continues: null, continuation: null },
        {
          text: 'The plan stands',
          speakerOrganisation: { name: 'Defence Ministry Number0', countryCode: 'IQ' },
          continues: null,
          continuation: { text: 'It is number 0.' },
        },
        {
          text: 'It is number 0.',
          speakerOrganisation: { name: 'Defence Ministry Number0', countryCode: 'IQ' },
          continues: { text: 'The plan stands' },
          continuation: null,
        },
      ],
      claims: [
        { claimantKind: 'PERSON', claimantOrganisation: null },
        { claimantKind: 'ORGANISATION', claimantOrganisation: { name: 'Defence Ministry Number0' } },
      ],
      troopLevels: [
        { count: 1000, countMax: null },
        { count: 500, countMax: null },
        { count: 200, countMax: 300 },
      ],
    });
  });

  it('answers the same as the DataLoader path, which node(id) takes', async () => {
    const preloaded = await server.graphql<{ article: { id: string } }>(`query ($slug: String) { article(slug: $slug) { id ${DETAIL} } }`, {
      slug,
    });
    const loaded = await server.graphql<{ node: { id: string } }>(
      `query ($id: ID!) { node(id: $id) { ... on Article { id ${DETAIL} } } }`,
      { id: preloaded.data!.article.id },
    );
    expect(loaded.data?.node).toEqual(preloaded.data?.article);
  });
});
