import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../src/graphql/common/ids.ts';
import { startTestApi, type TestApi } from '../../helpers/api.ts';
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

  it('keeps one row per person when 20 different articles naming the same people arrive at once', async () => {
    const texts = Array.from({ length: 20 }, (_, i) => wireStory(i + 1));
    const responses = await Promise.all(texts.map((text) => api.asEditor<Ingested>(INGEST, { text })));
    expect(responses.map((r) => r.errors ?? r.data?.ingestArticle.userErrors)).toEqual(Array(20).fill([]));
    expect(new Set(responses.map((r) => r.data?.ingestArticle.article?.id)).size).toBe(20);
    const people = await api.db.prisma.person.groupBy({ by: ['name'], _count: { _all: true }, where: { name: { in: ['Alice Carver', 'Tomas Lindqvist', 'Ben Wallace'] } } });
    expect(people.map((p) => [p.name, p._count._all]).sort()).toEqual([['Alice Carver', 1], ['Ben Wallace', 1], ['Tomas Lindqvist', 1]]);
  });

  it('lets the last of 20 concurrent reviews of one claim win and logs every change in order', async () => {
    const claim = await api.db.prisma.claim.findFirstOrThrow({ orderBy: { start: 'asc' } });
    const statuses = ['SUPPORTED', 'DISPUTED', 'MISLEADING', 'FALSE'] as const;
    const mutation = `mutation ($id: ID!, $status: ReviewStatus!, $note: String) { reviewClaim(id: $id, status: $status, note: $note) { claim { status } userErrors { message } } }`;
    const globalId = toGlobalId('Claim', claim.id);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => api.asEditor(mutation, { id: globalId, status: statuses[i % statuses.length], note: `review ${i}` })),
    );
    expect(responses.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    const history = await api.query<{ node: { status: string; reviewNote: string; reviewHistory: { from: string; to: string; note: string; apiKeyId: string | null }[] } }>(
      `query ($id: ID!) { node(id: $id) { ... on Claim { status reviewNote reviewHistory { from to note apiKeyId } } } }`,
      { id: globalId },
    );
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
