import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../src/graphql/common/ids.ts';
import { startTestApi, type TestApi } from '../../helpers/api.ts';
import { buildDraft } from '../../helpers/drafts.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const CLAIM = 'Some 900 contractors and troops guard the Erbil airport, Colonel Rita Haas said.';

/** Each test's own article: a byline, a claim by a named colonel and one the article makes. */
const articleToReview = (tag: string) =>
  buildDraft({
    headline: `Erbil airport guarded (${tag})`,
    byline: 'By Sofia Brandt',
    publishedAt: '2021-02-16T12:00:00.000Z',
    authors: ['Sofia Brandt'],
    people: [{ name: 'Rita Haas', roles: ['Colonel'] }],
    paragraphs: [CLAIM, `The airport was attacked on Monday (${tag}).`],
    claims: [
      { text: CLAIM, kind: 'FIGURE', claimant: 'Rita Haas' },
      { text: `The airport was attacked on Monday (${tag}).`, kind: 'EVENT' },
    ],
  });

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

/** Saves a test's own article and reviews its first claim: the article's slug and global id. */
async function reviewedArticle(tag: string, status: string, note: string): Promise<{ slug: string; id: string }> {
  const saved = await api.save(articleToReview(tag));
  const claim = await api.db.prisma.claim.findFirstOrThrow({ where: { articleId: saved.articleId, text: CLAIM } });
  const result = await api.asEditor(
    'mutation ($id: ID!, $status: ReviewStatus!, $note: String) { reviewClaim(id: $id, status: $status, note: $note) { userErrors { message } } }',
    { id: toGlobalId('Claim', claim.id), status, note },
  );
  expect(result.errors).toBeUndefined();
  return { slug: saved.slug, id: toGlobalId('Article', saved.articleId) };
}

describe('GET /articles/:id/claimreview.json', () => {
  it('exports a reviewed claim as ClaimReview JSON-LD with every required property', async () => {
    const { slug } = await reviewedArticle('export', 'MISLEADING', 'The figure counts contractors.');
    const response = await fetch(`${api.server.baseUrl}/articles/${slug}/claimreview.json`);
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
      claimReviewed: CLAIM,
      reviewBody: 'The figure counts contractors.',
      reviewRating: { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 },
      author: { '@type': 'Organization', name: 'Troop levels fact desk' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Rita Haas' },
        appearance: {
          '@type': 'NewsArticle',
          headline: 'Erbil airport guarded (export)',
          datePublished: '2021-02-16T12:00:00.000Z',
          author: [{ '@type': 'Person', name: 'Sofia Brandt' }],
        },
      },
    });
    expect(Number.isNaN(Date.parse(review.datePublished as string))).toBe(false);
  });

  it('finds the article by its global id as well as by slug', async () => {
    const { slug, id } = await reviewedArticle('by id', 'SUPPORTED', 'Confirmed by the ministry.');
    const bySlug = (await (await fetch(`${api.server.baseUrl}/articles/${slug}/claimreview.json`)).json()) as ClaimReviewDocument;
    const byId = await (await fetch(`${api.server.baseUrl}/articles/${id}/claimreview.json`)).json();
    expect(bySlug['@graph'].map((review) => review.claimReviewed)).toEqual([CLAIM]);
    expect(byId).toEqual(bySlug);
  });

  it('answers 404 with a JSON error for an article that does not exist', async () => {
    const response = await fetch(`${api.server.baseUrl}/articles/no-such-article/claimreview.json`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'NOT_FOUND', message: 'No article has the id or slug "no-such-article".' });
  });

  it('names an organisation claimant as a schema.org Organization and dates a date-only article by its printed day', async () => {
    const claim = 'The ministry said 1,200 troops guard the border.';
    const saved = await api.save(
      buildDraft({
        headline: 'Border guarded',
        publishedOn: '2023-07-10',
        publishedPrecision: 'DAY',
        organisations: [{ name: 'Ministry of Defence', kind: 'MINISTRY' }],
        paragraphs: [claim],
        claims: [{ text: claim, kind: 'FIGURE', claimantOrganisation: 'Ministry of Defence' }],
      }),
    );
    const row = await api.db.prisma.claim.findFirstOrThrow({ where: { articleId: saved.articleId } });
    await api.asEditor('mutation ($id: ID!) { reviewClaim(id: $id, status: DISPUTED) { userErrors { message } } }', {
      id: toGlobalId('Claim', row.id),
    });
    const document = (await (await fetch(`${api.server.baseUrl}/articles/${saved.slug}/claimreview.json`)).json()) as ClaimReviewDocument;
    expect(document['@graph'][0]?.itemReviewed).toMatchObject({
      author: { '@type': 'Organization', name: 'Ministry of Defence' },
      datePublished: '2023-07-10',
      appearance: { '@type': 'NewsArticle', headline: 'Border guarded', datePublished: '2023-07-10' },
    });
  });
});
