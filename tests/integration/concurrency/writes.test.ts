import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveArticle } from '../../../src/db/store.ts';
import { toGlobalId } from '../../../src/graphql/common/ids.ts';
import { startTestApi, type TestApi } from '../../helpers/api.ts';
import { aReport, MINISTER, REPORTER } from '../../helpers/reports.ts';
import { wireStory } from '../../helpers/stories.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.close();
});

const INGEST = `mutation ($text: String!) { ingestArticle(input: { text: $text }) { created article { id } userErrors { message } } }`;

interface Ingested {
  ingestArticle: { created: boolean; article: { id: string } | null; userErrors: { message: string }[] };
}

describe('concurrent writes', () => {
  it('stores 20 concurrent ingests of the same text as one article that every response names', async () => {
    const text = wireStory(0);
    const responses = await Promise.all(Array.from({ length: 20 }, () => api.asEditor<Ingested>(INGEST, { text })));
    const ids = new Set(responses.map((r) => r.data?.ingestArticle.article?.id));
    expect(responses.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect([...ids]).toHaveLength(1);
    expect(responses.filter((r) => r.data?.ingestArticle.created)).toHaveLength(1);
    expect(await api.db.prisma.article.count({ where: { text } })).toBe(1);
  });

  it('stores 20 different articles sent at once, each its own, naming no person twice', async () => {
    // Which people the extractor finds is the ingest tests' business; here: none is stored twice.
    const texts = Array.from({ length: 20 }, (_, i) => wireStory(i + 1));
    const responses = await Promise.all(texts.map((text) => api.asEditor<Ingested>(INGEST, { text })));
    expect(responses.map((r) => r.errors ?? r.data?.ingestArticle.userErrors)).toEqual(Array(20).fill([]));
    expect(new Set(responses.map((r) => r.data?.ingestArticle.article?.id)).size).toBe(20);
    const twice = await api.db.prisma.person.groupBy({ by: ['name'], _count: { _all: true }, having: { name: { _count: { gt: 1 } } } });
    expect(twice).toEqual([]);
  });

  it('keeps one row per person when 20 hand-built articles naming the same people are saved at once', async () => {
    const drafts = Array.from({ length: 20 }, (_, i) => aReport({ tag: `people ${i}` }));
    const saved = await Promise.all(drafts.map((draft) => saveArticle(api.db.prisma, draft)));
    expect(saved.filter((s) => s.created)).toHaveLength(20);
    const people = await api.db.prisma.person.groupBy({
      by: ['name'],
      _count: { _all: true },
      where: { name: { in: [REPORTER, MINISTER] } },
    });
    expect(people.map((p) => [p.name, p._count._all]).sort()).toEqual([
      [REPORTER, 1],
      [MINISTER, 1],
    ]);
  });

  it('lets the last of 20 concurrent reviews of one claim win and logs every change in order', async () => {
    const saved = await api.save(aReport({ tag: 'reviews' }));
    const claim = await api.db.prisma.claim.findFirstOrThrow({ where: { articleId: saved.articleId } });
    const statuses = ['SUPPORTED', 'DISPUTED', 'MISLEADING', 'FALSE'] as const;
    const mutation = `mutation ($id: ID!, $status: ReviewStatus!, $note: String) { reviewClaim(id: $id, status: $status, note: $note) { claim { status } userErrors { message } } }`;
    const globalId = toGlobalId('Claim', claim.id);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.asEditor(mutation, { id: globalId, status: statuses[i % statuses.length], note: `review ${i}` }),
      ),
    );
    expect(responses.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    const history = await api.query<{
      node: { status: string; reviewNote: string; reviewHistory: { from: string; to: string; note: string; apiKeyId: string | null }[] };
    }>(`query ($id: ID!) { node(id: $id) { ... on Claim { status reviewNote reviewHistory { from to note apiKeyId } } } }`, {
      id: globalId,
    });
    const { status, reviewNote, reviewHistory } = history.data?.node ?? { status: '', reviewNote: '', reviewHistory: [] };
    expect(reviewHistory).toHaveLength(20);
    expect(new Set(reviewHistory.map((e) => e.note)).size).toBe(20);
    expect(reviewHistory[0]?.from).toBe(claim.status);
    reviewHistory.slice(1).forEach((event, i) => expect(event.from).toBe(reviewHistory[i]?.to));
    expect([status, reviewNote]).toEqual([reviewHistory[19]?.to, reviewHistory[19]?.note]);
    expect(new Set(reviewHistory.map((e) => e.apiKeyId)).size).toBe(1);
    expect(reviewHistory[0]?.apiKeyId).toMatch(/.+/);
  });
});
