/**
 * The lists' reading order for what articles carry (quotes, claims): newest article first
 * (by its instant, else its printed day; undated last), then by article, position and id.
 * db/childPages.ts spells the same order in SQL for batched first pages.
 */
import type { Prisma } from '../../db/client.ts';

type ExtractedOrder = Prisma.QuoteOrderByWithRelationInput & Prisma.ClaimOrderByWithRelationInput;

export const NEWEST_ARTICLE_FIRST: ExtractedOrder[] = [
  { article: { publishedSort: { sort: 'desc', nulls: 'last' } } },
  { articleId: 'asc' },
  { start: 'asc' },
  { id: 'asc' },
];
