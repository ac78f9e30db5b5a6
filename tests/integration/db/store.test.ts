import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveArticle } from '../../../src/db/store.ts';
import type { ArticleDraft } from '../../../src/ingest/types.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';

let db: MigratedTestDatabase;
beforeAll(async () => {
  db = await createMigratedDatabase();
});
afterAll(async () => {
  await db.drop();
});

/** A small hand-made draft: the store must not depend on what the extractors find. */
function draft(text: string, overrides: Partial<ArticleDraft> = {}): ArticleDraft {
  const quoted = 'We are leaving';
  const quoteStart = text.indexOf(quoted);
  const figure = '2,500 troops';
  const figureStart = text.indexOf(figure);
  const body = text.indexOf('\n\n') + 2;
  return {
    text,
    contentHash: createHash('sha256').update(text).digest('hex'),
    slug: 'troops-leave-2021-01-15',
    headline: text.slice(0, text.indexOf('\n')),
    authors: [{ personKey: 'jane doe', role: 'Defence Correspondent' }],
    people: [
      { key: 'jane doe', name: 'Jane Doe', roles: ['Defence Correspondent'], aliases: [] },
      { key: 'mark smith', name: 'Mark Smith', roles: ['General'], aliases: ['Smith'], gender: 'MALE' },
    ],
    organisations: [],
    locations: [{ key: 'af', name: 'Afghanistan', kind: 'COUNTRY', isoCode: 'AF' }],
    paragraphs: [
      { index: 0, kind: 'HEADLINE', text: text.slice(0, body - 2), start: 0, end: body - 2 },
      { index: 1, kind: 'BODY', text: text.slice(body), start: body, end: text.length },
    ],
    quotes: [{ text: quoted, start: quoteStart, end: quoteStart + quoted.length, partial: false, speakerKey: 'mark smith', attributionVerb: 'said', paragraphIndex: 1 }],
    claims: [{ text: text.slice(body), start: body, end: text.length, kind: 'FIGURE', claimantKey: 'mark smith', paragraphIndex: 1, quoteIndexes: [0], troopLevelIndexes: [0] }],
    troopLevels: [
      {
        text: figure, start: figureStart, end: figureStart + figure.length, count: 2500, qualifier: 'EXACT', kind: 'TARGET', force: 'US',
        locationKey: 'af', effectiveDate: '2021-01-15', datePrecision: 'DAY', paragraphIndex: 1, claimIndex: 0,
      },
    ],
    ...overrides,
  };
}

const TEXT = 'Troops leave\n\n"We are leaving," Gen. Mark Smith said of the 2,500 troops in Afghanistan.';

describe('saveArticle', () => {
  it('writes the article with its paragraphs, quotes, claims and figures linked together', async () => {
    const saved = await saveArticle(db.prisma, draft(TEXT));
    expect(saved.created).toBe(true);
    const article = await db.prisma.article.findUniqueOrThrow({
      where: { id: saved.articleId },
      include: { paragraphs: true, authors: { include: { person: true } }, quotes: { include: { speaker: true } }, claims: { include: { quotes: true, troopLevels: true } }, troopLevels: { include: { location: true } } },
    });
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['HEADLINE', 'BODY']);
    expect(article.authors.map((a) => [a.person.name, a.role])).toEqual([['Jane Doe', 'Defence Correspondent']]);
    expect(article.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['We are leaving', 'Mark Smith']]);
    expect(article.claims[0]?.quotes.map((cq) => cq.quoteId)).toEqual([article.quotes[0]?.id]);
    expect(article.claims[0]?.troopLevels.map((t) => t.count)).toEqual([2500]);
    expect(article.troopLevels.map((t) => [t.location?.name, t.effectiveDate?.toISOString()])).toEqual([['Afghanistan', '2021-01-15T00:00:00.000Z']]);
    expect(article.text.slice(article.quotes[0]!.start, article.quotes[0]!.end)).toBe('We are leaving');
  });

  it('returns the existing article when the same text is saved again', async () => {
    const text = `${TEXT}\n\nAgain.`;
    const first = await saveArticle(db.prisma, draft(text, { slug: 'again' }));
    const second = await saveArticle(db.prisma, draft(text, { slug: 'again' }));
    expect(second).toEqual({ ...first, created: false });
    expect(await db.prisma.article.count({ where: { contentHash: draft(text).contentHash } })).toBe(1);
  });

  it('stores concurrent saves of the same text once', async () => {
    const text = `${TEXT}\n\nConcurrent.`;
    const results = await Promise.all(Array.from({ length: 5 }, () => saveArticle(db.prisma, draft(text, { slug: 'concurrent' }))));
    expect(new Set(results.map((r) => r.articleId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('shares people and places between articles by their key, merging new roles', async () => {
    const text = `${TEXT}\n\nShared.`;
    const other = draft(text, { slug: 'shared' });
    other.people[1] = { key: 'mark smith', name: 'Mark Smith', roles: ['commander of US forces'], aliases: [] };
    await saveArticle(db.prisma, other);
    const people = await db.prisma.person.findMany({ where: { key: 'mark smith' } });
    expect(people).toHaveLength(1);
    expect(people[0]?.roles).toEqual(['General', 'commander of US forces']);
    expect(await db.prisma.location.count({ where: { key: 'af' } })).toBe(1);
  });

  it('gives a second article with the same headline and date a distinct slug', async () => {
    const a = await saveArticle(db.prisma, draft(`${TEXT}\n\nSlug A.`, { slug: 'same-slug' }));
    const b = await saveArticle(db.prisma, draft(`${TEXT}\n\nSlug B.`, { slug: 'same-slug' }));
    expect(a.slug).toBe('same-slug');
    expect(b.slug).toMatch(/^same-slug-[0-9a-f]{8}$/);
  });

  it('deletes an article with its paragraphs, quotes, claims and figures but keeps people and places', async () => {
    const saved = await saveArticle(db.prisma, draft(`${TEXT}\n\nDeleted.`, { slug: 'deleted' }));
    await db.prisma.article.delete({ where: { id: saved.articleId } });
    const where = { articleId: saved.articleId };
    expect(await Promise.all([db.prisma.paragraph.count({ where }), db.prisma.quote.count({ where }), db.prisma.claim.count({ where }), db.prisma.troopLevel.count({ where })])).toEqual([0, 0, 0, 0]);
    expect(await db.prisma.person.count({ where: { key: { in: ['jane doe', 'mark smith'] } } })).toBe(2);
    expect(await db.prisma.location.count({ where: { key: 'af' } })).toBe(1);
  });

  it('writes nothing when any part of the article fails', async () => {
    const bad = draft(`${TEXT}\n\nBroken.`, { slug: 'broken' });
    bad.quotes[0]!.speakerKey = 'nobody we know';
    await expect(saveArticle(db.prisma, bad)).rejects.toThrow('Draft names speaker "nobody we know" that is not among its people or places.');
    expect(await db.prisma.article.count({ where: { slug: 'broken' } })).toBe(0);
  });
});
