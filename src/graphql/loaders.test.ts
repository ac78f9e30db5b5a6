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
  headline
  authors { person { name } }
  paragraphs { kind }
  quotes { text speaker { name } span { text paragraph } }
  claims { text claimant { name } quotes { text } troopLevels { count } }
  troopLevels { count location { name code } claim { text } }
} } } }`;

async function statementsFor(first: number): Promise<{ statements: number; articles: number }> {
  statements = 0;
  const result = await server.graphql<{ articles: { edges: unknown[] } }>(NESTED, { first });
  expect(result.errors).toBeUndefined();
  return { statements, articles: result.data!.articles.edges.length };
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
});

const DETAIL = `
  slug headline standfirst publishedAt sourceUrl body
  authors { role person { name aliases } }
  paragraphs { index kind text span { start end text paragraph } }
  quotes { text partial attributionVerb speakerDescription speaker { name roles } span { start end text paragraph } article { slug } }
  claims { text kind status claimantKind claimantDescription reviewNote claimant { name } span { paragraph } troopLevels { count } quotes { text } }
  troopLevels { count kind qualifier force effectiveDate periodEnd location { name kind code } claim { text } article { headline } span { text } }
  counts { paragraphs quotes claims troopLevels }`;

describe('look-ahead preloading', () => {
  it('answers an article page with every nested list in one SQL statement', async () => {
    statements = 0;
    const result = await server.graphql<{ article: { slug: string } }>(`query ($slug: String) { article(slug: $slug) { ${DETAIL} } }`, { slug });
    expect(result.errors).toBeUndefined();
    expect(result.data?.article).toMatchObject({ counts: { paragraphs: 4, quotes: 1, claims: 1, troopLevels: 2 } });
    expect(statements).toBe(1);
  });

  it('reads the same nested fields in one statement when only spans without paragraphs are asked for', async () => {
    statements = 0;
    await server.graphql(`query ($slug: String) { article(slug: $slug) { quotes { span { start end } } } }`, { slug });
    expect(statements).toBe(1);
  });

  it('answers the same as the DataLoader path, which node(id) takes', async () => {
    const preloaded = await server.graphql<{ article: { id: string } }>(`query ($slug: String) { article(slug: $slug) { id ${DETAIL} } }`, { slug });
    const loaded = await server.graphql<{ node: { id: string } }>(`query ($id: ID!) { node(id: $id) { ... on Article { id ${DETAIL} } } }`, { id: preloaded.data!.article.id });
    expect(loaded.data?.node).toEqual(preloaded.data?.article);
  });
});
