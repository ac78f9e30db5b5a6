import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../helpers/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const SEED_SLUG = 'us-to-pull-almost-half-its-troops-from-iraq-this-month-2020-09-09';

/**
 * What the ClaimReview vocabulary needs for a review to be read (schema.org ClaimReview as
 * fact-check consumers such as Google's require it): the claim, the verdict as a Rating with
 * a textual name, who reviewed and when, where, and what was reviewed, by whom.
 */
const REQUIRED = ['@type', 'url', 'claimReviewed', 'datePublished', 'author', 'reviewRating', 'itemReviewed'];
const REQUIRED_RATING = ['@type', 'alternateName', 'ratingValue', 'bestRating', 'worstRating'];
const REQUIRED_ITEM = ['@type', 'author', 'appearance'];

interface ClaimReviewDocument {
  '@context': string;
  '@graph': Record<string, unknown>[];
}

async function reviewClaim(status: string, note: string): Promise<string> {
  const claims = await api.query<{ claims: { edges: { node: { id: string; text: string } }[] } }>('{ claims(first: 2) { edges { node { id text } } } }');
  const claim = claims.data!.claims.edges[0]!.node;
  const result = await api.asEditor('mutation ($id: ID!, $status: ReviewStatus!, $note: String) { reviewClaim(id: $id, status: $status, note: $note) { userErrors { message } } }', { id: claim.id, status, note });
  expect(result.errors).toBeUndefined();
  return claim.text;
}

describe('GET /articles/:id/claimreview.json', () => {
  it('exports a reviewed claim as ClaimReview JSON-LD with every required property', async () => {
    const text = await reviewClaim('MISLEADING', 'The figure counts contractors.');
    const response = await fetch(`${api.server.baseUrl}/articles/${SEED_SLUG}/claimreview.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/ld+json');
    const document = (await response.json()) as ClaimReviewDocument;
    expect(document['@context']).toBe('https://schema.org');
    expect(document['@graph']).toHaveLength(1);
    const review = document['@graph'][0]!;
    for (const property of REQUIRED) expect(review).toHaveProperty([property]);
    for (const property of REQUIRED_RATING) expect(review.reviewRating).toHaveProperty([property]);
    for (const property of REQUIRED_ITEM) expect(review.itemReviewed).toHaveProperty([property]);
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: text,
      reviewBody: 'The figure counts contractors.',
      reviewRating: { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 },
      author: { '@type': 'Organization', name: 'Troop levels fact desk' },
      itemReviewed: { '@type': 'Claim', appearance: { '@type': 'NewsArticle', headline: 'US to pull almost half its troops from Iraq this month' } },
    });
    expect(Number.isNaN(Date.parse(review.datePublished as string))).toBe(false);
  });

  it('finds the article by its global id as well as by slug', async () => {
    const { data } = await api.query<{ article: { id: string } }>('query ($slug: String) { article(slug: $slug) { id } }', { slug: SEED_SLUG });
    const bySlug = await (await fetch(`${api.server.baseUrl}/articles/${SEED_SLUG}/claimreview.json`)).json();
    const byId = await (await fetch(`${api.server.baseUrl}/articles/${data!.article.id}/claimreview.json`)).json();
    expect(byId).toEqual(bySlug);
  });

  it('answers 404 with a JSON error for an article that does not exist', async () => {
    const response = await fetch(`${api.server.baseUrl}/articles/no-such-article/claimreview.json`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'NOT_FOUND', message: 'No article has the id or slug "no-such-article".' });
  });
});
