import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlOf } from '../../../src/db/client.ts';
import { saveArticle } from '../../../src/db/store.ts';
import { selectJson, type Select } from '../../../src/db/queries/jsonSelect.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';
import { buildDraft } from '../../helpers/drafts.ts';
import { aReport } from '../../helpers/reports.ts';

let db: MigratedTestDatabase;
let articleId: string;
let organisationArticleId: string;

/** A date-only article in which a ministry speaks in two segments and claims a range. */
const RANGE = 'The ministry said between 400 and 450 troops would stay.';
const organisationReport = () =>
  buildDraft({
    headline: 'Ministry keeps troops in place',
    publishedOn: '2023-07-10',
    publishedPrecision: 'DAY',
    organisations: [{ name: 'Ministry of Defence', kind: 'MINISTRY', aliases: ['the ministry'], countryCode: 'GB' }],
    paragraphs: ['"We stay," the Ministry of Defence said. "All of us."', RANGE],
    quotes: [
      { text: 'We stay', speakerOrganisation: 'Ministry of Defence', attributionVerb: 'said' },
      { text: 'All of us.', speakerOrganisation: 'Ministry of Defence', continues: 0 },
    ],
    claims: [{ text: RANGE, kind: 'FIGURE', claimantOrganisation: 'Ministry of Defence' }],
    troopLevels: [{ text: 'between 400 and 450 troops', count: 400, countMax: 450, kind: 'CURRENT', force: 'UK' }],
  });

beforeAll(async () => {
  db = await createMigratedDatabase();
  // A hand-built article with a quote, a speaker, a dated figure and its place to select.
  articleId = (await saveArticle(db.prisma, aReport())).articleId;
  organisationArticleId = (await saveArticle(db.prisma, organisationReport())).articleId;
});
afterAll(() => db.drop());

const SELECT = {
  id: true,
  headline: true,
  publishedAt: true,
  quotes: { orderBy: [{ start: 'asc' }, { id: 'asc' }], select: { id: true, text: true, speaker: { select: { name: true } } } },
  troopLevels: {
    orderBy: [{ start: 'asc' }, { id: 'asc' }],
    select: { count: true, effectiveDate: true, location: { select: { name: true } } },
  },
  _count: { select: { quotes: true, claims: true } },
};

/** Prisma's select without its orderBy: ours reads every relation in its one reading order. */
function ours(select: object): Select {
  return Object.fromEntries<Select[string]>(
    Object.entries(select)
      .filter(([key]) => key !== 'orderBy')
      .map(([key, value]) => [key, value === true ? true : { select: ours((value as { select: object }).select) }]),
  );
}

describe('selectJson', () => {
  it('answers what Prisma answers for the same select, dates as Date objects', async () => {
    const [row] = await selectJson(sqlOf(db.prisma), 'Article', ours(SELECT), 'id', [articleId]);
    const prisma = await db.prisma.article.findUniqueOrThrow({ where: { id: articleId }, select: SELECT as never });
    expect(row).toEqual(prisma);
    expect((row as { publishedAt: unknown }).publishedAt).toBeInstanceOf(Date);
  });

  it('answers what Prisma answers for organisations, continued quotes, printed days and ranges', async () => {
    const select = {
      publishedAt: true,
      publishedOn: true,
      publishedPrecision: true,
      publishedSort: true,
      quotes: {
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
        select: {
          text: true,
          speakerOrganisation: { select: { name: true, kind: true, aliases: true, countryCode: true, createdAt: true } },
          continues: { select: { text: true } },
          continuations: { orderBy: [{ start: 'asc' }], select: { text: true } },
        },
      },
      claims: { orderBy: [{ start: 'asc' }], select: { claimantOrganisationId: true, claimantOrganisation: { select: { name: true } } } },
      troopLevels: { orderBy: [{ start: 'asc' }], select: { count: true, countMax: true } },
    };
    const [row] = await selectJson(sqlOf(db.prisma), 'Article', ours(select), 'id', [organisationArticleId]);
    const prisma = await db.prisma.article.findUniqueOrThrow({ where: { id: organisationArticleId }, select: select as never });
    expect(row).toEqual(prisma);
    expect(row).toMatchObject({
      publishedAt: null,
      publishedOn: new Date('2023-07-10T00:00:00.000Z'),
      quotes: [{ continuations: [{ text: 'All of us.' }] }, { continues: { text: 'We stay' } }],
    });
  });

  it('returns rows in the order of the keys asked for, leaving out unknown ones', async () => {
    const rows = await selectJson<{ id: string }>(sqlOf(db.prisma), 'Article', { id: true }, 'id', [
      '00000000-0000-4000-8000-000000000000',
      articleId,
    ]);
    expect(rows.map((r) => r.id)).toEqual([articleId]);
  });

  it('refuses a field the model does not have instead of building SQL from it', async () => {
    await expect(selectJson(sqlOf(db.prisma), 'Article', { 'id"; DROP TABLE article; --': true }, 'id', [articleId])).rejects.toThrow(
      /has no column/,
    );
  });
});
