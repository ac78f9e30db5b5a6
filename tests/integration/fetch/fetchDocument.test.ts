/**
 * The fetcher against real HTTP servers on loopback. Every name is resolved by an injected
 * resolver, so no DNS query and no packet leaves the machine. Servers count the connections
 * they accept and undici's beforeConnect channel counts dials, so a refusal can be proved to
 * have happened before anything connected.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FetchError, fetchFeed, fetchPage, type FetchPolicy, type ResolvedAddress, USER_AGENT } from '../../../src/fetch/index.ts';
import { fakeResolver, html, redirect, startServer, status, type FixtureServer, type Route } from '../../helpers/pageServer.ts';

const RSS = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Troop levels</title></channel></rss>';

/** What /huge did: how much it wrote before the client went away, and whether it got to the end. */
const huge = { written: 0, finished: false, closed: Promise.resolve() };

/** 1 MB in 16 KB chunks, 10 ms apart: slow enough that a client hanging up early shows. */
function streamMegabyte(contentType: string): Route {
  return (_request, response) => {
    const chunk = Buffer.alloc(16_384, 'a');
    huge.written = 0;
    huge.finished = false;
    huge.closed = new Promise((resolve) => response.once('close', resolve));
    response.writeHead(200, { 'content-type': contentType });
    const timer = setInterval(() => {
      if (response.destroyed) return clearInterval(timer);
      response.write(chunk);
      huge.written += chunk.length;
      if (huge.written < 1_048_576) return;
      clearInterval(timer);
      huge.finished = true;
      response.end();
    }, 10);
  };
}

const routes: Record<string, Route> = {
  '/utf8': html('<p>Brigade “returns” — 1 200 troops</p>'),
  '/cp1252-meta': html(
    Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), Buffer.from([0x93, 0x68, 0x69, 0x94])]),
    'text/html',
  ),
  '/latin1-header': html(Buffer.from('<p>Caf\u00e9 in Kraj\u00f3w</p>', 'latin1'), 'text/html; charset=iso-8859-1'),
  '/gone-wrong': status(503),
  ...Object.fromEntries(
    Array.from({ length: 7 }, (_, n) => [`/chain/${n}`, n === 0 ? html('<p>end of chain</p>') : redirect(() => `/chain/${n - 1}`)]),
  ),
  '/loop/a': redirect(() => '/loop/b'),
  '/loop/b': redirect(() => `${main.origin}/loop/a`, 301),
  '/to-unlisted': redirect(() => `${unlisted.origin}/`),
  '/to-unlisted-by-name': redirect(() => `http://localhost.internal.example:${unlisted.port}/`),
  '/to-ipv6-loopback': redirect(() => `http://[::1]:${unlisted.port}/`),
  '/to-metadata': redirect(() => 'http://169.254.169.254/latest/meta-data/'),
  '/to-file': redirect(() => 'file:///etc/passwd'),
  '/no-answer': () => undefined,
  '/slow-body': (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).write('<p>first part'),
  '/huge': streamMegabyte('text/html'),
  '/huge-feed': streamMegabyte('application/rss+xml'),
  '/declared-huge': (_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': 2_000_000 }).write('<p>'),
  '/empty': html(''),
  '/image': html(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
  '/feed': html(RSS, 'application/rss+xml'),
  '/feed-as-octets': html(RSS, 'application/octet-stream'),
  '/page-as-octets': html('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>', 'application/octet-stream'),
};

let main: FixtureServer;
let unlisted: FixtureServer;
let ipv6: FixtureServer | undefined;
let dials: string[] = [];
const onDial = (message: unknown) => {
  const { hostname, port } = (message as { connectParams: { hostname: string; port: string } }).connectParams;
  dials.push(`${hostname}:${port}`);
};

const policy = (overrides: Partial<FetchPolicy> = {}): FetchPolicy => ({
  allowHosts: new Set([`127.0.0.1:${main.port}`]),
  resolve: fakeResolver({ 'localhost.internal.example': ['127.0.0.1'] }).resolve,
  timeoutMs: 2_000,
  ...overrides,
});

/** [reason, message] of the FetchError a fetch fails with. */
async function failureOf(fetching: Promise<unknown>): Promise<[string, string]> {
  const error = await fetching.then(
    () => expect.fail('the fetch succeeded'),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof FetchError)) throw error;
  return [error.reason, error.message];
}

