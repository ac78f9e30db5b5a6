import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';
import { createApiKey } from '../../db/apiKeys.ts';
import { parseGlobalId, toGlobalId } from '../common/ids.ts';
import {
  afghanistanClaims,
  claimToAttribute,
  claimToReview,
  CUT,
  FORECAST,
  HISTORY,
  PROMISE,
  WHITE_HOUSE_CLAIM,
  whiteHouseClaims,
} from './scenario.ts';

let api: TestApi;
let articleId: string;
beforeAll(async () => {
  api = await startTestApi(afghanistanClaims(), whiteHouseClaims());
  articleId = toGlobalId('Article', api.saved[0]!.articleId);
});
afterAll(() => api.close());

interface ClaimNode {
  id: string;
  text: string;
  kind: string;
  claimantKind: string;
  claimant: { name: string } | null;
  claimantDescription: string | null;
  status: string;
  troopLevels: { count: number }[];
  quotes: { text: string }[];
}

const CLAIMS = `query ($filter: ClaimFilter) { claims(first: 100, filter: $filter) { totalCount edges { node {
  id text kind claimantKind claimant { name } claimantDescription status troopLevels { count } quotes { text } } } } }`;

async function claims(filter: Record<string, unknown> = {}): Promise<ClaimNode[]> {
  const result = await api.query<{ claims: { edges: { node: ClaimNode }[] } }>(CLAIMS, { filter });
  expect(result.errors).toBeUndefined();
  return result.data!.claims.edges.map((e) => e.node);
}

const claimWith = async (text: string) => (await claims({ articleId })).find((c) => c.text === text);

const fromGlobalId = (id: string): string => parseGlobalId(id)!.id;

/** The global id of the only claim of a test's own article. */
async function claimToReviewId(tag: string): Promise<string> {
  const saved = await api.save(claimToReview(tag));
  return toGlobalId('Claim', (await api.db.prisma.claim.findFirstOrThrow({ where: { articleId: saved.articleId } })).id);
}

describe('claims', () => {
  it("lists an article's claims in reading order, unreviewed", async () => {
    expect((await claims({ articleId })).map((c) => [c.text, c.kind, c.status])).toEqual([
      [CUT, 'FIGURE', 'UNREVIEWED'],
      [FORECAST, 'FORECAST', 'UNREVIEWED'],
      [HISTORY, 'EVENT', 'UNREVIEWED'],
      [PROMISE, 'STATEMENT', 'UNREVIEWED'],
    ]);
  });

  it('attributes a claim to the person who makes it, with the figures it states', async () => {
    expect(await claimWith(CUT)).toMatchObject({
      claimantKind: 'PERSON',
      claimant: { name: 'Omar Reyes' },
      claimantDescription: null,
      troopLevels: [{ count: 3500 }, { count: 650 }],
    });
  });

  it('keeps an unnamed claimant as a description', async () => {
    expect(await claimWith(FORECAST)).toMatchObject({
      claimantKind: 'UNNAMED_SOURCE',
      claimant: null,
      claimantDescription: 'a senior defence official',
    });
  });

  it('makes the article the claimant of its own history', async () => {
    expect(await claimWith(HISTORY)).toMatchObject({ claimantKind: 'ARTICLE', claimant: null, claimantDescription: null, troopLevels: [] });
  });

  it('lists the quotes inside a claim', async () => {
    expect((await claimWith(PROMISE))?.quotes).toEqual([{ text: 'We will leave in good order' }]);
  });

  it('finds claims by full-text search', async () => {
    expect((await claims({ search: 'Kandahar' })).map((c) => c.text)).toEqual([FORECAST]);
  });
});

