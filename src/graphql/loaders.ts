/**
 * Per-request DataLoaders: every relation a resolver follows is batched into one query per
 * relation per request, so the number of SQL statements does not grow with page size.
 */
import DataLoader from 'dataloader';
import {
  sqlOf,
  type Article,
  type Claim,
  type ClaimReviewEvent,
  type Location,
  type Organisation,
  type Outlet,
  type Paragraph,
  type Person,
  type PrismaClient,
  type Quote,
  type TroopLevel,
} from '../db/client.ts';
import { firstChildren, type ChildModel } from '../db/childPages.ts';
import { ARTICLE_OMIT, type ArticleModel } from './models.ts';
import { findConflictIds } from './troopLevel/timeline.ts';

export interface AuthorRow {
  role: string | null;
  position: number;
  person: Person;
}

/** One row per key, in key order (null where missing). */
function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await load([...ids]);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** All rows per key, in key order, keeping the query's row order within each group. */
function grouped<T>(load: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of await load([...keys])) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** A connection's first page of one parent's children: `take` rows (the page and one more). */
export interface FirstPageKey {
  id: string;
  take: number;
}

/**
 * First pages of many parents' connections, batched: one statement per distinct page size
 * (usually one) for every parent asked for in a tick. Later pages (cursors, `last`) are
 * read per parent, as a client pages through one parent at a time.
 */
