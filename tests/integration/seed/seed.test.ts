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

describe('seed', () => {
  it('loads the seed article through the ingestion pipeline', async () => {
    const [result] = await seedArticles(db.prisma);
    expect(result).toMatchObject({ created: true, headline: 'US to pull almost half its troops from Iraq this month' });
    const article = await db.prisma.article.findUniqueOrThrow({ where: { id: result!.articleId }, include: { troopLevels: true } });
    expect(article.publishedAt?.toISOString()).toBe('2020-09-09T16:30:00.000Z');
    expect(article.troopLevels.map((t) => t.count).sort()).toEqual([2000, 3000, 5200]);
  });

  it('leaves one article when run twice', async () => {
    const again = await seedArticles(db.prisma);
    expect(again.map((r) => r.created)).toEqual([false]);
    expect(await db.prisma.article.count()).toBe(1);
  });
});
