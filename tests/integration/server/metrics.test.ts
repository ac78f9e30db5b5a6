/**
 * GET /metrics on the real server: what a few requests leave in it, bounded labels, and the
 * optional bearer token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';
import { startTestServer, type TestServer } from '../../helpers/server.ts';
import { createApiKey } from '../../../src/db/apiKeys.ts';
import { enqueueIngest } from '../../../src/db/ingestJobs.ts';
import { migrateQueue } from '../../../src/db/queueSchema.ts';
import { MAX_OPERATION_LABELS } from '../../../src/server/metrics.ts';

const TOKEN = 'metrics-token-for-tests';
let db: MigratedTestDatabase;
let server: TestServer;
let editor: string;

beforeAll(async () => {
  db = await createMigratedDatabase();
  server = await startTestServer(db.prisma, { metricsToken: TOKEN });
  editor = (await createApiKey(db.prisma, 'metrics editor', 'EDITOR')).secret;
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const scrape = async () => (await fetch(`${server.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
/** The value of one sample line, by its exact name and labels. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('GET /metrics', () => {
  it('counts each operation by name and type, with its latency in buckets', async () => {
    for (let i = 0; i < 3; i++) await server.graphql('query ArticleList { articles(first: 1) { totalCount } }');
    const text = await scrape();
    expect(sample(text, 'graphql_requests_total{operation="ArticleList",type="query"}')).toBe(3);
    expect(sample(text, 'graphql_request_duration_seconds_count{operation="ArticleList",type="query"}')).toBe(3);
    expect(sample(text, 'graphql_request_duration_seconds_bucket{le="+Inf",operation="ArticleList",type="query"}')).toBe(3);
  });

  it('counts errors by their code', async () => {
    await server.graphql('query BadSlug { article(id: "x", slug: "y") { id } }');
    await server.graphql('mutation Anonymous { deleteArticle(id: "x") { userErrors { message } } }');
    const text = await scrape();
    expect([
      sample(text, 'graphql_errors_total{code="BAD_USER_INPUT"}'),
      sample(text, 'graphql_errors_total{code="UNAUTHENTICATED"}'),
    ]).toEqual([1, 1]);
  });

  it('counts HTTP responses by route pattern and status', async () => {
    await fetch(`${server.baseUrl}/healthz`);
    await fetch(`${server.baseUrl}/no/such/page`);
    const text = await scrape();
    expect(sample(text, 'http_responses_total{method="GET",route="/healthz",status="200"}')).toBe(1);
    expect(sample(text, 'http_responses_total{method="GET",route="unmatched",status="404"}')).toBe(1);
  });

  it('counts ingestion outcomes: new, duplicate and failed', async () => {
    const ingest = (text: string) =>
      server.graphql(
        'mutation Ingest($text: String) { ingestArticle(input: { text: $text }) { created } }',
        { text },
        { authorization: `Bearer ${editor}` },
      );
    const article = 'Troops stay in Estonia\n\nBritain will keep about 900 troops in Estonia, the ministry said.';
    await ingest(article);
    await ingest(article);
    await ingest('\u0000\u0001 not an article');
    const text = await scrape();
    expect(['new', 'duplicate', 'failed'].map((outcome) => sample(text, `ingest_articles_total{outcome="${outcome}"}`))).toEqual([1, 1, 1]);
    expect(sample(text, 'ingest_duration_seconds_count{outcome="new"}')).toBe(1);
  });

  it('reports the ingest queue backlog across workers', async () => {
    await migrateQueue(db.url);
    for (const url of ['https://gazette.example/a', 'https://gazette.example/b']) await enqueueIngest(db.prisma, { kind: 'URL', url });
    const text = await scrape();
    expect([sample(text, 'ingest_jobs_open{status="queued"}'), sample(text, 'ingest_jobs_open{status="running"}')]).toEqual([2, 0]);
  });

  it('reports the Postgres pool and the process', async () => {
    const text = await scrape();
    // The test database's client has a pool of 4 (tests/helpers/database.ts).
    expect(sample(text, 'db_pool_connections{state="max"}')).toBe(4);
    expect(sample(text, 'db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^process_cpu_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
  });

  it(`keeps at most ${MAX_OPERATION_LABELS} operation names as labels, counting the rest as "other"`, async () => {
    for (let i = 0; i < MAX_OPERATION_LABELS + 20; i++) await server.graphql(`query Name${i} { __typename }`);
    const text = await scrape();
    const names = new Set([...text.matchAll(/^graphql_requests_total\{operation="([^"]+)"/gm)].map((m) => m[1]));
    expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 2);
    expect(sample(text, 'graphql_requests_total{operation="other",type="query"}')).toBeGreaterThanOrEqual(20);
  });

  it('asks for the token when one is set', async () => {
    const [none, wrong] = await Promise.all([
      fetch(`${server.baseUrl}/metrics`),
      fetch(`${server.baseUrl}/metrics`, { headers: { authorization: 'Bearer nope' } }),
    ]);
    expect([none.status, wrong.status, none.headers.get('www-authenticate')]).toEqual([401, 401, 'Bearer']);
  });
});
