import { describe, expect, it } from 'vitest';
import { AllowHostsError, allowHostKey, FetchError, fetchPage, parseAllowHosts, refusedAddress } from '../../../src/fetch/index.ts';

describe('refusedAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['::7f00:1', 'reserved'],
    ['2002:7f00:1::', '6to4 tunnel'],
    ['2001::1', 'Teredo tunnel'],
    ['2001:2::1', 'special-purpose'],
    ['not-an-ip', 'invalid'],
  ])('refuses %s as %s', (ip, reason) => {
    expect(refusedAddress(ip)).toBe(reason);
  });

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '172.32.0.1',
    '11.0.0.1',
    '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8',
  ])('allows the public address %s', (ip) => {
    expect(refusedAddress(ip)).toBeUndefined();
  });
});

describe('parseAllowHosts', () => {
  it('reads comma-separated host:port entries, lowercased, with IPv6 in brackets', () => {
    expect([...parseAllowHosts(' News.Internal.Example:8080 ,127.0.0.1:3000,[::1]:4000,')]).toEqual([
      'news.internal.example:8080',
      '127.0.0.1:3000',
      '[::1]:4000',
    ]);
  });

  it('reads an entry without a port as both default ports', () => {
    expect([...parseAllowHosts('intranet.example')]).toEqual(['intranet.example:80', 'intranet.example:443']);
  });

  it('keeps an explicit default port as that one port', () => {
    expect([...parseAllowHosts('intranet.example:80,other.example:443')]).toEqual(['intranet.example:80', 'other.example:443']);
  });

  it('is empty for an empty list', () => {
    expect(parseAllowHosts('').size).toBe(0);
  });

  it.each(['http://x.example:80', 'x.example:80/path', 'x.example:99999', 'user@x.example:80', '::1:80'])(
    'rejects the entry %s with a message naming it',
    (entry) => {
      expect(() => parseAllowHosts(entry)).toThrow(
        new AllowHostsError(`INGEST_ALLOW_HOSTS: "${entry}" is not a host:port entry such as news.example.org:443 or 127.0.0.1:8080.`),
      );
    },
  );
});

describe('allowHostKey', () => {
  it.each([
    ['http://Example.ORG/a', 'example.org:80'],
    ['https://example.org/a', 'example.org:443'],
    ['http://example.org:443/', 'example.org:443'],
    ['https://example.org:443/', 'example.org:443'],
    ['http://127.0.0.1:8080/x', '127.0.0.1:8080'],
    ['http://[0:0::1]:8080/x', '[::1]:8080'],
  ])('keys %s as %s', (url, key) => {
    expect(allowHostKey(new URL(url))).toBe(key);
  });

  it('matches a URL without a port against an entry with the default port', () => {
    expect(parseAllowHosts('example.org:443').has(allowHostKey(new URL('https://example.org/news')))).toBe(true);
  });
});

describe('URLs that are never fetched', () => {
  const policy = { allowHosts: new Set<string>(), resolve: () => Promise.reject(new Error('no resolving in unit tests')) };
  const failureOf = (url: string) =>
    fetchPage(url, policy).then(
      () => undefined,
      (error: unknown) => (error instanceof FetchError ? [error.reason, error.message] : error),
    );

  it.each([
    ['file:///etc/passwd', 'file:'],
    ['ftp://ftp.example.org/pub/a.html', 'ftp:'],
    ['gopher://gopher.example.org/', 'gopher:'],
    ['data:text/html,<p>hi</p>', 'data:'],
    ['javascript:alert(1)', 'javascript:'],
  ])('refuses %s for its scheme', async (url, scheme) => {
    expect(await failureOf(url)).toEqual(['refused', `${url}: refused: only http and https URLs are fetched, not ${scheme}`]);
  });

  it.each(['not a url', 'http://', 'https://exa mple.org/', 'http://[::1/', '/relative/path'])(
    'refuses the malformed URL %j',
    async (url) => {
      expect(await failureOf(url)).toEqual(['bad-url', `${url}: not a valid URL`]);
    },
  );

  it('refuses a URL with credentials in it', async () => {
    expect(await failureOf('http://user:secret@example.org/')).toEqual([
      'bad-url',
      'http://user:secret@example.org/: URLs with a user name or password are not fetched',
    ]);
  });

  it('refuses an IP literal before resolving anything', async () => {
    expect(await failureOf('http://10.0.0.7/x')).toEqual([
      'refused',
      'http://10.0.0.7/x: refused: 10.0.0.7 is a private address (set INGEST_ALLOW_HOSTS=10.0.0.7:80 to allow it)',
    ]);
  });

  it('refuses a bracketed IPv6 literal and names its allow-list key', async () => {
    expect(await failureOf('https://[::ffff:169.254.169.254]/latest/meta-data/')).toEqual([
      'refused',
      'https://[::ffff:169.254.169.254]/latest/meta-data/: refused: ::ffff:a9fe:a9fe is a link-local address (set INGEST_ALLOW_HOSTS=[::ffff:a9fe:a9fe]:443 to allow it)',
    ]);
  });

  it('refuses a decimal IPv4 host as the address it spells', async () => {
    expect(await failureOf('http://2130706433/')).toEqual([
      'refused',
      'http://2130706433/: refused: 127.0.0.1 is a loopback address (set INGEST_ALLOW_HOSTS=127.0.0.1:80 to allow it)',
    ]);
  });
});
