import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedArticles } from '../../../seed/seed.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';

let db: MigratedTestDatabase;
beforeAll(async () => {
  db = await createMigratedDatabase();
});
afterAll(async () => {
  await db.drop();
});

// What the extractor reads from the seed article is the seed golden test's business
// (tests/unit/ingest/seedGolden.test.ts); here: the seed script stores it, whole, once.
describe('seed', () => {
  it('loads the seed article through the ingestion pipeline, with what the pipeline reported', async () => {
    const [result, ...more] = await seedArticles(db.prisma);
    expect(more).toEqual([]);
    expect(result?.created).toBe(true);
    const article = await db.prisma.article.findUniqueOrThrow({
      where: { id: result!.articleId },
      select: { slug: true, headline: true, _count: { select: { quotes: true, claims: true, troopLevels: true } } },
    });
    expect(article).toEqual({
      slug: result!.slug,
      headline: result!.headline,
      _count: { quotes: result!.quotes, claims: result!.claims, troopLevels: result!.troopLevels },
    });
  });

  it('leaves one article when run twice', async () => {
    const again = await seedArticles(db.prisma);
    expect(again.map((r) => r.created)).toEqual([false]);
    expect(await db.prisma.article.count()).toBe(1);
  });
});