beforeAll(async () => {
  main = await startServer('127.0.0.1', routes);
  unlisted = await startServer('127.0.0.1', { '/': html('<p>internal</p>') });
  ipv6 = await startServer('::1', { '/': html('<p>over IPv6</p>') }).catch(() => undefined);
  diagnosticsChannel.subscribe('undici:client:beforeConnect', onDial);
});
afterAll(async () => {
  diagnosticsChannel.unsubscribe('undici:client:beforeConnect', onDial);
  await Promise.all([main.close(), unlisted.close(), ipv6?.close()]);
});
beforeEach(() => {
  dials = [];
});

describe('fetchPage', () => {
  it('fetches a UTF-8 page and reports where it came from', async () => {
    expect(await fetchPage(`${main.origin}/utf8`, policy())).toEqual({
      requestedUrl: `${main.origin}/utf8`,
      url: `${main.origin}/utf8`,
      contentType: 'text/html',
      charset: 'utf-8',
      text: '<p>Brigade “returns” — 1 200 troops</p>',
    });
  });

  it('decodes windows-1252 declared by a meta tag', async () => {
    expect(await fetchPage(`${main.origin}/cp1252-meta`, policy())).toMatchObject({
      charset: 'windows-1252',
      text: '<meta charset="windows-1252"><p>“hi”',
    });
  });

  it('decodes iso-8859-1 declared by the Content-Type header', async () => {
    expect((await fetchPage(`${main.origin}/latin1-header`, policy())).text).toBe('<p>Café in Krajów</p>');
  });

  it('sends a User-Agent naming the service', async () => {
    await fetchPage(`${main.origin}/utf8`, policy());
    expect(main.seen.get('/utf8')?.['user-agent']).toBe('troop-levels-news/0.1 (news fact-checking ingest)');
    expect(USER_AGENT).toBe('troop-levels-news/0.1 (news fact-checking ingest)');
  });

  it.each([
    ['/missing', '404 Not Found'],
    ['/gone-wrong', '503 Service Unavailable'],
  ])('reports %s as the status the server answered', async (path, answer) => {
    expect(await failureOf(fetchPage(`${main.origin}${path}`, policy()))).toEqual([
      'http-status',
      `${main.origin}${path}: the server answered ${answer}`,
    ]);
  });

  it('refuses an image as not HTML', async () => {
    expect(await failureOf(fetchPage(`${main.origin}/image`, policy()))).toEqual([
      'not-html',
      `${main.origin}/image: the page is image/png, not HTML`,
    ]);
  });

  it('refuses a feed as not HTML', async () => {
    expect(await failureOf(fetchPage(`${main.origin}/feed`, policy()))).toEqual([
      'not-html',
      `${main.origin}/feed: the page is application/rss+xml, not HTML`,
    ]);
  });

  it('refuses a page with an empty body', async () => {
    expect(await failureOf(fetchPage(`${main.origin}/empty`, policy()))).toEqual([
      'empty',
      `${main.origin}/empty: the server sent an empty page`,
    ]);
  });
});

