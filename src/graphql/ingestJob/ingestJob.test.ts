import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';
import { enqueueIngest, failIngestJob, finishIngestJob, startIngestJob } from '../../db/ingestJobs.ts';
import { migrateQueue } from '../../db/queueSchema.ts';
import { toGlobalId } from '../common/ids.ts';
import { garrisonStory, QUEUED_PAGE } from './scenario.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(garrisonStory());
  await migrateQueue(api.db.url);
});
afterAll(() => api.close());

const asViewer = <T>(query: string, variables?: Record<string, unknown>) =>
  api.server.graphql<T>(query, variables, { authorization: `Bearer ${api.keys.viewer}` });

/** Jobs graphile-worker holds for a key: what a worker would run. */
const runnable = async (key: string) =>
  Number((await api.db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE key = ${key}`)[0]?.n);

const JOB_FIELDS = 'id kind url status attempts maxAttempts lastError created article { headline }';
const INGEST_URL = `mutation ($url: String!) { ingestUrl(input: { url: $url, async: true }) {
  created userErrors { field message } article { headline } job { ${JOB_FIELDS} } } }`;

type Job = Record<string, unknown> & { id: string };
type Payload = { created: boolean; userErrors: unknown[]; article: unknown; job: Job | null };

describe('queued ingestion', () => {
  it('answers ingestUrl with async: true at once with a queued job and no article', async () => {
    const result = await api.asEditor<{ ingestUrl: Payload }>(INGEST_URL, { url: `${QUEUED_PAGE}#top` });
    expect(result.data?.ingestUrl).toEqual({
      created: false,
      userErrors: [],
      article: null,
      job: expect.objectContaining({
        kind: 'URL',
        url: `${QUEUED_PAGE}#top`,
        status: 'QUEUED',
        attempts: 0,
        maxAttempts: 5,
        lastError: null,
      }),
    });
    expect(await runnable(`url:${QUEUED_PAGE}`)).toBe(1);
  });

  it('answers the same URL submitted again with the same job and queues nothing more', async () => {
    const first = await api.asEditor<{ ingestUrl: Payload }>(INGEST_URL, { url: `${QUEUED_PAGE}?again` });
    const second = await api.asEditor<{ ingestUrl: Payload }>(INGEST_URL, { url: `${QUEUED_PAGE}?again` });
    expect(second.data?.ingestUrl.job?.id).toBe(first.data?.ingestUrl.job?.id);
    expect(await runnable(`url:${QUEUED_PAGE}?again`)).toBe(1);
  });

  it('queues text given to ingestArticle with async: true, keyed by its content', async () => {
    const text = 'Island garrison doubles\n\nThe island garrison will double to 800 soldiers, officials said.';
    const query = `mutation ($text: String!) { ingestArticle(input: { text: $text, async: true }) { job { kind url status } } }`;
    const first = await api.asEditor<{ ingestArticle: { job: Job } }>(query, { text });
    const again = await api.asEditor<{ ingestArticle: { job: Job } }>(query, { text });
    expect(first.data?.ingestArticle.job).toEqual({ kind: 'TEXT', url: null, status: 'QUEUED' });
    expect(again.data?.ingestArticle.job).toEqual(first.data?.ingestArticle.job);
  });

  it('refuses publishedAt together with async: true', async () => {
    const result = await api.asEditor<{ ingestArticle: Payload }>(
      'mutation { ingestArticle(input: { text: "A\\n\\nB", publishedAt: "2026-01-01T00:00:00Z", async: true }) { job { id } userErrors { field message } } }',
    );
    expect(result.data?.ingestArticle).toEqual({
      job: null,
      userErrors: [
        {
          field: ['input', 'publishedAt'],
          message: 'A queued ingestion reads the date from the article: leave out publishedAt, or async.',
        },
      ],
    });
  });

  it('needs an editor key to queue', async () => {
    const result = await asViewer(INGEST_URL, { url: QUEUED_PAGE });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });
});

describe('following jobs', () => {
  let stored: Job;
  let failed: Job;
  beforeAll(async () => {
    const done = await enqueueIngest(api.db.prisma, { kind: 'URL', url: 'https://harbour-gazette.example/stored' });
    await startIngestJob(api.db.prisma, done.job.id);
    await finishIngestJob(api.db.prisma, done.job.id, { articleId: api.saved[0]!.articleId, created: true });
    const refused = await enqueueIngest(api.db.prisma, { kind: 'URL', url: 'https://harbour-gazette.example/gone' });
    await startIngestJob(api.db.prisma, refused.job.id);
    await failIngestJob(api.db.prisma, refused.job.id, 'https://harbour-gazette.example/gone: the server answered 404 Not Found', false);
    stored = { id: toGlobalId('IngestJob', done.job.id) };
    failed = { id: toGlobalId('IngestJob', refused.job.id) };
  });

  it('gives a succeeded job with its article', async () => {
    const result = await asViewer<{ ingestJob: Job }>(`query ($id: ID!) { ingestJob(id: $id) { ${JOB_FIELDS} } }`, stored);
    expect(result.data?.ingestJob).toEqual({
      id: stored.id,
      kind: 'URL',
      url: 'https://harbour-gazette.example/stored',
      status: 'SUCCEEDED',
      attempts: 1,
      maxAttempts: 5,
      lastError: null,
      created: true,
      article: { headline: 'Garrison on the island grows to 400' },
    });
  });

  it('keeps a failed job with the reason it was given up', async () => {
    const result = await asViewer<{ ingestJob: Job }>(
      'query ($id: ID!) { ingestJob(id: $id) { status attempts lastError article { id } } }',
      failed,
    );
    expect(result.data?.ingestJob).toEqual({
      status: 'FAILED',
      attempts: 1,
      lastError: 'https://harbour-gazette.example/gone: the server answered 404 Not Found',
      article: null,
    });
  });

  it('lists jobs of one status, newest first', async () => {
    const list = (status: string) =>
      asViewer<{ ingestJobs: { totalCount: number; edges: { node: { url: string } }[] } }>(
        'query ($status: IngestJobStatus) { ingestJobs(status: $status, first: 10) { totalCount edges { node { url } } } }',
        { status },
      );
    expect((await list('FAILED')).data?.ingestJobs).toEqual({
      totalCount: 1,
      edges: [{ node: { url: 'https://harbour-gazette.example/gone' } }],
    });
    // The text job (no URL) came last of the three submitted above.
    expect((await list('QUEUED')).data?.ingestJobs.edges.map((e) => e.node.url)).toEqual([
      null,
      `${QUEUED_PAGE}?again`,
      `${QUEUED_PAGE}#top`,
    ]);
  });

  it('queues a failed URL again from its first attempt when it is submitted again', async () => {
    const result = await api.asEditor<{ ingestUrl: Payload }>(INGEST_URL, { url: 'https://harbour-gazette.example/gone' });
    expect(result.data?.ingestUrl.job).toEqual(expect.objectContaining({ id: failed.id, status: 'QUEUED', attempts: 0, lastError: null }));
  });

  it('needs an API key to read jobs', async () => {
    expect(errorCode(await api.query('{ ingestJobs { totalCount } }'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.query('query ($id: ID!) { ingestJob(id: $id) { id } }', stored))).toBe('UNAUTHENTICATED');
  });

  it('finds a job through node() only with a key', async () => {
    const query = 'query ($id: ID!) { node(id: $id) { ... on IngestJob { status } } }';
    expect((await api.query<{ node: unknown }>(query, stored)).data?.node).toBeNull();
    expect((await asViewer<{ node: unknown }>(query, stored)).data?.node).toEqual({ status: 'SUCCEEDED' });
  });
});
