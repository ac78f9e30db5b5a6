/**
 * saveArticle: one ArticleDraft → rows, in one transaction. Idempotent by content hash and
 * canonical URL: the same text, or the same page seen again under its canonical address (even
 * concurrently), yields the same article. People, organisations and
 * places are shared across articles and upserted by their normalized key.
 *
 * Row ids are generated here, so child rows can reference their parents without a
 * round trip per row: every table is written with one INSERT of unnest()ed arrays.
 */
import { randomUUID } from 'node:crypto';
import type { ArticleDraft, LocationDraft, OrganisationDraft, OutletDraft, PersonDraft } from '../ingest/types.ts';
import type { Prisma, PrismaClient } from './client.ts';
import { databaseFailure } from './errors.ts';
import { unnestInsert, type Statement } from './unnestInsert.ts';

export interface SaveResult {
  articleId: string;
  slug: string;
  /** False when an article with the same text already existed. */
  created: boolean;
}

type Tx = Prisma.TransactionClient;

/** The most one article's transaction may take (ms). */
const SAVE_TIMEOUT_MS = 30_000;

export async function saveArticle(prisma: PrismaClient, draft: ArticleDraft, attempts = 3): Promise<SaveResult> {
  try {
    return await prisma.$transaction((tx) => insertArticle(tx, draft), { timeout: SAVE_TIMEOUT_MS });
  } catch (error) {
    if (databaseFailure(error) !== 'conflict') throw error;
    // A concurrent save of the same text or page won the race: return its article.
    const existing = await findSame(prisma, draft);
    if (existing) return { ...existing, created: false };
    // A concurrent save of another text took the same slug: choose again.
    if (attempts > 1) return saveArticle(prisma, draft, attempts - 1);
    throw error;
  }
}

/** The stored article with the draft's text, or with its canonical URL. */
async function findSame(db: Tx | PrismaClient, draft: ArticleDraft) {
  const same = draft.canonicalUrl
    ? [{ contentHash: draft.contentHash }, { canonicalUrl: draft.canonicalUrl }]
    : [{ contentHash: draft.contentHash }];
  const row = await db.article.findFirst({ where: { OR: same }, select: { id: true, slug: true } });
  return row ? { articleId: row.id, slug: row.slug } : undefined;
}

/** Rows above which a save's statements may outlast the pool's statement timeout. */
const BULK_ROWS = 5_000;