function firstPages<T>(prisma: PrismaClient, model: ChildModel, foreignKey: keyof T & string): DataLoader<FirstPageKey, T[], string> {
  const cacheKey = (key: FirstPageKey) => `${key.id}:${key.take}`;
  return new DataLoader(
    async (keys) => {
      const idsByTake = new Map<number, Set<string>>();
      for (const key of keys) idsByTake.set(key.take, (idsByTake.get(key.take) ?? new Set()).add(key.id));
      const groups = new Map<string, T[]>();
      await Promise.all(
        [...idsByTake].map(async ([take, ids]) => {
          for (const row of await firstChildren<T>(sqlOf(prisma), model, foreignKey, [...ids], take)) {
            const key = cacheKey({ id: String(row[foreignKey]), take });
            groups.set(key, [...(groups.get(key) ?? []), row]);
          }
        }),
      );
      return keys.map((key) => groups.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** How many rows each key has, from a groupBy's answer. */
function counts(load: (keys: string[]) => Promise<{ key: string | null; count: number }[]>): DataLoader<string, number> {
  return new DataLoader(async (keys) => {
    const found = new Map((await load([...keys])).map((row) => [row.key, row.count]));
    return keys.map((key) => found.get(key) ?? 0);
  });
}

export interface ArticleCounts {
  paragraphs: number;
  quotes: number;
  claims: number;
  troopLevels: number;
}

/** The four counts of each article in one statement, for any number of articles. */
async function countArticles(prisma: PrismaClient, ids: readonly string[]): Promise<ArticleCounts[]> {
  const rows = await prisma.$queryRaw<(ArticleCounts & { id: string })[]>`
    SELECT a.id::text AS id,
           (SELECT count(*) FROM paragraph x WHERE x.article_id = a.id)::int AS paragraphs,
           (SELECT count(*) FROM quote x WHERE x.article_id = a.id)::int AS quotes,
           (SELECT count(*) FROM claim x WHERE x.article_id = a.id)::int AS claims,
           (SELECT count(*) FROM troop_level x WHERE x.article_id = a.id)::int AS "troopLevels"
      FROM unnest(${[...ids]}::uuid[]) AS a(id)`;
  const found = new Map(rows.map(({ id, ...counts }) => [id, counts]));
  return ids.map((id) => found.get(id) ?? { paragraphs: 0, quotes: 0, claims: 0, troopLevels: 0 });
}

export function createLoaders(prisma: PrismaClient) {
  const reading = { orderBy: [{ articleId: 'asc' as const }, { start: 'asc' as const }] };
  return {
    article: byId<ArticleModel>((ids) => prisma.article.findMany({ where: { id: { in: ids } }, omit: ARTICLE_OMIT })),
    articleText: byId<Pick<Article, 'id' | 'text'>>((ids) =>
      prisma.article.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } }),
    ),
    person: byId<Person>((ids) => prisma.person.findMany({ where: { id: { in: ids } } })),
    organisation: byId<Organisation>((ids) => prisma.organisation.findMany({ where: { id: { in: ids } } })),
    outlet: byId<Outlet>((ids) => prisma.outlet.findMany({ where: { id: { in: ids } } })),
    agenciesOfArticle: grouped(
      (ids) =>
        prisma.articleAgency.findMany({ where: { articleId: { in: ids } }, include: { organisation: true }, orderBy: { position: 'asc' } }),
      (row) => row.articleId,
    ),
    location: byId<Location>((ids) => prisma.location.findMany({ where: { id: { in: ids } } })),
    claim: byId<Claim>((ids) => prisma.claim.findMany({ where: { id: { in: ids } } })),
    quote: byId<Quote>((ids) => prisma.quote.findMany({ where: { id: { in: ids } } })),
    troopLevel: byId<TroopLevel>((ids) => prisma.troopLevel.findMany({ where: { id: { in: ids } } })),
    paragraph: byId<Paragraph>((ids) => prisma.paragraph.findMany({ where: { id: { in: ids } } })),

    authorsOfArticle: grouped(
      (ids) =>
        prisma.articleAuthor.findMany({ where: { articleId: { in: ids } }, include: { person: true }, orderBy: { position: 'asc' } }),
      (row) => row.articleId,
    ),
    paragraphsOfArticle: grouped<Paragraph>(
      (ids) => prisma.paragraph.findMany({ where: { articleId: { in: ids } }, orderBy: [{ articleId: 'asc' }, { index: 'asc' }] }),
      (row) => row.articleId,
    ),
    quotesOfArticle: grouped<Quote>(
      (ids) => prisma.quote.findMany({ where: { articleId: { in: ids } }, ...reading }),
      (row) => row.articleId,
    ),
    claimsOfArticle: grouped<Claim>(
      (ids) => prisma.claim.findMany({ where: { articleId: { in: ids } }, ...reading }),
      (row) => row.articleId,
    ),
    troopLevelsOfArticle: grouped<TroopLevel>(
      (ids) => prisma.troopLevel.findMany({ where: { articleId: { in: ids } }, ...reading }),
      (row) => row.articleId,
    ),

    quotesOfSpeaker: grouped<Quote>(
      (ids) => prisma.quote.findMany({ where: { speakerId: { in: ids } }, ...reading }),
      (row) => row.speakerId ?? '',
    ),
    claimsOfClaimant: grouped<Claim>(
      (ids) => prisma.claim.findMany({ where: { claimantId: { in: ids } }, ...reading }),
      (row) => row.claimantId ?? '',
    ),
    /** The quotes that go on with each quote (normally one: its next segment), in reading order. */
    continuationsOfQuote: grouped<Quote>(
      (ids) => prisma.quote.findMany({ where: { continuesId: { in: ids } }, ...reading }),
      (row) => row.continuesId ?? '',
    ),
    firstQuotesOfOrganisation: firstPages<Quote>(prisma, 'Quote', 'speakerOrganisationId'),
    firstClaimsOfOrganisation: firstPages<Claim>(prisma, 'Claim', 'claimantOrganisationId'),
    quoteCountOfOrganisation: counts(async (ids) =>
      (
        await prisma.quote.groupBy({ by: ['speakerOrganisationId'], where: { speakerOrganisationId: { in: ids } }, _count: { _all: true } })
      ).map((row) => ({
        key: row.speakerOrganisationId,
        count: row._count._all,
      })),
    ),
    claimCountOfOrganisation: counts(async (ids) =>
      (
        await prisma.claim.groupBy({
          by: ['claimantOrganisationId'],
          where: { claimantOrganisationId: { in: ids } },
          _count: { _all: true },
        })
      ).map((row) => ({
        key: row.claimantOrganisationId,
        count: row._count._all,
      })),
    ),
    articlesOfAuthor: grouped(
      (ids) =>
        prisma.articleAuthor.findMany({
          where: { personId: { in: ids } },
          include: { article: { omit: ARTICLE_OMIT } },
          orderBy: [{ article: { publishedSort: { sort: 'desc', nulls: 'last' } } }, { articleId: 'asc' }],
        }),
      (row) => row.personId,
    ),

    quotesOfClaim: grouped(
      (ids) =>
        prisma.claimQuote.findMany({ where: { claimId: { in: ids } }, include: { quote: true }, orderBy: { quote: { start: 'asc' } } }),
      (row) => row.claimId,
    ),
    claimsOfQuote: grouped(
      (ids) =>
        prisma.claimQuote.findMany({ where: { quoteId: { in: ids } }, include: { claim: true }, orderBy: { claim: { start: 'asc' } } }),
      (row) => row.quoteId,
    ),
    reviewsOfClaim: grouped<ClaimReviewEvent>(
      (claimIds) => prisma.claimReviewEvent.findMany({ where: { claimId: { in: claimIds } }, orderBy: { sequence: 'asc' } }),
      (event) => event.claimId,
    ),
    troopLevelsOfClaim: grouped<TroopLevel>(
      (ids) => prisma.troopLevel.findMany({ where: { claimId: { in: ids } }, orderBy: { start: 'asc' } }),
      (row) => row.claimId ?? '',
    ),
    countsOfArticle: new DataLoader<string, ArticleCounts>((ids) => countArticles(prisma, ids)),
    conflictIdsOfTroopLevel: new DataLoader<string, string[]>((ids) => findConflictIds(prisma, ids)),
    troopLevelsOfLocation: grouped<TroopLevel>(
      (ids) => prisma.troopLevel.findMany({ where: { locationId: { in: ids } }, orderBy: [{ effectiveDate: 'asc' }, { id: 'asc' }] }),
      (row) => row.locationId ?? '',
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
