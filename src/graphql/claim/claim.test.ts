import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

interface ClaimNode {
  id: string;
  text: string;
  claimantKind: string;
  claimant: { name: string } | null;
  claimantDescription: string | null;
  status: string;
  troopLevels: { count: number }[];
  quotes: { text: string }[];
}

const CLAIMS = `query ($filter: ClaimFilter) { claims(first: 100, filter: $filter) { totalCount edges { node {
  id text claimantKind claimant { name } claimantDescription status troopLevels { count } quotes { text } } } } }`;

async function claims(filter: Record<string, unknown> = {}): Promise<ClaimNode[]> {
  const result = await api.query<{ claims: { edges: { node: ClaimNode }[] } }>(CLAIMS, { filter });
  expect(result.errors).toBeUndefined();
  return result.data!.claims.edges.map((e) => e.node);
}

describe('claims', () => {
  it('attributes the reduction to McKenzie with its figures', async () => {
    const reduction = (await claims()).find((c) => c.text.includes('from 5,200 to 3,000') && c.claimant?.name === 'Frank McKenzie');
    expect(reduction?.troopLevels.map((t) => t.count).sort()).toEqual([3000, 5200]);
  });

  it('keeps the unnamed official as a description', async () => {
    const official = (await claims()).find((c) => c.text.includes('imminent'));
    expect(official).toMatchObject({ claimantKind: 'UNNAMED_SOURCE', claimant: null, claimantDescription: 'a senior Trump administration official' });
  });

  it('makes the article the claimant of its own history', async () => {
    const history = (await claims()).find((c) => c.text.startsWith('US troops have been in Afghanistan since 2001'));
    expect(history).toMatchObject({ claimantKind: 'ARTICLE', claimant: null, claimantDescription: null });
  });

  it('finds claims by full-text search', async () => {
    expect((await claims({ search: 'Soleimani' })).length).toBeGreaterThanOrEqual(1);
  });
});

describe('reviewClaim', () => {
  const REVIEW = 'mutation ($id: ID!, $status: ReviewStatus!, $note: String) { reviewClaim(id: $id, status: $status, note: $note) { claim { status reviewNote reviewedAt } userErrors { field code } } }';

  it('records the verdict and note for an editor', async () => {
    const [claim] = await claims();
    const result = await api.asEditor<{ reviewClaim: { claim: { status: string; reviewNote: string; reviewedAt: string } } }>(REVIEW, { id: claim!.id, status: 'SUPPORTED', note: 'CENTCOM statement' });
    expect(result.data?.reviewClaim.claim).toMatchObject({ status: 'SUPPORTED', reviewNote: 'CENTCOM statement' });
    expect(Date.parse(result.data!.reviewClaim.claim.reviewedAt)).toBeGreaterThan(0);
    expect((await claims({ status: 'SUPPORTED' })).map((c) => c.id)).toEqual([claim!.id]);
  });

  it('refuses callers without a key', async () => {
    const [claim] = await claims();
    expect(errorCode(await api.query(REVIEW, { id: claim!.id, status: 'FALSE' }))).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for an unknown claim', async () => {
    const missing = Buffer.from('Claim:00000000-0000-0000-0000-000000000000').toString('base64url');
    expect(errorCode(await api.asEditor(REVIEW, { id: missing, status: 'FALSE' }))).toBe('NOT_FOUND');
  });

  it('refuses a note over 5,000 characters with a user error', async () => {
    const [claim] = await claims();
    const result = await api.asEditor<{ reviewClaim: unknown }>(REVIEW, { id: claim!.id, status: 'FALSE', note: 'x'.repeat(5001) });
    expect(result.data?.reviewClaim).toEqual({ claim: null, userErrors: [{ field: ['note'], code: 'BAD_USER_INPUT' }] });
  });
});
