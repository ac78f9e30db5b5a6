/**
 * saveArticle: one ArticleDraft → rows, in one transaction. Idempotent by content hash:
 * the same text twice (even concurrently) yields the same article. People and places are
 * shared across articles and upserted by their normalized key.
 *
 * Row ids are generated here, so child rows can reference their parents without a
 * round trip per row: every table is written with one multi-row INSERT.
 */
import { randomUUID } from 'node:crypto';
import type { ArticleDraft, LocationDraft, PersonDraft } from '../ingest/types.ts';
import type { Prisma, PrismaClient } from './client.ts';
import { databaseFailure } from './errors.ts';

export interface SaveResult {
  articleId: string;
  slug: string;
  /** False when an article with the same text already existed. */
  created: boolean;
}

type Tx = Prisma.TransactionClient;

export async function saveArticle(prisma: PrismaClient, draft: ArticleDraft, attempts = 3): Promise<SaveResult> {
  try {
    return await prisma.$transaction((tx) => insertArticle(tx, draft), { timeout: 30_000 });
  } catch (error) {
    if (databaseFailure(error) !== 'conflict') throw error;
    // A concurrent save of the same text won the race: return its article.
    const existing = await findByHash(prisma, draft.contentHash);
    if (existing) return { ...existing, created: false };
    // A concurrent save of another text took the same slug: choose again.
    if (attempts > 1) return saveArticle(prisma, draft, attempts - 1);
    throw error;
  }
}

async function findByHash(db: Tx | PrismaClient, contentHash: string) {
  const row = await db.article.findUnique({ where: { contentHash }, select: { id: true, slug: true } });
  return row ? { articleId: row.id, slug: row.slug } : undefined;
}

async function insertArticle(tx: Tx, draft: ArticleDraft): Promise<SaveResult> {
  const existing = await findByHash(tx, draft.contentHash);
  if (existing) return { ...existing, created: false };

  const personIds = await upsertPeople(tx, draft.people);
  const locationIds = await upsertLocations(tx, draft.locations);
  const slug = await freeSlug(tx, draft.slug, draft.contentHash);
  const articleId = randomUUID();
  await tx.article.create({
    data: {
      id: articleId,
      slug,
      headline: draft.headline,
      standfirst: draft.standfirst ?? null,
      publishedAt: draft.publishedAt ?? null,
      text: draft.text,
      contentHash: draft.contentHash,
      sourceUrl: draft.sourceUrl ?? null,
    },
  });

  await tx.articleAuthor.createMany({
    data: draft.authors.map((author, position) => ({
      articleId,
      personId: required(personIds, author.personKey, 'author'),
      position,
      role: author.role ?? null,
    })),
    skipDuplicates: true,
  });

  const paragraphIds = draft.paragraphs.map(() => randomUUID());
  await tx.paragraph.createMany({
    data: draft.paragraphs.map((p, i) => ({
      id: paragraphIds[i],
      articleId,
      index: p.index,
      kind: p.kind,
      text: p.text,
      start: p.start,
      end: p.end,
      credit: p.credit ?? null,
    })),
  });
  const paragraphIdByIndex = new Map(draft.paragraphs.map((p, i) => [p.index, paragraphIds[i] as string]));
  const paragraphId = (index: number) => paragraphIdByIndex.get(index) ?? null;

  const quoteIds = draft.quotes.map(() => randomUUID());
  await tx.quote.createMany({
    data: draft.quotes.map((q, i) => ({
      id: quoteIds[i],
      articleId,
      paragraphId: paragraphId(q.paragraphIndex),
      text: q.text,
      partial: q.partial,
      speakerId: q.speakerKey ? required(personIds, q.speakerKey, 'speaker') : null,
      speakerDescription: q.speakerDescription ?? null,
      attributionVerb: q.attributionVerb ?? null,
      start: q.start,
      end: q.end,
    })),
  });

  const claimIds = draft.claims.map(() => randomUUID());
  await tx.claim.createMany({
    data: draft.claims.map((c, i) => ({
      id: claimIds[i],
      articleId,
      paragraphId: paragraphId(c.paragraphIndex),
      text: c.text,
      kind: c.kind,
      claimantId: c.claimantKey ? required(personIds, c.claimantKey, 'claimant') : null,
      claimantDescription: c.claimantDescription ?? null,
      start: c.start,
      end: c.end,
    })),
  });
  await tx.claimQuote.createMany({
    data: draft.claims.flatMap((c, i) =>
      c.quoteIndexes.map((q) => ({ claimId: claimIds[i] as string, quoteId: quoteIds[q] as string })),
    ),
    skipDuplicates: true,
  });

  await tx.troopLevel.createMany({
    data: draft.troopLevels.map((t) => ({
      articleId,
      paragraphId: paragraphId(t.paragraphIndex),
      claimId: t.claimIndex === undefined ? null : (claimIds[t.claimIndex] ?? null),
      locationId: t.locationKey ? required(locationIds, t.locationKey, 'location') : null,
      force: t.force,
      count: t.count,
      qualifier: t.qualifier,
      kind: t.kind,
      effectiveDate: isoDate(t.effectiveDate),
      periodEnd: isoDate(t.periodEnd),
      datePrecision: t.datePrecision ?? null,
      text: t.text,
      start: t.start,
      end: t.end,
    })),
  });
  return { articleId, slug, created: true };
}

/** Inserts unknown people, merges new roles and aliases into known ones; key → id. */
async function upsertPeople(tx: Tx, people: PersonDraft[]): Promise<Map<string, string>> {
  // Key order everywhere: concurrent articles naming the same people lock rows in one order
  // and so never deadlock.
  people = [...people].sort((a, b) => compare(a.key, b.key));
  const keys = people.map((p) => p.key);
  await tx.person.createMany({
    data: people.map((p) => ({ name: p.name, key: p.key, roles: p.roles, aliases: p.aliases, gender: p.gender ?? null })),
    skipDuplicates: true,
  });
  const rows = await tx.person.findMany({ where: { key: { in: keys } }, orderBy: { key: 'asc' } });
  for (const row of rows) {
    const draft = people.find((p) => p.key === row.key);
    if (!draft) continue;
    const roles = union(row.roles, draft.roles);
    const aliases = union(row.aliases, draft.aliases);
    if (roles.length !== row.roles.length || aliases.length !== row.aliases.length || (!row.gender && draft.gender)) {
      await tx.person.update({ where: { id: row.id }, data: { roles, aliases, gender: row.gender ?? draft.gender ?? null } });
    }
  }
  return new Map(rows.map((row) => [row.key, row.id]));
}

async function upsertLocations(tx: Tx, locations: LocationDraft[]): Promise<Map<string, string>> {
  locations = [...locations].sort((a, b) => compare(a.key, b.key));
  await tx.location.createMany({
    data: locations.map((l) => ({ name: l.name, key: l.key, kind: l.kind, isoCode: l.isoCode ?? null })),
    skipDuplicates: true,
  });
  const rows = await tx.location.findMany({ where: { key: { in: locations.map((l) => l.key) } } });
  return new Map(rows.map((row) => [row.key, row.id]));
}

/** Two different articles may share headline and date: the later one gets a hash suffix. */
async function freeSlug(tx: Tx, slug: string, contentHash: string): Promise<string> {
  const taken = await tx.article.findUnique({ where: { slug }, select: { id: true } });
  return taken ? `${slug}-${contentHash.slice(0, 8)}` : slug;
}

function required(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Draft names ${what} "${key}" that is not among its people or places.`);
  return id;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];

const isoDate = (date: string | undefined): Date | null => (date ? new Date(`${date}T00:00:00.000Z`) : null);