describe('redirects', () => {
  it('follows a chain of three and reports the final URL', async () => {
    expect(await fetchPage(`${main.origin}/chain/3`, policy())).toMatchObject({
      requestedUrl: `${main.origin}/chain/3`,
      url: `${main.origin}/chain/0`,
      text: '<p>end of chain</p>',
    });
  });

  it('follows five', async () => {
    expect((await fetchPage(`${main.origin}/chain/5`, policy())).url).toBe(`${main.origin}/chain/0`);
  });

  it('refuses a sixth', async () => {
    expect(await failureOf(fetchPage(`${main.origin}/chain/6`, policy()))).toEqual([
      'too-many-redirects',
      `${main.origin}/chain/6: redirected to ${main.origin}/chain/1: more than 5 redirects`,
    ]);
  });

  it('reports a loop A → B → A as a loop', async () => {
    expect(await failureOf(fetchPage(`${main.origin}/loop/a`, policy()))).toEqual([
      'redirect-loop',
      `${main.origin}/loop/a: redirected to ${main.origin}/loop/b: redirect loop (back to ${main.origin}/loop/a)`,
    ]);
  });

  it('refuses a redirect to a server not on the allow list without connecting to it', async () => {
    const [reason, message] = await failureOf(fetchPage(`${main.origin}/to-unlisted`, policy()));
    expect([reason, message, unlisted.connections, dials]).toEqual([
      'refused',
      `${main.origin}/to-unlisted: redirected to ${unlisted.origin}/: refused: 127.0.0.1 is a loopback address (set INGEST_ALLOW_HOSTS=127.0.0.1:${unlisted.port} to allow it)`,
      0,
      [`127.0.0.1:${main.port}`],
    ]);
  });

  it('refuses a redirect to a name that resolves to loopback without connecting to it', async () => {
    const [reason, message] = await failureOf(fetchPage(`${main.origin}/to-unlisted-by-name`, policy()));
    expect([reason, message.split(': refused: ')[1], unlisted.connections]).toEqual([
      'refused',
      `localhost.internal.example resolves to 127.0.0.1, a loopback address (set INGEST_ALLOW_HOSTS=localhost.internal.example:${unlisted.port} to allow it)`,
      0,
    ]);
  });

  it('refuses a redirect to IPv6 loopback', async () => {
    expect(await failureOf(fetchPage(`${main.origin}/to-ipv6-loopback`, policy()))).toEqual([
      'refused',
      `${main.origin}/to-ipv6-loopback: redirected to http://[::1]:${unlisted.port}/: refused: ::1 is a loopback address (set INGEST_ALLOW_HOSTS=[::1]:${unlisted.port} to allow it)`,
    ]);
  });

  it('refuses a redirect to the cloud metadata address', async () => {
    const [reason, message] = await failureOf(fetchPage(`${main.origin}/to-metadata`, policy()));
    expect([
      reason,
      message.endsWith('refused: 169.254.169.254 is a link-local address (set INGEST_ALLOW_HOSTS=169.254.169.254:80 to allow it)'),
      dials.length,
    ]).toEqual(['refused', true, 1]);
  });

  it('refuses a redirect to a file: URL', async () => {
    expect(await failureOf(fetchPage(`${main.origin}/to-file`, policy()))).toEqual([
      'refused',
      `${main.origin}/to-file: redirected to file:///etc/passwd: refused: only http and https URLs are fetched, not file:`,
    ]);
  });
});

describe('addresses', () => {
  it('refuses a loopback server that is not on the allow list before connecting', async () => {
    const [reason] = await failureOf(fetchPage(`${unlisted.origin}/`, policy()));
    expect([reason, unlisted.connections, dials]).toEqual(['refused', 0, []]);
  });

  it.each(['10.0.0.7', '169.254.169.254', 'fd00::1', '::ffff:127.0.0.1'])(
    'refuses a name resolved to %s before any dial',
    async (address) => {
      const resolver = fakeResolver({ 'news.internal.example': [address] });
      const [reason] = await failureOf(fetchPage(`http://news.internal.example:${unlisted.port}/`, policy({ resolve: resolver.resolve })));
      expect([reason, resolver.asked, unlisted.connections, dials]).toEqual(['refused', ['news.internal.example'], 0, []]);
    },
  );

  it('refuses a name when any of its addresses is refused, even if one is public', async () => {
    const resolver = fakeResolver({ 'mixed.example': ['93.184.216.34', '10.0.0.7'] });
    const [reason, message] = await failureOf(fetchPage('http://mixed.example/', policy({ resolve: resolver.resolve })));
    expect([reason, message, dials]).toEqual([
      'refused',
      'http://mixed.example/: refused: mixed.example resolves to 10.0.0.7, a private address (set INGEST_ALLOW_HOSTS=mixed.example:80 to allow it)',
      [],
    ]);
  });

  it('fetches an allowed name from the address the resolver gave, asking it once', async () => {
    let calls = 0;
    // A second answer would point elsewhere: the connection must use the first, checked one.
    const resolve = (): Promise<ResolvedAddress[]> => Promise.resolve([{ address: calls++ === 0 ? '127.0.0.1' : '10.0.0.7', family: 4 }]);
    const url = `http://news.internal.example:${main.port}/utf8`;
    const page = await fetchPage(url, policy({ allowHosts: new Set([`news.internal.example:${main.port}`]), resolve }));
    expect([page.url, calls, main.seen.get('/utf8')?.host]).toEqual([url, 1, `news.internal.example:${main.port}`]);
  });

  it('fetches an allowed IPv6 loopback server', async (context) => {
    if (!ipv6) return context.skip('no IPv6 loopback on this machine');
    const page = await fetchPage(`${ipv6.origin}/`, policy({ allowHosts: new Set([`[::1]:${ipv6.port}`]) }));
    expect([page.text, ipv6.connections]).toEqual(['<p>over IPv6</p>', 1]);
  });

  it('reports a refused connection as a network error', async () => {
    const closed = await startServer('127.0.0.1', {});
    await closed.close();
    const url = `${closed.origin}/`;
    expect(await failureOf(fetchPage(url, policy({ allowHosts: new Set([`127.0.0.1:${closed.port}`]) })))).toEqual([
      'network',
      `${url}: the connection was refused (ECONNREFUSED)`,
    ]);
  });

  it('reports a name the resolver does not know', async () => {
    expect(await failureOf(fetchPage('http://nowhere.example/', policy()))).toEqual([
      'network',
      'http://nowhere.example/: cannot resolve nowhere.example (ENOTFOUND)',
    ]);
  });
});

