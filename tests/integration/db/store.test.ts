import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveArticle } from '../../../src/db/store.ts';
import type { ArticleDraft, OrganisationDraft } from '../../../src/ingest/types.ts';
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
    quotes: [
      {
        text: quoted,
        start: quoteStart,
        end: quoteStart + quoted.length,
        partial: false,
        speakerKey: 'mark smith',
        attributionVerb: 'said',
        paragraphIndex: 1,
      },
    ],
    claims: [
      {
        text: text.slice(body),
        start: body,
        end: text.length,
        kind: 'FIGURE',
        claimantKey: 'mark smith',
        paragraphIndex: 1,
        quoteIndexes: [0],
        troopLevelIndexes: [0],
      },
    ],
    troopLevels: [
      {
        text: figure,
        start: figureStart,
        end: figureStart + figure.length,
        count: 2500,
        qualifier: 'EXACT',
        kind: 'TARGET',
        force: 'US',
        locationKey: 'af',
        effectiveDate: '2021-01-15',
        datePrecision: 'DAY',
        paragraphIndex: 1,
        claimIndex: 0,
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
      include: {
        paragraphs: true,
        authors: { include: { person: true } },
        quotes: { include: { speaker: true } },
        claims: { include: { quotes: true, troopLevels: true } },
        troopLevels: { include: { location: true } },
      },
    });
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['HEADLINE', 'BODY']);
    expect(article.authors.map((a) => [a.person.name, a.role])).toEqual([['Jane Doe', 'Defence Correspondent']]);
    expect(article.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['We are leaving', 'Mark Smith']]);
    expect(article.claims[0]?.quotes.map((cq) => cq.quoteId)).toEqual([article.quotes[0]?.id]);
    expect(article.claims[0]?.troopLevels.map((t) => t.count)).toEqual([2500]);
    expect(article.troopLevels.map((t) => [t.location?.name, t.effectiveDate?.toISOString()])).toEqual([
      ['Afghanistan', '2021-01-15T00:00:00.000Z'],
    ]);
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
    expect(
      await Promise.all([
        db.prisma.paragraph.count({ where }),
        db.prisma.quote.count({ where }),
        db.prisma.claim.count({ where }),
        db.prisma.troopLevel.count({ where }),
      ]),
    ).toEqual([0, 0, 0, 0]);
    expect(await db.prisma.person.count({ where: { key: { in: ['jane doe', 'mark smith'] } } })).toBe(2);
    expect(await db.prisma.location.count({ where: { key: 'af' } })).toBe(1);
  });

  it('writes nothing when any part of the article fails', async () => {
    const bad = draft(`${TEXT}\n\nBroken.`, { slug: 'broken' });
    bad.quotes[0]!.speakerKey = 'nobody we know';
    await expect(saveArticle(db.prisma, bad)).rejects.toThrow(
      'Draft names speaker "nobody we know" that is not among its people or places.',
    );
    expect(await db.prisma.article.count({ where: { slug: 'broken' } })).toBe(0);
  });
});

const MINISTRY = {
  key: 'ministry of defence',
  name: 'Ministry of Defence',
  kind: 'MINISTRY' as const,
  aliases: ['the ministry'],
  countryCode: 'GB',
};
const ORG_TEXT = 'Troops stay\n\n"We are staying," the ministry said. "All of us." It said between 500 and 650 troops remain.';

/** A date-only article in which an organisation speaks twice (one utterance) and claims a range. */
function organisationDraft(text: string, slug: string): ArticleDraft {
  const base = draft(text, { slug });
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const claim = 'It said between 500 and 650 troops remain.';
  return {
    ...base,
    publishedOn: '2023-07-10',
    publishedPrecision: 'DAY',
    organisations: [MINISTRY],
    quotes: [
      {
        text: 'We are staying',
        ...at('We are staying'),
        partial: false,
        speakerOrganisationKey: MINISTRY.key,
        attributionVerb: 'said',
        paragraphIndex: 1,
      },
      { text: 'All of us.', ...at('All of us.'), partial: false, speakerOrganisationKey: MINISTRY.key, continues: 0, paragraphIndex: 1 },
    ],
    claims: [
      {
        text: claim,
        ...at(claim),
        kind: 'FIGURE',
        claimantOrganisationKey: MINISTRY.key,
        paragraphIndex: 1,
        quoteIndexes: [],
        troopLevelIndexes: [0],
      },
    ],
    troopLevels: [
      {
        text: 'between 500 and 650 troops',
        ...at('between 500 and 650 troops'),
        count: 500,
        countMax: 650,
        qualifier: 'EXACT',
        kind: 'CURRENT',
        force: 'UK',
        paragraphIndex: 1,
        claimIndex: 0,
      },
    ],
  };
}

