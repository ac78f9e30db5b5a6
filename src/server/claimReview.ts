/**
 * GET /articles/:id/claimreview.json — the article's reviewed claims as schema.org
 * ClaimReview JSON-LD (https://schema.org/ClaimReview), the markup fact-checkers publish so
 * search engines and aggregators can pick verdicts up. `:id` is the article's global id or
 * its slug. Unreviewed claims are left out: a ClaimReview is a verdict.
 */
import type { FastifyInstance } from 'fastify';
import type { Article, Claim, Organisation, Person, PrismaClient, ReviewStatus } from '../db/client.ts';
import { parseGlobalId } from '../graphql/common/ids.ts';

/** Verdicts on a 1–5 scale, as ClaimReview ratings carry both a number and a word. */
const RATINGS: Record<Exclude<ReviewStatus, 'UNREVIEWED'>, { value: number; name: string }> = {
  FALSE: { value: 1, name: 'False' },
  MISLEADING: { value: 2, name: 'Misleading' },
  DISPUTED: { value: 3, name: 'Disputed' },
  SUPPORTED: { value: 5, name: 'Supported' },
};

type ReviewedClaim = Claim & { claimant: Person | null; claimantOrganisation?: Organisation | null };
type ArticleWithAuthors = Omit<Article, 'text'> & { authors: { person: Person }[] };

export interface ClaimReviewOptions {
  /** The organisation publishing the verdicts. */
  publisher: string;
  /** Where this document is served, for the reviews' `url`. */
  documentUrl: string;
}

/** When the article appeared: the instant when it printed one, else the day it printed (schema.org Date). */
function published(article: ArticleWithAuthors): { datePublished: string } | Record<string, never> {
  if (article.publishedAt) return { datePublished: article.publishedAt.toISOString() };
  if (article.publishedOn) return { datePublished: article.publishedOn.toISOString().slice(0, 10) };
  return {};
}

export function claimReviews(article: ArticleWithAuthors, claims: ReviewedClaim[], { publisher, documentUrl }: ClaimReviewOptions) {
  const articleAuthors = article.authors.map(({ person }) => ({ '@type': 'Person', name: person.name }));
  const appeared = published(article);
  return {
    '@context': 'https://schema.org',
    '@graph': claims.flatMap((claim) => {
      if (claim.status === 'UNREVIEWED') return [];
      const rating = RATINGS[claim.status];
      const claimAuthor = claim.claimant
        ? { '@type': 'Person', name: claim.claimant.name }
        : claim.claimantOrganisation
          ? { '@type': 'Organization', name: claim.claimantOrganisation.name }
          : claim.claimantDescription
            ? { '@type': 'Person', name: claim.claimantDescription }
            : (articleAuthors[0] ?? { '@type': 'Organization', name: publisher });
      return [
        {
          '@type': 'ClaimReview',
          url: `${documentUrl}#claim-${claim.id}`,
          claimReviewed: claim.text,
          datePublished: (claim.reviewedAt ?? claim.updatedAt).toISOString(),
          author: { '@type': 'Organization', name: publisher },
          reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 5, worstRating: 1, alternateName: rating.name },
          ...(claim.reviewNote ? { reviewBody: claim.reviewNote } : {}),
          itemReviewed: {
            '@type': 'Claim',
            author: claimAuthor,
            ...appeared,
            appearance: {
              '@type': 'NewsArticle',
              headline: article.headline,
              ...(article.sourceUrl ? { url: article.sourceUrl } : {}),
              ...appeared,
              ...(articleAuthors.length > 0 ? { author: articleAuthors } : {}),
            },
          },
        },
      ];
    }),
  };
}

export function registerClaimReviewRoute(app: FastifyInstance, prisma: PrismaClient, publisher: string): void {
  app.get<{ Params: { id: string } }>('/articles/:id/claimreview.json', async (request, reply) => {
    const { id } = request.params;
    const parsed = parseGlobalId(id);
    const where = parsed?.type === 'Article' ? { id: parsed.id } : { slug: id };
    const article = await prisma.article.findUnique({
      where,
      omit: { text: true },
      include: { authors: { include: { person: true }, orderBy: { position: 'asc' } } },
    });
    if (!article) return reply.code(404).send({ error: 'NOT_FOUND', message: `No article has the id or slug "${id}".` });
    const claims = await prisma.claim.findMany({
      where: { articleId: article.id, status: { not: 'UNREVIEWED' } },
      include: { claimant: true, claimantOrganisation: true },
      orderBy: [{ start: 'asc' }, { id: 'asc' }],
    });
    // The canonical address, by slug, whichever form of id was asked for.
    const documentUrl = `${request.protocol}://${request.host}/articles/${encodeURIComponent(article.slug)}/claimreview.json`;
    return reply.type('application/ld+json; charset=utf-8').send(claimReviews(article, claims, { publisher, documentUrl }));
  });
}
