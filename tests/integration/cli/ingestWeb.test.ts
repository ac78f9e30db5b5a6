/**
 * `npm run ingest` on the web: pages by URL, saved pages, folders, RSS and Atom feeds, and the
 * refusals, run as a user runs it, against the fixture pages served on loopback
 * (tests/fixtures/pages/README.md says what each page holds) and a real database.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.ts';
import { cleanEnv, runCliToEnd, type CliResult } from '../../helpers/cli.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';
import {
  FIXTURE_FURNITURE,
  html,
  PAGES_DIR,
  redirect,
  startPageServer,
  startServer,
  status,
  type FixtureServer,
} from '../../helpers/pageServer.ts';
import { tempDir } from '../../helpers/tempDir.ts';

let db: MigratedTestDatabase;
/** The feed tests' own database, so their counts do not depend on what the other tests stored. */
let feedDb: MigratedTestDatabase;
let server: FixtureServer;
/** On loopback but not in INGEST_ALLOW_HOSTS: nothing may ever connect to it. */
let unlisted: FixtureServer;
let dir: { path: string; remove: () => Promise<void> };

beforeAll(async () => {
  [db, feedDb, dir] = await Promise.all([createMigratedDatabase(), createMigratedDatabase(), tempDir('ingest-web')]);
  server = await startPageServer({
    '/gone': status(404),
    '/photo': html(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'),
    '/loop/a': redirect(() => '/loop/b'),
    '/loop/b': redirect(() => '/loop/a'),
  });
  unlisted = await startServer('127.0.0.1', { '/story': html('<p>never served</p>') });
});
afterAll(async () => {
  await Promise.all([server?.close(), unlisted?.close(), dir?.remove()]);
  await Promise.all([db?.drop(), feedDb?.drop()]);
});

const ingest = (args: string[], on = db) =>
  runCliToEnd('src/cli/ingest.ts', args, cleanEnv({ DATABASE_URL: on.url, INGEST_ALLOW_HOSTS: server.hostPort }));
const page = (name: string) => `${server.origin}/${name}`;
const lines = (output: string) => output.split('\n').filter((line) => line !== '');
const summaryOf = (result: CliResult) => lines(result.stdout).at(-1) ?? '';
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const headlines = async (on = db) =>
  (await on.prisma.article.findMany({ select: { headline: true }, orderBy: { headline: 'asc' } })).map((a) => a.headline);

/** What the one stderr line refusing `input` says after `refused: <input>: `. */
function refusalOf(result: CliResult, input: string): string {
  const prefix = `refused: ${input}: `;
  const found = lines(result.stderr).filter((line) => line.startsWith(prefix));
  expect(found, result.stderr).toHaveLength(1);
  return (found[0] ?? '').slice(prefix.length);
}

const BALTIC = {
  headline: 'Britain to keep about 900 troops in Estonia until the end of 2027',
  canonicalUrl: 'https://www.baltic-ledger.example/2026/03/14/estonia-battlegroup/',
  slug: 'britain-to-keep-about-900-troops-in-estonia-until-the-end-of-2027-2026-03-14',
};

describe('npm run ingest -- <URL>', () => {
  let first: CliResult;
  beforeAll(async () => {
    first = await ingest([page('wordpress-jsonld.html')]);
  });

  it('ingests a web page by URL, printing its slug and a summary that matches the database', async () => {
    const [quotes, claims, troopLevels] = await Promise.all([
      db.prisma.quote.count(),
      db.prisma.claim.count(),
      db.prisma.troopLevel.count(),
    ]);
    expect([first.code, first.stderr]).toEqual([0, '']);
    expect(lines(first.stdout)).toEqual([
      `added: ${page('wordpress-jsonld.html')} → ${BALTIC.slug}`,
      `1 article(s): 1 new, 0 already present, 0 failed; ${quotes} quotes, ${claims} claims, ${troopLevels} troop levels added.`,
    ]);
    expect(await db.prisma.article.count()).toBe(1);
  });

  it("stores the headline, instant, URLs, language, outlet and author the page's JSON-LD gives", async () => {
    const article = await db.prisma.article.findFirstOrThrow({ include: { outlet: true, authors: { include: { person: true } } } });
    expect({
      headline: article.headline,
      publishedAt: article.publishedAt?.toISOString(),
      canonicalUrl: article.canonicalUrl,
      sourceUrl: article.sourceUrl,
      language: article.language,
      outlet: article.outlet?.name,
      authors: article.authors.map((a) => a.person.name),
    }).toEqual({
      headline: BALTIC.headline,
      publishedAt: '2026-03-14T07:30:00.000Z',
      canonicalUrl: BALTIC.canonicalUrl,
      sourceUrl: BALTIC.canonicalUrl,
      language: 'en-GB',
      outlet: 'The Baltic Ledger',
      authors: ['Kadri Saar'],
    });
  });

  it('keeps the cookie banner, share bar, related stories, comments and footer out of the stored text', async () => {
    const { text } = await db.prisma.article.findFirstOrThrow();
    expect(text).toContain('“We will keep roughly 900 soldiers at Tapa for as long as our Estonian partners want them there,”');
    for (const clutter of FIXTURE_FURNITURE) {
      expect(text).not.toContain(clutter);
    }
  });

  describe('seen again', () => {
    let again: CliResult;
    let saved: string;
    beforeAll(async () => {
      // A copy saved later, after a one-word edit: only its canonical URL can say it is the same article.
      const bytes = await fs.readFile(path.join(PAGES_DIR, 'wordpress-jsonld.html'), 'utf8');
      saved = path.join(dir.path, 'baltic-ledger-saved.html');
      await fs.writeFile(saved, bytes.replace('a town of some 5,000 people', 'a town of about 5,000 people'));
      again = await ingest([page('wordpress-jsonld.html'), saved]);
    });

    it('finds the same URL already present and adds nothing', async () => {
      expect([again.code, again.stderr]).toEqual([0, '']);
      expect(lines(again.stdout)).toContain(`already present: ${page('wordpress-jsonld.html')} → ${BALTIC.slug}`);
      expect(summaryOf(again)).toBe('2 article(s): 0 new, 2 already present, 0 failed; 0 quotes, 0 claims, 0 troop levels added.');
      expect(await db.prisma.article.count()).toBe(1);
    });

    it('finds a saved copy of the page already present by its canonical URL, though its text differs', async () => {
      expect(lines(again.stdout)).toContain(`already present: ${saved} → ${BALTIC.slug}`);
      const stored = await db.prisma.article.findMany({ select: { text: true } });
      expect(stored).toHaveLength(1);
      expect(stored[0]?.text).toContain('a town of some 5,000 people');
    });
  });
});

describe('npm run ingest -- <folder>', () => {
  let result: CliResult;
  let before: number;
  const file = (...parts: string[]) => path.join(dir.path, 'inbox', ...parts);
  beforeAll(async () => {
    await fs.mkdir(file('wires', 'germany'), { recursive: true });
    await fs.mkdir(file('pages', '2026', 'january'), { recursive: true });
    await fs.copyFile(
      path.join(projectRoot, 'tests', 'fixtures', 'articles', 'wire-germany-troop-cut.txt'),
      file('wires', 'germany', 'troop-cut.txt'),
    );
    await fs.copyFile(path.join(PAGES_DIR, 'windows-1252.html'), file('pages', '2026', 'january', 'romania.htm'));
    await fs.writeFile(file('notes.pdf'), '%PDF-1.7\n%âãÏÓ\n');
    await fs.writeFile(file('pages', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    before = await db.prisma.article.count();
    result = await ingest([file()]);
  });

  it('ingests the .txt and .htm files in nested subfolders', async () => {
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(lines(result.stdout).filter((line) => line.startsWith('added: '))).toEqual([
      expect.stringMatching(
        new RegExp(`^added: ${literally(file('pages', '2026', 'january', 'romania.htm'))} → france-s-battlegroup-in-romania-`),
      ),
      expect.stringMatching(
        new RegExp(`^added: ${literally(file('wires', 'germany', 'troop-cut.txt'))} → us-to-withdraw-12-000-troops-from-germany`),
      ),
    ]);
    expect(await db.prisma.article.count()).toBe(before + 2);
    // The saved page was decoded by its <meta charset="windows-1252">.
    expect(await headlines()).toEqual(
      expect.arrayContaining([
        'France’s battlegroup in Romania to grow by 400 troops – ministry',
        'US to withdraw 12,000 troops from Germany',
      ]),
    );
  });

  it('lists each other file as skipped and counts them in the summary', () => {
    expect(lines(result.stdout).filter((line) => line.startsWith('skipped: '))).toEqual([
      `skipped: ${file('notes.pdf')} (not .txt, .html, .htm or .xhtml)`,
      `skipped: ${file('pages', 'photo.jpg')} (not .txt, .html, .htm or .xhtml)`,
    ]);
    expect(summaryOf(result)).toMatch(
      /^2 article\(s\): 2 new, 0 already present, 0 failed; \d+ quotes, \d+ claims, \d+ troop levels added; 2 file\(s\) skipped\.$/,
    );
  });
});

describe('npm run ingest -- --feed <URL or file>', () => {
  const RSS_PAGES = ['wordpress-jsonld.html', 'opengraph-only.html', 'several-authors.html', 'time-only.html'];
  const RSS_HEADLINES = [
    BALTIC.headline,
    'Germany to send 350 more soldiers to Lithuania',
    'First 1,300 US Marines to leave Okinawa for Guam by October',
    'Nigeria to send 800 more soldiers to Lake Chad task force',
  ];
  const ATOM_HEADLINES = [
    'Pentagon plans to rotate 2,500 Marines through northern Australia this year',
    'France’s battlegroup in Romania to grow by 400 troops – ministry',
    'La France ramène sa présence militaire au Gabon à environ 150 soldats',
  ];

  it('ingests every page an RSS feed lists, in feed order', async () => {
    const result = await ingest(['--feed', page('feed-rss.xml')], feedDb);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const out = lines(result.stdout);
    expect(out[0]).toBe(`feed: ${page('feed-rss.xml')} lists 4 page(s)`);
    expect(out.slice(1, 5).map((line) => line.split(' → ')[0])).toEqual(RSS_PAGES.map((name) => `added: ${page(name)}`));
    expect(summaryOf(result)).toMatch(/^4 article\(s\): 4 new, 0 already present, 0 failed; /);
    expect(await headlines(feedDb)).toEqual([...RSS_HEADLINES].sort());
  });

  it('finds every page of the RSS feed already present the second time', async () => {
    const result = await ingest(['--feed', page('feed-rss.xml')], feedDb);
    expect(result.code).toBe(0);
    expect(summaryOf(result)).toBe('4 article(s): 0 new, 4 already present, 0 failed; 0 quotes, 0 claims, 0 troop levels added.');
    expect(await feedDb.prisma.article.count()).toBe(4);
  });

  it('ingests every entry of an Atom feed', async () => {
    const result = await ingest([`--feed=${page('feed-atom.xml')}`], feedDb);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(lines(result.stdout)[0]).toBe(`feed: ${page('feed-atom.xml')} lists 3 page(s)`);
    expect(summaryOf(result)).toMatch(/^3 article\(s\): 3 new, 0 already present, 0 failed; /);
    expect(await headlines(feedDb)).toEqual([...RSS_HEADLINES, ...ATOM_HEADLINES].sort());
  });

  it('reads a feed saved as a file, fetching the pages its links point at', async () => {
    const feed = path.join(dir.path, 'saved-feed.xml');
    const items = ['latin1-header-only.html', 'wordpress-jsonld.html'].map(
      (name) => `<item><title>${name}</title><link>${page(name)}</link></item>`,
    );
    await fs.writeFile(
      feed,
      `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Saved</title>${items.join('')}</channel></rss>\n`,
    );
    const result = await ingest(['--feed', feed], feedDb);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(lines(result.stdout)).toEqual([
      `feed: ${feed} lists 2 page(s)`,
      `added: ${page('latin1-header-only.html')} → spain-to-add-250-soldiers-to-its-contingent-in-latvia-2026-02-25`,
      `already present: ${page('wordpress-jsonld.html')} → ${BALTIC.slug}`,
      expect.stringMatching(/^2 article\(s\): 1 new, 1 already present, 0 failed; /),
    ]);
    expect(await headlines(feedDb)).toContain('Spain to add 250 soldiers to its contingent in Latvia');
  });
});

describe('refusals', () => {
  let result: CliResult;
  let before: number;
  const NOT_AN_ARTICLE = 'The page has no article text (it looks like an index page, a list of links or an error page).';
  const PAYWALL = 'The page shows only 119 characters of the article; the rest is behind a paywall.';
  let url: Record<'gone' | 'image' | 'sectionFront' | 'paywall' | 'loop' | 'unlisted' | 'private', string>;
  beforeAll(async () => {
    url = {
      gone: page('gone'),
      image: page('photo'),
      sectionFront: page('not-an-article.html'),
      paywall: page('paywall-stub.html'),
      loop: page('loop/a'),
      unlisted: `${unlisted.origin}/story`,
      private: 'http://10.0.0.1/x',
    };
    before = await db.prisma.article.count();
    // The one good page sits among the refused ones: a refusal must not stop the run.
    result = await ingest([url.gone, url.image, url.sectionFront, page('amp.html'), url.paywall, url.loop, url.unlisted, url.private]);
  });

  it('exits 1 and still ingests the good page given among the refused ones', async () => {
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([
      expect.stringMatching(new RegExp(`^added: ${literally(page('amp.html'))} → pentagon-plans-to-rotate-2-500-marines`)),
      expect.stringMatching(/^8 article\(s\): 1 new, 0 already present, 7 failed; /),
    ]);
    expect(await db.prisma.article.count()).toBe(before + 1);
    expect(await headlines()).toContain('Pentagon plans to rotate 2,500 Marines through northern Australia this year');
  });

  it('writes exactly one refused line per refused input', () => {
    expect(lines(result.stderr)).toHaveLength(7);
    for (const line of lines(result.stderr)) expect(line).toMatch(/^refused: /);
  });

  it('refuses a page the server answers 404', () => {
    expect(refusalOf(result, url.gone)).toBe('the server answered 404 Not Found');
  });

  it('refuses a URL that answers with an image', () => {
    expect(refusalOf(result, url.image)).toBe('the page is image/png, not HTML');
  });

  it('refuses a redirect loop, naming where it looped', () => {
    expect(refusalOf(result, url.loop)).toBe(`redirected to ${page('loop/b')}: redirect loop (back to ${page('loop/a')})`);
  });

  it('refuses a loopback port missing from INGEST_ALLOW_HOSTS before connecting to it', () => {
    expect(refusalOf(result, url.unlisted)).toMatch(
      new RegExp(`${literally(`127.0.0.1 is a loopback address (set INGEST_ALLOW_HOSTS=${unlisted.hostPort} to allow it)`)}$`),
    );
    expect([unlisted.connections, unlisted.seen.size]).toEqual([0, 0]);
  });

  it('refuses a private address and says how to allow it', () => {
    expect(refusalOf(result, url.private)).toMatch(
      /10\.0\.0\.1 is a private address \(set INGEST_ALLOW_HOSTS=10\.0\.0\.1:80 to allow it\)$/,
    );
  });

  it('refuses a section front as no article and a paywall stub as paywalled, storing neither', async () => {
    const refused = lines(result.stderr);
    expect(refused.filter((line) => line.endsWith(NOT_AN_ARTICLE))).toHaveLength(1);
    expect(refused.filter((line) => line.endsWith(PAYWALL))).toHaveLength(1);
    const canonicalUrls = [
      'https://www.vistula-times.example/defence/us-troops-poland-2027-a19422',
      'https://www.meridianpost.example/defence',
      url.sectionFront,
      url.paywall,
    ];
    expect(await db.prisma.article.count({ where: { canonicalUrl: { in: canonicalUrls } } })).toBe(0);
  });

  it('names the URL in the refusal of a page that is not an article or is paywalled', () => {
    expect(refusalOf(result, url.sectionFront)).toBe(NOT_AN_ARTICLE);
    expect(refusalOf(result, url.paywall)).toBe(PAYWALL);
  });
});

describe('npm run ingest -- --feed <not a feed>', () => {
  let result: CliResult;
  let before: number;
  const NOT_A_FEED = 'Not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> document in it).';
  beforeAll(async () => {
    before = await db.prisma.article.count();
    result = await ingest(['--feed', page('not-a-feed.xml')]);
  });

  it('refuses an XML page that is not RSS or Atom with one line, exit code 1, and stores nothing', async () => {
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(new RegExp(`^refused: .*${literally(NOT_A_FEED)}$`))]);
    expect(result.stdout).not.toContain('feed: ');
    expect(summaryOf(result)).toContain(
      '0 article(s): 0 new, 0 already present, 0 failed; 0 quotes, 0 claims, 0 troop levels added; 1 feed(s) refused.',
    );
    expect(await db.prisma.article.count()).toBe(before);
  });

  it('names the feed URL in its refusal', () => {
    expect(refusalOf(result, page('not-a-feed.xml'))).toBe(NOT_A_FEED);
  });
});
