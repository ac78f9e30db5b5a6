/**
 * ingestUrl and ingestArticle(html) over HTTP on a real Postgres, fetching the team's fixture
 * pages from a web server on 127.0.0.1. The API may fetch from that server only because its
 * policy lists it (as INGEST_ALLOW_HOSTS would); names resolve through a resolver of the
 * test's own, so no DNS query or packet leaves the machine.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApiWith, type TestApi } from '../../helpers/api.ts';
import {
  fakeResolver,
  FIXTURE_FURNITURE,
  PAGES_DIR,
  redirect,
  startPageServer,
  startServer,
  status,
  type FixtureServer,
} from '../../helpers/pageServer.ts';
import { ingestArticle } from '../../../src/ingest/index.ts';

let api: TestApi;
let site: FixtureServer;
let unlisted: FixtureServer;

const names = fakeResolver({
  'news.internal.example': ['10.20.30.40'],
  'metadata.internal.example': ['169.254.169.254'],
  'mapped.internal.example': ['::ffff:127.0.0.1'],
});

beforeAll(async () => {
  unlisted = await startServer('127.0.0.1', {});
  site = await startPageServer({
    '/missing': status(404),
    '/broken': status(503),
    '/photo': (_request, response) => void response.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.from([0xff, 0xd8, 0xff])),
    '/loop-a': redirect(() => '/loop-b'),
    '/loop-b': redirect(() => '/loop-a'),
    '/to-unlisted': redirect(() => `${unlisted.origin}/`),
    '/to-internal-name': redirect(() => 'http://news.internal.example/story'),
    '/hangs': () => undefined,
    '/huge': (_request, response) => void response.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${'x'.repeat(200_000)}</p>`),
  });
  api = await startTestApiWith({
    fetchPolicy: { allowHosts: new Set([site.hostPort]), resolve: names.resolve, timeoutMs: 1_000, maxBytes: 100_000 },
  });
});
afterAll(async () => {
  await api.close();
  await Promise.all([site.close(), unlisted.close()]);
});

const INGEST_URL = `mutation ($url: String!) { ingestUrl(input: { url: $url }) {
  created userErrors { field message code }
  article { id headline publishedAt publishedOn modifiedAt sourceUrl canonicalUrl language text
    authors { person { name } } agencies { name kind } outlet { name site siteUrl }
    quotes { text speaker { name } } troopLevels { count kind location { name } } } } }`;

interface Payload {
  created: boolean;
  userErrors: { field: string[]; message: string; code: string }[];
  article: null | ({ id: string; text: string; quotes: { text: string }[]; troopLevels: { count: number }[] } & Record<string, unknown>);
}
const ingestUrl = async (url: string) => (await api.asEditor<{ ingestUrl: Payload }>(INGEST_URL, { url })).data?.ingestUrl as Payload;
const articles = () => api.db.prisma.article.count();

describe('ingestUrl', () => {
  it('stores a page with JSON-LD with its headline, instant, author, outlet, language and canonical URL from the metadata', async () => {
    const { article, created, userErrors } = await ingestUrl(`${site.origin}/wordpress-jsonld.html`);
    expect({ created, userErrors }).toEqual({ created: true, userErrors: [] });
    expect({ ...article, id: undefined, text: undefined, quotes: undefined, troopLevels: undefined }).toEqual({
      id: undefined,
      text: undefined,
      quotes: undefined,
      troopLevels: undefined,
      headline: 'Britain to keep about 900 troops in Estonia until the end of 2027',
      publishedAt: '2026-03-14T07:30:00.000Z',
      publishedOn: '2026-03-14',
      modifiedAt: '2026-03-14T10:05:00.000Z',
      sourceUrl: 'https://www.baltic-ledger.example/2026/03/14/estonia-battlegroup/',
      canonicalUrl: 'https://www.baltic-ledger.example/2026/03/14/estonia-battlegroup/',
      language: 'en-GB',
      authors: [{ person: { name: 'Kadri Saar' } }],
      agencies: [],
      outlet: { name: 'The Baltic Ledger', site: 'baltic-ledger.example', siteUrl: 'https://www.baltic-ledger.example/' },
    });
  });

  it('keeps navigation, the cookie banner, share bar, related list, comments and footer out of the stored text', async () => {
    const { article } = await ingestUrl(`${site.origin}/wordpress-jsonld.html`);
    expect(FIXTURE_FURNITURE.filter((words) => article?.text.includes(words))).toEqual([]);
  });

  it('extracts the quotes and troop levels the same text gives as a text article', async () => {
    const { article } = await ingestUrl(`${site.origin}/wordpress-jsonld.html`);
    const draft = ingestArticle(article?.text ?? '');
    expect([article?.quotes.map((q) => q.text), article?.troopLevels.map((t) => t.count)]).toEqual([
      draft.quotes.map((q) => q.text),
      draft.troopLevels.map((t) => t.count),
    ]);
    expect(article?.quotes.length).toBe(6);
  });

  it('answers created: false with the same article for the same URL again', async () => {
    const [first, again] = [await ingestUrl(`${site.origin}/several-authors.html`), await ingestUrl(`${site.origin}/several-authors.html`)];
    expect([first.created, again.created, again.article?.id]).toEqual([true, false, first.article?.id]);
  });

  it('credits the agency among several authors as an organisation', async () => {
    const { article } = await ingestUrl(`${site.origin}/several-authors.html`);
    expect([article?.authors, article?.agencies]).toEqual([
      [{ person: { name: 'Mariko Tanabe' } }, { person: { name: 'Daniel Cho' } }],
      [{ name: 'Eastline News Agency', kind: 'MEDIA' }],
    ]);
  });

  it('answers created: false for a saved copy of a page already fetched, found by its canonical URL', async () => {
    const fetched = await ingestUrl(`${site.origin}/amp.html`);
    const html = await readFile(path.join(PAGES_DIR, 'amp.html'), 'utf8');
    const saved = await api.asEditor<{ ingestArticle: Payload }>(
      'mutation ($html: String) { ingestArticle(input: { html: $html }) { created userErrors { message } article { id } } }',
      { html },
    );
    expect(saved.data?.ingestArticle).toEqual({ created: false, userErrors: [], article: { id: fetched.article?.id } });
  });
});

describe('ingestUrl refuses what it must not fetch, before connecting', () => {
  it.each([
    [
      'a loopback address not listed in INGEST_ALLOW_HOSTS',
      () => `${unlisted.origin}/`,
      () => `${unlisted.origin}/: refused: 127.0.0.1 is a loopback address (set INGEST_ALLOW_HOSTS=${unlisted.hostPort} to allow it)`,
    ],
    [
      'a redirect to one',
      () => `${site.origin}/to-unlisted`,
      () =>
        `${site.origin}/to-unlisted: redirected to ${unlisted.origin}/: refused: 127.0.0.1 is a loopback address (set INGEST_ALLOW_HOSTS=${unlisted.hostPort} to allow it)`,
    ],
    [
      'a name resolving to an IPv4-mapped loopback address',
      () => `http://mapped.internal.example:${unlisted.port}/`,
      () =>
        `http://mapped.internal.example:${unlisted.port}/: refused: mapped.internal.example resolves to ::ffff:127.0.0.1, a loopback address (set INGEST_ALLOW_HOSTS=mapped.internal.example:${unlisted.port} to allow it)`,
    ],
  ])('%s', async (_case, url, message) => {
    const [before, connections] = [await articles(), unlisted.connections];
    const { article, userErrors } = await ingestUrl(url());
    expect({ article, userErrors, stored: (await articles()) - before, connections: unlisted.connections - connections }).toEqual({
      article: null,
      userErrors: [{ field: ['input', 'url'], message: message(), code: 'BAD_USER_INPUT' }],
      stored: 0,
      connections: 0,
    });
  });

  it.each([
    ['http://10.1.2.3/story', 'refused: 10.1.2.3 is a private address'],
    ['http://[fd00::1]/story', 'refused: fd00::1 is a unique-local address'],
    ['http://169.254.169.254/latest/meta-data/', 'refused: 169.254.169.254 is a link-local address'],
    ['http://news.internal.example/story', 'refused: news.internal.example resolves to 10.20.30.40, a private address'],
    ['http://metadata.internal.example/', 'refused: metadata.internal.example resolves to 169.254.169.254, a link-local address'],
    [
      `${'SITE'}/to-internal-name`,
      'redirected to http://news.internal.example/story: refused: news.internal.example resolves to 10.20.30.40',
    ],
  ])('refuses %s', async (url, words) => {
    const { userErrors } = await ingestUrl(url.replace('SITE', site.origin));
    expect(userErrors.map((e) => [e.code, e.message.includes(words)])).toEqual([['BAD_USER_INPUT', true]]);
  });

  it('refuses a scheme other than http(s) as invalid input', async () => {
    const { userErrors } = await ingestUrl('file:///etc/passwd');
    expect(userErrors).toEqual([{ field: ['input', 'url'], message: 'Must be an http:// or https:// URL.', code: 'BAD_USER_INPUT' }]);
  });
});

describe('ingestUrl says clearly why a page could not be had, and stores nothing', () => {
  it.each([
    ['/missing', 'the server answered 404 Not Found'],
    ['/broken', 'the server answered 503 Service Unavailable'],
    ['/photo', 'image/jpeg'],
    ['/loop-a', 'redirect loop'],
    ['/hangs', 'no answer within 1 s'],
    ['/huge', 'over the'],
    ['/not-an-article.html', 'The page has no article text'],
    ['/paywall-stub.html', 'behind a paywall'],
  ])('%s', async (route, words) => {
    const before = await articles();
    const { article, userErrors } = await ingestUrl(`${site.origin}${route}`);
    expect({
      article,
      errors: userErrors.map((e) => [e.field, e.code, e.message.includes(words)]),
      stored: (await articles()) - before,
    }).toEqual({
      article: null,
      errors: [[['input', 'url'], 'BAD_USER_INPUT', true]],
      stored: 0,
    });
  });
});

describe('who may ingest', () => {
  it('refuses a caller without a key', async () => {
    expect(errorCode(await api.query(INGEST_URL, { url: `${site.origin}/time-only.html` }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a viewer key', async () => {
    const response = await api.server.graphql(
      INGEST_URL,
      { url: `${site.origin}/time-only.html` },
      { authorization: `Bearer ${api.keys.viewer}` },
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
  });
});

describe('ingestArticle with html', () => {
  const INGEST =
    'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created userErrors { field message } article { headline language outlet { name } } } }';

  it('stores a saved page given as html, read like a fetched one', async () => {
    const html = await readFile(path.join(PAGES_DIR, 'opengraph-only.html'), 'utf8');
    const result = await api.asEditor(INGEST, { input: { html } });
    expect(result.data?.ingestArticle).toEqual({
      created: true,
      userErrors: [],
      article: { headline: 'Germany to send 350 more soldiers to Lithuania', language: 'en-US', outlet: { name: 'Northwire' } },
    });
  });

  it('asks for exactly one of text and html', async () => {
    const result = await api.asEditor(INGEST, { input: { text: 'Headline\n\nBody.', html: '<p>Body</p>' } });
    expect(result.data?.ingestArticle).toEqual({
      created: false,
      userErrors: [{ field: ['input', 'text'], message: 'Give either text or html, not both.' }],
      article: null,
    });
  });

  it('refuses a page without an article, naming the html field', async () => {
    const result = await api.asEditor(INGEST, { input: { html: '<html><body><nav><a href="/">Home</a></nav></body></html>' } });
    expect(result.data?.ingestArticle).toEqual({
      created: false,
      userErrors: [
        {
          field: ['input', 'html'],
          message: 'The page has no article text (it looks like an index page, a list of links or an error page).',
        },
      ],
      article: null,
    });
  });
});