describe('saveArticle, organisations, publication days and ranges', () => {
  it('stores an organisation speaking and claiming as an organisation, not a person', async () => {
    const saved = await saveArticle(db.prisma, organisationDraft(ORG_TEXT, 'org-speaker'));
    const quotes = await db.prisma.quote.findMany({
      where: { articleId: saved.articleId },
      orderBy: { start: 'asc' },
      include: { speakerOrganisation: true },
    });
    const claims = await db.prisma.claim.findMany({ where: { articleId: saved.articleId }, include: { claimantOrganisation: true } });
    expect(quotes.map((q) => [q.speakerId, q.speakerOrganisation?.name])).toEqual([
      [null, 'Ministry of Defence'],
      [null, 'Ministry of Defence'],
    ]);
    expect(claims.map((c) => [c.claimantId, c.claimantOrganisation?.name])).toEqual([[null, 'Ministry of Defence']]);
    expect(await db.prisma.person.count({ where: { name: 'Ministry of Defence' } })).toBe(0);
  });

  it('stores an organisation with its kind, aliases and country', async () => {
    await saveArticle(db.prisma, organisationDraft(`${ORG_TEXT}\n\nFields.`, 'org-fields'));
    const row = await db.prisma.organisation.findUniqueOrThrow({ where: { key: MINISTRY.key } });
    expect({ name: row.name, kind: row.kind, aliases: row.aliases, countryCode: row.countryCode }).toEqual({
      name: 'Ministry of Defence',
      kind: 'MINISTRY',
      aliases: ['the ministry'],
      countryCode: 'GB',
    });
  });

  it('keeps an organisation named by two articles as one row, merging aliases and keeping its kind and country', async () => {
    // Its own organisation, so no other test's articles add to it.
    const named = (tag: string, organisation: OrganisationDraft) => {
      const d = organisationDraft(`${ORG_TEXT}\n\n${tag}.`, `org-${tag}`);
      return {
        ...d,
        organisations: [organisation],
        quotes: d.quotes.map((q) => (q.speakerOrganisationKey ? { ...q, speakerOrganisationKey: organisation.key } : q)),
        claims: d.claims.map((c) => (c.claimantOrganisationKey ? { ...c, claimantOrganisationKey: organisation.key } : c)),
      };
    };
    const pentagon = { key: 'pentagon', name: 'Pentagon', kind: 'MILITARY' as const, aliases: ['the Pentagon'] };
    await saveArticle(db.prisma, named('once', { ...pentagon, countryCode: 'US' }));
    await saveArticle(db.prisma, named('twice', { ...pentagon, kind: 'GOVERNMENT', aliases: ['the Department of Defense'] }));
    const rows = await db.prisma.organisation.findMany({ where: { key: 'pentagon' } });
    expect(rows.map((r) => [r.kind, r.aliases, r.countryCode])).toEqual([
      ['MILITARY', ['the Pentagon', 'the Department of Defense'], 'US'],
    ]);
  });

  it('stores a continuing quote with the id of the quote it continues', async () => {
    const saved = await saveArticle(db.prisma, organisationDraft(`${ORG_TEXT}\n\nContinues.`, 'org-continues'));
    const [first, second] = await db.prisma.quote.findMany({ where: { articleId: saved.articleId }, orderBy: { start: 'asc' } });
    expect([first?.continuesId, second?.continuesId]).toEqual([null, first?.id]);
  });

  it('stores a quote that continues one later in the draft', async () => {
    const later = organisationDraft(`${ORG_TEXT}\n\nLater.`, 'org-later');
    later.quotes = [
      { ...later.quotes[1]!, continues: 1 },
      later.quotes[0]!, // continues nothing
    ];
    const saved = await saveArticle(db.prisma, later);
    const quotes = await db.prisma.quote.findMany({ where: { articleId: saved.articleId }, orderBy: { start: 'desc' } });
    expect(quotes.map((q) => [q.text, quotes.find((o) => o.id === q.continuesId)?.text ?? null])).toEqual([
      ['All of us.', 'We are staying'],
      ['We are staying', null],
    ]);
  });

  it('stores a date-only article as its printed day with DAY precision and no instant', async () => {
    const saved = await saveArticle(db.prisma, organisationDraft(`${ORG_TEXT}\n\nDay.`, 'org-day'));
    const row = await db.prisma.article.findUniqueOrThrow({ where: { id: saved.articleId } });
    expect([row.publishedOn?.toISOString(), row.publishedPrecision, row.publishedAt]).toEqual(['2023-07-10T00:00:00.000Z', 'DAY', null]);
  });

  it('stores a timed article with both its day and its instant', async () => {
    const timed = {
      ...draft(`${TEXT}\n\nTimed.`, { slug: 'timed' }),
      publishedOn: '2023-07-10',
      publishedAt: new Date('2023-07-09T23:30:00.000Z'),
      publishedPrecision: 'MINUTE' as const,
    };
    const saved = await saveArticle(db.prisma, timed);
    const row = await db.prisma.article.findUniqueOrThrow({ where: { id: saved.articleId } });
    expect([row.publishedOn?.toISOString().slice(0, 10), row.publishedAt?.toISOString(), row.publishedPrecision]).toEqual([
      '2023-07-10',
      '2023-07-09T23:30:00.000Z',
      'MINUTE',
    ]);
  });

  it('orders a date-only article by the start of its day and a timed one by its instant', async () => {
    const day = await saveArticle(db.prisma, organisationDraft(`${ORG_TEXT}\n\nSort day.`, 'sort-day'));
    const timed = await saveArticle(db.prisma, {
      ...draft(`${TEXT}\n\nSort timed.`, { slug: 'sort-timed' }),
      publishedOn: '2023-07-10',
      publishedAt: new Date('2023-07-09T23:30:00.000Z'),
      publishedPrecision: 'MINUTE',
    });
    const rows = await db.prisma.article.findMany({
      where: { id: { in: [day.articleId, timed.articleId] } },
      orderBy: { publishedSort: 'desc' },
      select: { slug: true, publishedSort: true },
    });
    expect(rows.map((r) => [r.slug, r.publishedSort?.toISOString()])).toEqual([
      ['sort-day', '2023-07-10T00:00:00.000Z'],
      ['sort-timed', '2023-07-09T23:30:00.000Z'],
    ]);
  });

  it('stores a range as its minimum (count) and maximum (countMax)', async () => {
    const saved = await saveArticle(db.prisma, organisationDraft(`${ORG_TEXT}\n\nRange.`, 'org-range'));
    const levels = await db.prisma.troopLevel.findMany({ where: { articleId: saved.articleId } });
    expect(levels.map((t) => [t.count, t.countMax])).toEqual([[500, 650]]);
  });

  it('leaves the new fields empty for a draft that has none of them', async () => {
    const saved = await saveArticle(db.prisma, draft(`${TEXT}\n\nPlain.`, { slug: 'plain' }));
    const article = await db.prisma.article.findUniqueOrThrow({
      where: { id: saved.articleId },
      include: { quotes: true, claims: true, troopLevels: true },
    });
    expect([article.publishedOn, article.publishedPrecision, article.publishedSort]).toEqual([null, null, null]);
    expect(article.quotes.map((q) => [q.speakerOrganisationId, q.continuesId])).toEqual([[null, null]]);
    expect(article.claims.map((c) => c.claimantOrganisationId)).toEqual([null]);
    expect(article.troopLevels.map((t) => t.countMax)).toEqual([null]);
  });

  it('writes nothing when a quote names an organisation the draft does not list', async () => {
    const bad = organisationDraft(`${ORG_TEXT}\n\nUnknown organisation.`, 'org-unknown');
    bad.quotes[0]!.speakerOrganisationKey = 'nowhere office';
    await expect(saveArticle(db.prisma, bad)).rejects.toThrow(
      'Draft names speaker organisation "nowhere office" that is not among its organisations.',
    );
    expect(await db.prisma.article.count({ where: { slug: 'org-unknown' } })).toBe(0);
  });

  it('writes nothing when a quote continues a quote the draft does not have', async () => {
    const bad = organisationDraft(`${ORG_TEXT}\n\nUnknown quote.`, 'org-bad-continues');
    bad.quotes[1]!.continues = 7;
    await expect(saveArticle(db.prisma, bad)).rejects.toThrow('Draft quote 1 continues quote 7, which is not another of its quotes.');
    expect(await db.prisma.article.count({ where: { slug: 'org-bad-continues' } })).toBe(0);
  });

  it('refuses a publishedOn that is not a calendar day', async () => {
    const bad = { ...draft(`${TEXT}\n\nBad day.`, { slug: 'bad-day' }), publishedOn: '2023-02-30' };
    await expect(saveArticle(db.prisma, bad)).rejects.toThrow('Draft publishedOn "2023-02-30" is not a calendar day (YYYY-MM-DD).');
  });
});