describe('limits', () => {
  it('times out a server that never answers', async () => {
    expect(await failureOf(fetchPage(`${main.origin}/no-answer`, policy({ timeoutMs: 300 })))).toEqual([
      'timeout',
      `${main.origin}/no-answer: no answer within 300 ms`,
    ]);
  });

  it('times out a body that never finishes', async () => {
    expect(await failureOf(fetchPage(`${main.origin}/slow-body`, policy({ timeoutMs: 300 })))).toEqual([
      'timeout',
      `${main.origin}/slow-body: the page did not arrive in full within 300 ms`,
    ]);
  });

  it('times out a resolver that never answers', async () => {
    const resolve = () => new Promise<ResolvedAddress[]>(() => undefined);
    expect(await failureOf(fetchPage('http://slow-dns.example/', policy({ resolve, timeoutMs: 300 })))).toEqual([
      'timeout',
      'http://slow-dns.example/: no answer within 300 ms',
    ]);
  });

  it('refuses a body over maxBytes and stops the transfer early', async () => {
    const failure = await failureOf(fetchPage(`${main.origin}/huge`, policy({ maxBytes: 65_536 })));
    await huge.closed;
    expect([...failure, huge.finished, huge.written < 1_048_576]).toEqual([
      'too-large',
      `${main.origin}/huge: over the 64 KB limit for one page`,
      false,
      true,
    ]);
  });

  it('refuses a declared Content-Length over maxBytes before reading the body', async () => {
    expect(await failureOf(fetchPage(`${main.origin}/declared-huge`, policy({ maxBytes: 65_536 })))).toEqual([
      'too-large',
      `${main.origin}/declared-huge: over the 64 KB limit for one page`,
    ]);
  });
});

describe('fetchFeed', () => {
  it('fetches an RSS feed', async () => {
    expect(await fetchFeed(`${main.origin}/feed`, policy())).toMatchObject({
      contentType: 'application/rss+xml',
      charset: 'utf-8',
      text: RSS,
    });
  });

  it('accepts a feed served as application/octet-stream when it opens as RSS', async () => {
    expect((await fetchFeed(`${main.origin}/feed-as-octets`, policy())).text).toBe(RSS);
  });

  it('refuses an XHTML page served as application/octet-stream', async () => {
    expect(await failureOf(fetchFeed(`${main.origin}/page-as-octets`, policy()))).toEqual([
      'not-feed',
      `${main.origin}/page-as-octets: the feed is application/octet-stream and does not look like RSS or Atom`,
    ]);
  });

  it('refuses an HTML page as not a feed', async () => {
    expect(await failureOf(fetchFeed(`${main.origin}/utf8`, policy()))).toEqual([
      'not-feed',
      `${main.origin}/utf8: the feed is text/html, not RSS or Atom`,
    ]);
  });

  it('refuses a feed over the limit with a message about feeds', async () => {
    expect(await failureOf(fetchFeed(`${main.origin}/huge-feed`, policy({ maxBytes: 65_536 })))).toEqual([
      'too-large',
      `${main.origin}/huge-feed: over the 64 KB limit for one feed`,
    ]);
  });
});