describe('claims made by organisations', () => {
  const organisationId = async (key: string) =>
    toGlobalId('Organisation', (await api.db.prisma.organisation.findUniqueOrThrow({ where: { key } })).id);
  const BY =
    'query ($filter: ClaimFilter) { claims(first: 100, filter: $filter) { edges { node { text claimantKind claimant { name } claimantOrganisation { name kind } } } } }';

  it('names the organisation as the claimant, not a person', async () => {
    const result = await api.query<{ claims: { edges: { node: unknown }[] } }>(BY, { filter: { search: 'Syria' } });
    expect(result.data?.claims.edges.map((e) => e.node)).toEqual([
      {
        text: WHITE_HOUSE_CLAIM,
        claimantKind: 'ORGANISATION',
        claimant: null,
        claimantOrganisation: { name: 'White House', kind: 'GOVERNMENT' },
      },
    ]);
  });

  it('filters by claimant organisation', async () => {
    const result = await api.query<{ claims: { edges: { node: { text: string } }[] } }>(BY, {
      filter: { claimantOrganisationId: await organisationId('white house') },
    });
    expect(result.data?.claims.edges.map((e) => e.node.text)).toEqual([WHITE_HOUSE_CLAIM]);
  });

  it('lists a date-only article’s claims before an older timed article’s', async () => {
    const texts = (await claims()).map((c) => c.text);
    expect(texts.indexOf(WHITE_HOUSE_CLAIM)).toBeLessThan(texts.indexOf(CUT));
  });
});

describe('updateClaim', () => {
  const UPDATE =
    'mutation ($id: ID!, $org: ID) { updateClaim(id: $id, input: { claimantOrganisationId: $org }) { claim { claimantKind claimantOrganisation { name } } userErrors { field message code } } }';
  const attributable = async (tag: string) => {
    const saved = await api.save(claimToAttribute(tag));
    const claim = await api.db.prisma.claim.findFirstOrThrow({ where: { articleId: saved.articleId } });
    const organisation = await api.db.prisma.organisation.findUniqueOrThrow({ where: { key: `border agency ${tag}` } });
    return { id: toGlobalId('Claim', claim.id), organisationId: toGlobalId('Organisation', organisation.id) };
  };

  it('sets an organisation as the claimant and clears it again', async () => {
    const { id, organisationId } = await attributable('set');
    const set = await api.asEditor<{ updateClaim: unknown }>(UPDATE, { id, org: organisationId });
    expect(set.data?.updateClaim).toEqual({
      claim: { claimantKind: 'ORGANISATION', claimantOrganisation: { name: 'Border Agency' } },
      userErrors: [],
    });
    const cleared = await api.asEditor<{ updateClaim: unknown }>(UPDATE, { id, org: null });
    expect(cleared.data?.updateClaim).toEqual({ claim: { claimantKind: 'ARTICLE', claimantOrganisation: null }, userErrors: [] });
  });

  it('answers NOT_FOUND in userErrors for an organisation that does not exist', async () => {
    const { id } = await attributable('missing');
    const result = await api.asEditor<{ updateClaim: unknown }>(UPDATE, {
      id,
      org: toGlobalId('Organisation', '00000000-0000-4000-8000-000000000000'),
    });
    expect(result.data?.updateClaim).toEqual({
      claim: null,
      userErrors: [{ field: ['input', 'claimantOrganisationId'], message: 'No organisation with that id.', code: 'NOT_FOUND' }],
    });
  });

  it('refuses a claim id as the claimant organisation', async () => {
    const { id } = await attributable('wrong type');
    const result = await api.asEditor<{ updateClaim: unknown }>(UPDATE, { id, org: id });
    expect(result.data?.updateClaim).toEqual({
      claim: null,
      userErrors: [{ field: ['input', 'claimantOrganisationId'], message: 'Not a valid Organisation id.', code: 'BAD_USER_INPUT' }],
    });
  });

  it('refuses callers without a key', async () => {
    const { id, organisationId } = await attributable('anonymous');
    expect(errorCode(await api.query(UPDATE, { id, org: organisationId }))).toBe('UNAUTHENTICATED');
  });
});

