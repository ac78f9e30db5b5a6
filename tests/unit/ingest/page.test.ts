/**
 * HTML pages → articles: the team's pages in the shapes real CMSs produce (tests/fixtures/pages,
 * README.md there lists what each should give). Metadata wins over the text's own reading,
 * page furniture never reaches the text, and the text goes through the same pipeline as a file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../../src/fetch/index.ts';
import { ingestArticle, IngestInputError } from '../../../src/ingest/index.ts';
import { ingestPage, readPage } from '../../../src/ingest/page/index.ts';
import { FIXTURE_FURNITURE, PAGES_DIR } from '../../helpers/pageServer.ts';

const HEADERS: Record<string, string> = { 'latin1-header-only.html': 'text/html; charset=iso-8859-1' };
const page = (name: string) => decodeBody(readFileSync(path.join(PAGES_DIR, name)), HEADERS[name], 'html').text;
const url = (name: string) => `http://127.0.0.1:8080/${name}`;
const draftOf = (name: string) => ingestPage(page(name), { url: url(name) });
const authorNames = (draft: ReturnType<typeof draftOf>) => draft.authors.map((a) => draft.people.find((p) => p.key === a.personKey)?.name);

const ARTICLES = [
  'wordpress-jsonld.html',
  'opengraph-only.html',
  'amp.html',
  'several-authors.html',
  'time-only.html',
  'windows-1252.html',
  'latin1-header-only.html',
  'french.html',
];

describe('a page with schema.org JSON-LD (WordPress, Yoast @graph)', () => {
  const draft = draftOf('wordpress-jsonld.html');

  it('takes the headline from JSON-LD, not the og:title with the site name appended', () => {
    expect(draft.headline).toBe('Britain to keep about 900 troops in Estonia until the end of 2027');
  });

  it('takes the exact instant of publication from datePublished and its offset, and the day as the outlet wrote it', () => {
    expect([draft.publishedAt?.toISOString(), draft.publishedOn, draft.publishedPrecision]).toEqual([
      '2026-03-14T07:30:00.000Z',
      '2026-03-14',
      'SECOND',
    ]);
  });

  it('takes dateModified, the author, the publisher as outlet, the language and the canonical URL', () => {
    expect({
      modifiedAt: draft.modifiedAt?.toISOString(),
      authors: authorNames(draft),
      outlet: draft.outlet,
      language: draft.language,
      canonicalUrl: draft.canonicalUrl,
      sourceUrl: draft.sourceUrl,
    }).toEqual({
      modifiedAt: '2026-03-14T10:05:00.000Z',
      authors: ['Kadri Saar'],
      outlet: { key: 'baltic-ledger.example', name: 'The Baltic Ledger', siteUrl: 'https://www.baltic-ledger.example/' },
      language: 'en-GB',
      canonicalUrl: 'https://www.baltic-ledger.example/2026/03/14/estonia-battlegroup/',
      sourceUrl: 'https://www.baltic-ledger.example/2026/03/14/estonia-battlegroup/',
    });
  });

  it('extracts the same quotes and troop levels as from its text given as a text article', () => {
    const fromText = ingestArticle(readPage(page('wordpress-jsonld.html')).text);
    const shape = (d: typeof draft) => ({
      quotes: d.quotes.map((q) => [q.text, q.speakerKey]),
      troops: d.troopLevels.map((t) => [t.count, t.locationKey, t.kind]),
    });
    expect(shape(draft)).toEqual(shape(fromText));
    expect(draft.quotes[0]).toMatchObject({
      text: 'We will keep roughly 900 soldiers at Tapa for as long as our Estonian partners want them there,',
      speakerKey: 'thomas greaves',
    });
    expect(draft.troopLevels[0]).toMatchObject({ count: 900, locationKey: 'ee', kind: 'CURRENT' });
  });
});

describe.each(ARTICLES)('the page %s', (name) => {
  const draft = draftOf(name);

  it('keeps navigation, cookie banners, share bars, related lists, comments and footers out of the text', () => {
    expect(FIXTURE_FURNITURE.filter((words) => draft.text.includes(words))).toEqual([]);
  });

  it('gives spans that slice the stored text exactly', () => {
    for (const item of [...draft.paragraphs, ...draft.quotes, ...draft.claims, ...draft.troopLevels])
      expect(draft.text.slice(item.start, item.end)).toBe(item.text);
  });

  // The extractors read English; the French page's guillemets still give its quotes.
  it('finds at least two quotes and, in English, a troop level', () => {
    expect([draft.quotes.length >= 2, draft.troopLevels.length >= 1 || !draft.language?.startsWith('en')]).toEqual([true, true]);
  });
});

describe('metadata from the other shapes', () => {
  it('reads a page with only OpenGraph and article:* tags and a meta author', () => {
    const draft = draftOf('opengraph-only.html');
    expect([
      draft.headline,
      draft.publishedAt?.toISOString(),
      draft.modifiedAt?.toISOString(),
      authorNames(draft),
      draft.outlet?.name,
      draft.language,
    ]).toEqual([
      'Germany to send 350 more soldiers to Lithuania',
      '2026-02-03T17:45:00.000Z',
      '2026-02-03T20:10:00.000Z',
      ['Elliot Brandt'],
      'Northwire',
      'en-US',
    ]);
  });

  it('gives an AMP page the canonical URL of the page it stands for, not the address it was read from', () => {
    expect(draftOf('amp.html').canonicalUrl).toBe(
      'https://www.potomacstandard.example/national-security/2026/01/22/marines-darwin-rotation',
    );
  });

  it("marks an AMP page's figure captions as captions", () => {
    const draft = draftOf('amp.html');
    expect(draft.paragraphs.filter((p) => p.kind === 'CAPTION').map((p) => p.text.slice(0, 40))).toEqual([
      'Marines unload equipment at an air base ',
      'New accommodation blocks at Robertson Ba',
    ]);
  });

  it('keeps every author of several, the people as authors and the agency as a credited organisation', () => {
    const draft = draftOf('several-authors.html');
    expect([authorNames(draft), draft.agencyKeys, draft.organisations.find((o) => o.key === draft.agencyKeys?.[0])?.kind]).toEqual([
      ['Mariko Tanabe', 'Daniel Cho'],
      ['eastline news agency'],
      'MEDIA',
    ]);
  });

  it('dates a page with nothing but a <time datetime>, and reads its visible byline', () => {
    const draft = draftOf('time-only.html');
    expect([draft.publishedAt?.toISOString(), authorNames(draft), draft.canonicalUrl]).toEqual([
      '2025-11-20T07:15:00.000Z',
      ['Ibrahim Danjuma'],
      url('time-only.html'),
    ]);
  });

  it('names the outlet of a page without a publisher by the host it was read from', () => {
    expect(draftOf('time-only.html').outlet).toEqual({ key: '127.0.0.1', name: '127.0.0.1', siteUrl: 'http://127.0.0.1:8080/' });
  });

  it('decodes a windows-1252 page by its <meta charset>: curly quotes, dashes and accents intact', () => {
    const draft = draftOf('windows-1252.html');
    expect([draft.headline, authorNames(draft)]).toEqual([
      'France’s battlegroup in Romania to grow by 400 troops – ministry',
      ['Loïc Bérenger'],
    ]);
    expect(draft.quotes.map((q) => q.speakerKey)).toContain('frederic muller');
  });

  it('detects the language of a page that declares none', () => {
    expect(draftOf('french.html').language).toBe('fr');
  });
});

describe('pages that are not articles', () => {
  const refusal = (name: string) => {
    try {
      draftOf(name);
      return 'accepted';
    } catch (error) {
      return error instanceof IngestInputError ? error.message : `unexpected ${String(error)}`;
    }
  };

  it('refuses a paywall stub, saying the rest is behind a paywall', () => {
    expect(refusal('paywall-stub.html')).toBe('The page shows only 119 characters of the article; the rest is behind a paywall.');
  });

  it('refuses a section front of teasers as having no article text', () => {
    expect(refusal('not-an-article.html')).toBe(
      'The page has no article text (it looks like an index page, a list of links or an error page).',
    );
  });

  it('refuses an error page', () => {
    expect(() =>
      ingestPage('<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>'),
    ).toThrow(IngestInputError);
  });
});

describe('pages as the web has them', () => {
  const article = (head: string, body: string) =>
    `<html><head>${head}</head><body><article><h1>Troops stay in Estonia</h1>${body}</article></body></html>`;
  const prose = [
    'Britain will keep about 900 troops in Estonia until the end of next year, the ministry said on Saturday.',
    '"We are staying," said Brigadier Thomas Greaves, who commands the British contribution to the force at Tapa.',
    'The decision follows months of talks with allies on the eastern flank about how to share the cost of the deployment.',
  ]
    .map((p) => `<p>${p}</p>`)
    .join('');

  it("does not take a site's home page for an article's canonical address", () => {
    const draft = ingestPage(
      article('<link rel="canonical" href="https://news.example/"><meta property="og:url" content="https://news.example/">', prose),
      { url: 'https://news.example/2026/estonia' },
    );
    expect(draft.canonicalUrl).toBe('https://news.example/2026/estonia');
  });

  it('keeps a canonical address that is the home page with a query (WordPress plain links)', () => {
    expect(ingestPage(article('<link rel="canonical" href="https://news.example/?p=123">', prose)).canonicalUrl).toBe(
      'https://news.example/?p=123',
    );
  });

  it("drops characters the page's charset could not decode instead of refusing the article", () => {
    const draft = ingestPage(article('', prose.replace('Saturday', 'Saturday\uFFFD')));
    expect(draft.text).toContain('the ministry said on Saturday.');
  });
});

describe('a text article from a known address', () => {
  it('is published by that site', () => {
    const draft = ingestArticle('Troops stay in Estonia\n\nBritain will keep about 900 troops in Estonia, the ministry said.', {
      sourceUrl: 'https://www.ledger.example/2026/estonia',
    });
    expect(draft.outlet).toEqual({ key: 'ledger.example', name: 'ledger.example', siteUrl: 'https://www.ledger.example/' });
  });
});