async function insertArticle(tx: Tx, draft: ArticleDraft): Promise<SaveResult> {
  const existing = await findSame(tx, draft);
  if (existing) return { ...existing, created: false };
  // A 1 MB article is ~40,000 rows; one INSERT of 20,000 claims takes seconds. Its statements get
  // the transaction's own budget, for this transaction only.
  if (draft.paragraphs.length + draft.quotes.length + draft.claims.length + draft.troopLevels.length > BULK_ROWS) {
    await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${SAVE_TIMEOUT_MS}`);
  }

  const personIds = await upsertPeople(tx, draft.people);
  const organisationIds = await upsertOrganisations(tx, draft.organisations ?? []);
  const locationIds = await upsertLocations(tx, draft.locations);
  const outletId = draft.outlet ? await upsertOutlet(tx, draft.outlet) : null;
  const slug = await freeSlug(tx, draft.slug, draft.contentHash);
  const articleId = randomUUID();
  await tx.article.create({
    data: {
      id: articleId,
      slug,
      headline: draft.headline,
      standfirst: draft.standfirst ?? null,
      publishedAt: draft.publishedAt ?? null,
      publishedOn: draft.publishedOn === undefined ? null : calendarDay(draft.publishedOn),
      publishedPrecision: draft.publishedPrecision ?? null,
      text: draft.text,
      contentHash: draft.contentHash,
      sourceUrl: draft.sourceUrl ?? null,
      canonicalUrl: draft.canonicalUrl ?? null,
      modifiedAt: draft.modifiedAt ?? null,
      language: draft.language ?? null,
      outletId,
    },
  });
  await tx.articleAgency.createMany({
    data: (draft.agencyKeys ?? []).map((key, position) => ({
      articleId,
      organisationId: required(organisationIds, key, 'agency', 'organisations'),
      position,
    })),
    skipDuplicates: true,
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

  const now = new Date();
  const paragraphIds = draft.paragraphs.map(() => randomUUID());
  const paragraphIdByIndex = new Map(draft.paragraphs.map((p, i) => [p.index, paragraphIds[i] as string]));
  const paragraphId = (index: number) => paragraphIdByIndex.get(index) ?? null;
  const quoteIds = draft.quotes.map(() => randomUUID());
  const claimIds = draft.claims.map(() => randomUUID());
  const person = (key: string | undefined, what: string) => (key ? required(personIds, key, what) : null);
  const organisation = (key: string | undefined, what: string) => (key ? required(organisationIds, key, what, 'organisations') : null);
  const continued = (index: number | undefined, own: number) => {
    if (index === undefined) return null;
    const id = index === own ? undefined : quoteIds[index];
    if (!id) throw new Error(`Draft quote ${own} continues quote ${index}, which is not another of its quotes.`);
    return id;
  };

  await run(
    tx,
    unnestInsert(
      'paragraph',
      [
        ['id', 'uuid', (p) => paragraphIds[p.i]],
        ['article_id', 'uuid', () => articleId],
        ['index', 'int', (p) => p.row.index],
        ['kind', '"ParagraphKind"', (p) => p.row.kind],
        ['text', 'text', (p) => p.row.text],
        ['start', 'int', (p) => p.row.start],
        ['end', 'int', (p) => p.row.end],
        ['credit', 'text', (p) => p.row.credit ?? null],
      ],
      numbered(draft.paragraphs),
    ),
  );
  await run(
    tx,
    unnestInsert(
      'quote',
      [
        ['id', 'uuid', (q) => quoteIds[q.i]],
        ['article_id', 'uuid', () => articleId],
        ['paragraph_id', 'uuid', (q) => paragraphId(q.row.paragraphIndex)],
        ['text', 'text', (q) => q.row.text],
        ['partial', 'boolean', (q) => q.row.partial],
        ['speaker_id', 'uuid', (q) => person(q.row.speakerKey, 'speaker')],
        ['speaker_organisation_id', 'uuid', (q) => organisation(q.row.speakerOrganisationKey, 'speaker organisation')],
        ['speaker_description', 'text', (q) => q.row.speakerDescription ?? null],
        ['attribution_verb', 'text', (q) => q.row.attributionVerb ?? null],
        // A quote may continue one later in the list: the foreign key is checked at the end of the statement.
        ['continues_id', 'uuid', (q) => continued(q.row.continues, q.i)],
        ['start', 'int', (q) => q.row.start],
        ['end', 'int', (q) => q.row.end],
        ['updated_at', 'timestamptz', () => now],
      ],
      numbered(draft.quotes),
    ),
  );
  await run(
    tx,
    unnestInsert(
      'claim',
      [
        ['id', 'uuid', (c) => claimIds[c.i]],
        ['article_id', 'uuid', () => articleId],
        ['paragraph_id', 'uuid', (c) => paragraphId(c.row.paragraphIndex)],
        ['text', 'text', (c) => c.row.text],
        ['kind', '"ClaimKind"', (c) => c.row.kind],
        ['claimant_id', 'uuid', (c) => person(c.row.claimantKey, 'claimant')],
        ['claimant_organisation_id', 'uuid', (c) => organisation(c.row.claimantOrganisationKey, 'claimant organisation')],
        ['claimant_description', 'text', (c) => c.row.claimantDescription ?? null],
        ['start', 'int', (c) => c.row.start],
        ['end', 'int', (c) => c.row.end],
        ['updated_at', 'timestamptz', () => now],
      ],
      numbered(draft.claims),
    ),
  );
  const links = draft.claims.flatMap((c, i) =>
    c.quoteIndexes.map((q) => ({ claimId: claimIds[i] as string, quoteId: quoteIds[q] as string })),
  );
  await run(
    tx,
    unnestInsert(
      'claim_quote',
      [
        ['claim_id', 'uuid', (l) => l.claimId],
        ['quote_id', 'uuid', (l) => l.quoteId],
      ],
      links,
      { skipDuplicates: true },
    ),
  );
  await run(
    tx,
    unnestInsert(
      'troop_level',
      [
        ['id', 'uuid', () => randomUUID()],
        ['article_id', 'uuid', () => articleId],
        ['paragraph_id', 'uuid', (t) => paragraphId(t.paragraphIndex)],
        ['claim_id', 'uuid', (t) => (t.claimIndex === undefined ? null : (claimIds[t.claimIndex] ?? null))],
        ['location_id', 'uuid', (t) => (t.locationKey ? required(locationIds, t.locationKey, 'location') : null)],
        ['force', 'text', (t) => t.force],
        ['count', 'int', (t) => t.count],
        ['count_max', 'int', (t) => t.countMax ?? null],
        ['qualifier', '"Qualifier"', (t) => t.qualifier],
        ['kind', '"TroopLevelKind"', (t) => t.kind],
        ['effective_date', 'date', (t) => t.effectiveDate ?? null],
        ['period_end', 'date', (t) => t.periodEnd ?? null],
        ['date_precision', '"DatePrecision"', (t) => t.datePrecision ?? null],
        ['text', 'text', (t) => t.text],
        ['start', 'int', (t) => t.start],
        ['end', 'int', (t) => t.end],
        ['updated_at', 'timestamptz', () => now],
      ],
      draft.troopLevels,
    ),
  );
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

/**
 * Inserts unknown organisations and merges new aliases into known ones; the kind first
 * stored stays, a country code fills a missing one. Key order, as for people. key → id.
 */
async function upsertOrganisations(tx: Tx, organisations: OrganisationDraft[]): Promise<Map<string, string>> {
  if (organisations.length === 0) return new Map();
  organisations = [...organisations].sort((a, b) => compare(a.key, b.key));
  await tx.organisation.createMany({
    data: organisations.map((o) => ({ name: o.name, key: o.key, kind: o.kind, aliases: o.aliases, countryCode: o.countryCode ?? null })),
    skipDuplicates: true,
  });
  const rows = await tx.organisation.findMany({ where: { key: { in: organisations.map((o) => o.key) } }, orderBy: { key: 'asc' } });
  for (const row of rows) {
    const draft = organisations.find((o) => o.key === row.key);
    if (!draft) continue;
    const aliases = union(row.aliases, draft.aliases);
    if (aliases.length !== row.aliases.length || (!row.countryCode && draft.countryCode)) {
      await tx.organisation.update({ where: { id: row.id }, data: { aliases, countryCode: row.countryCode ?? draft.countryCode ?? null } });
    }
  }
  return new Map(rows.map((row) => [row.key, row.id]));
}

/**
 * The outlet by key: created once; a name the outlet gives itself replaces the host that stood
 * in for it, and a site URL fills a missing one. A name set since (by an editor) stays.
 */
async function upsertOutlet(tx: Tx, outlet: OutletDraft): Promise<string> {
  const row = await tx.outlet.upsert({
    where: { key: outlet.key },
    create: { key: outlet.key, name: outlet.name, siteUrl: outlet.siteUrl ?? null },
    update: {},
    select: { id: true, name: true, siteUrl: true },
  });
  const name = row.name === outlet.key && outlet.name !== outlet.key ? outlet.name : undefined;
  const siteUrl = !row.siteUrl && outlet.siteUrl ? outlet.siteUrl : undefined;
  if (name || siteUrl)
    await tx.outlet.update({ where: { id: row.id }, data: { ...(name ? { name } : {}), ...(siteUrl ? { siteUrl } : {}) } });
  return row.id;
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

function required(ids: Map<string, string>, key: string, what: string, among = 'people or places'): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Draft names ${what} "${key}" that is not among its ${among}.`);
  return id;
}

/** A YYYY-MM-DD day as the Date Prisma writes to a DATE column (midnight UTC of that day). */
function calendarDay(day: string): Date {
  const date = new Date(`${day}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) {
    throw new Error(`Draft publishedOn "${day}" is not a calendar day (YYYY-MM-DD).`);
  }
  return date;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];

/** Rows with their position, for columns that look up ids generated per position. */
const numbered = <T>(rows: T[]): { row: T; i: number }[] => rows.map((row, i) => ({ row, i }));

async function run(tx: Tx, statement: Statement | undefined): Promise<void> {
  if (statement) await tx.$executeRawUnsafe(statement.text, ...statement.values);
}