describe('reviewClaim', () => {
  const REVIEW =
    'mutation ($id: ID!, $status: ReviewStatus!, $note: String) { reviewClaim(id: $id, status: $status, note: $note) { claim { status reviewNote reviewedAt } userErrors { field code } } }';

  it('records the verdict and note for an editor', async () => {
    const id = await claimToReviewId('supported');
    const result = await api.asEditor<{ reviewClaim: { claim: { status: string; reviewNote: string; reviewedAt: string } } }>(REVIEW, {
      id,
      status: 'SUPPORTED',
      note: 'Ministry statement',
    });
    expect(result.data?.reviewClaim.claim).toMatchObject({ status: 'SUPPORTED', reviewNote: 'Ministry statement' });
    expect(Date.parse(result.data!.reviewClaim.claim.reviewedAt)).toBeGreaterThan(0);
    expect((await claims({ status: 'SUPPORTED' })).map((c) => c.id)).toEqual([id]);
  });

  it("answers with the reviewed claim's id, kind, span and article when the payload asks for them", async () => {
    const id = await claimToReviewId('whole payload');
    const result = await api.asEditor<{ reviewClaim: { claim: Record<string, unknown> } }>(
      `mutation ($id: ID!) { reviewClaim(id: $id, status: MISLEADING) { claim {
        id kind status claimantKind span { start end text } article { headline } reviewHistory { from to } } } }`,
      { id },
    );
    const text = 'Ten bases closed in the spring (whole payload).';
    expect(result.data?.reviewClaim.claim).toEqual({
      id,
      kind: 'EVENT',
      status: 'MISLEADING',
      claimantKind: 'ARTICLE',
      span: { start: expect.any(Number) as number, end: expect.any(Number) as number, text },
      article: { headline: 'Bases close (whole payload)' },
      reviewHistory: [{ from: 'UNREVIEWED', to: 'MISLEADING' }],
    });
  });

  it("deletes a claim's review history with the claim", async () => {
    const id = await claimToReviewId('deleted claim');
    await api.asEditor(REVIEW, { id, status: 'FALSE' });
    const claimId = fromGlobalId(id);
    expect(await api.db.prisma.claimReviewEvent.count({ where: { claimId } })).toBe(1);
    const deleted = await api.asEditor<{ deleteClaim: { deletedId: string } }>(
      'mutation ($id: ID!) { deleteClaim(id: $id) { deletedId } }',
      { id },
    );
    expect(deleted.data?.deleteClaim.deletedId).toBe(id);
    expect(await api.db.prisma.claimReviewEvent.count({ where: { claimId } })).toBe(0);
  });

  it("deletes its claims' review histories with an article", async () => {
    const saved = await api.save(claimToReview('deleted article'));
    const claim = await api.db.prisma.claim.findFirstOrThrow({ where: { articleId: saved.articleId } });
    await api.asEditor(REVIEW, { id: toGlobalId('Claim', claim.id), status: 'SUPPORTED' });
    const kept = await claimToReviewId('kept history');
    await api.asEditor(REVIEW, { id: kept, status: 'SUPPORTED' });
    await api.db.prisma.article.delete({ where: { id: saved.articleId } });
    expect(await api.db.prisma.claimReviewEvent.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await api.db.prisma.claimReviewEvent.count({ where: { claimId: fromGlobalId(kept) } })).toBe(1);
  });

  it("keeps the reviewing key's id in the claim's history after that key is deleted", async () => {
    const id = await claimToReviewId('deleted key');
    const reviewer = await createApiKey(api.db.prisma, 'short-lived editor', 'EDITOR');
    const reviewed = await api.server.graphql(REVIEW, { id, status: 'DISPUTED' }, { authorization: `Bearer ${reviewer.secret}` });
    expect(reviewed.errors).toBeUndefined();
    await api.db.prisma.apiKey.delete({ where: { id: reviewer.key.id } });
    const history = await api.query<{ node: { reviewHistory: { to: string; apiKeyId: string | null }[] } }>(
      'query ($id: ID!) { node(id: $id) { ... on Claim { reviewHistory { to apiKeyId } } } }',
      { id },
    );
    expect(history.data?.node.reviewHistory).toEqual([{ to: 'DISPUTED', apiKeyId: toGlobalId('ApiKey', reviewer.key.id) }]);
  });

  it('refuses callers without a key', async () => {
    const id = await claimToReviewId('anonymous');
    expect(errorCode(await api.query(REVIEW, { id, status: 'FALSE' }))).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for an unknown claim', async () => {
    const missing = toGlobalId('Claim', '00000000-0000-0000-0000-000000000000');
    expect(errorCode(await api.asEditor(REVIEW, { id: missing, status: 'FALSE' }))).toBe('NOT_FOUND');
  });

  it('refuses a note over 5,000 characters with a user error', async () => {
    const id = await claimToReviewId('long note');
    const result = await api.asEditor<{ reviewClaim: unknown }>(REVIEW, { id, status: 'FALSE', note: 'x'.repeat(5001) });
    expect(result.data?.reviewClaim).toEqual({ claim: null, userErrors: [{ field: ['note'], code: 'BAD_USER_INPUT' }] });
  });
});