describe('saveArticle, pages and their outlets', () => {
  const page = (suffix: string, overrides: Partial<ArticleDraft>) =>
    draft(`${TEXT}\n\n${suffix}`, { slug: `page-${suffix.toLowerCase().replace(/\W+/g, '-')}`, ...overrides });

  it('returns the existing article for a page with the same canonical URL and other text', async () => {
    const canonicalUrl = 'https://news.example/2026/troops-leave';
    const first = await saveArticle(db.prisma, page('First edition.', { canonicalUrl }));
    const updated = await saveArticle(db.prisma, page('Updated edition.', { canonicalUrl }));
    expect([first.created, updated.created, updated.articleId]).toEqual([true, false, first.articleId]);
  });

  it('stores concurrent saves of one canonical URL once', async () => {
    const canonicalUrl = 'https://news.example/2026/concurrent';
    const saves = await Promise.all(
      ['One.', 'Two.', 'Three.'].map((text) => saveArticle(db.prisma, page(`Concurrent ${text}`, { canonicalUrl }))),
    );
    expect([saves.filter((s) => s.created).length, new Set(saves.map((s) => s.articleId)).size]).toEqual([1, 1]);
  });

  it('keeps one outlet per site, its own name replacing the host that stood in for it', async () => {
    await saveArticle(db.prisma, page('From a text file.', { outlet: { key: 'ledger.example', name: 'ledger.example' } }));
    await saveArticle(
      db.prisma,
      page('From its page.', { outlet: { key: 'ledger.example', name: 'The Ledger', siteUrl: 'https://www.ledger.example/' } }),
    );
    await saveArticle(db.prisma, page('From a later page.', { outlet: { key: 'ledger.example', name: 'Ledger Online' } }));
    expect(
      await db.prisma.outlet.findMany({
        where: { key: 'ledger.example' },
        select: { name: true, siteUrl: true, _count: { select: { articles: true } } },
      }),
    ).toEqual([{ name: 'The Ledger', siteUrl: 'https://www.ledger.example/', _count: { articles: 3 } }]);
  });

  it('stores the agencies credited as authors, in order, as organisations', async () => {
    const organisations: OrganisationDraft[] = [
      { key: 'northwire', name: 'Northwire', kind: 'MEDIA', aliases: [] },
      { key: 'eastline', name: 'Eastline', kind: 'MEDIA', aliases: [] },
    ];
    const saved = await saveArticle(
      db.prisma,
      page('Agencies.', {
        organisations,
        agencyKeys: ['eastline', 'northwire'],
        language: 'en-GB',
        modifiedAt: new Date('2026-01-02T03:04:05Z'),
      }),
    );
    const row = await db.prisma.article.findUniqueOrThrow({
      where: { id: saved.articleId },
      select: {
        language: true,
        modifiedAt: true,
        agencies: { orderBy: { position: 'asc' }, select: { organisation: { select: { name: true } } } },
      },
    });
    expect(row).toEqual({
      language: 'en-GB',
      modifiedAt: new Date('2026-01-02T03:04:05Z'),
      agencies: [{ organisation: { name: 'Eastline' } }, { organisation: { name: 'Northwire' } }],
    });
  });
});
