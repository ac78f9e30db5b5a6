/**
 * Which addresses a fetch may connect to, and which `host:port` entries the operator has
 * allowed anyway (INGEST_ALLOW_HOSTS). Only ordinary public unicast is fetched by default:
 * anything that could reach this machine, its network or a cloud metadata service is refused.
 */
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/** ipaddr.js range names, in the words an error message uses. Unlisted ranges are "special-purpose". */
const RANGE_WORDS: Record<string, string> = {
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  unspecified: 'unspecified',
  carrierGradeNat: 'carrier-grade NAT',
  multicast: 'multicast',
  broadcast: 'broadcast',
  reserved: 'reserved',
  deprecatedSiteLocal: 'site-local',
  '6to4': '6to4 tunnel',
  teredo: 'Teredo tunnel',
  rfc6145: 'IPv4-translated',
  rfc6052: 'NAT64 local-use',
};

/** 64:ff9b::/96, the NAT64 well-known prefix: DNS64 networks hand it out for every IPv4-only site. */
const NAT64_WELL_KNOWN = ipaddr.IPv6.parseCIDR('64:ff9b::/96');
/** 2000::/3: all IPv6 global unicast; ipaddr.js calls anything else outside its special ranges "unicast" too. */
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

/**
 * Why a connection to `ip` is refused ('loopback', 'private', …), or undefined for a public
 * address. IPv4 carried in IPv6 (::ffff:a.b.c.d, 64:ff9b::a.b.c.d) is judged as that IPv4.
 */
export function refusedAddress(ip: string): string | undefined {
  if (!net.isIP(ip.split('%')[0] ?? '')) return 'invalid';
  const address = ipaddr.parse(ip);
  if (address.kind() === 'ipv4') return rangeWords(address.range());
  const v6 = address as ipaddr.IPv6;
  const range = v6.range();
  if (range === 'ipv4Mapped') return refusedAddress(v6.toIPv4Address().toString());
  if (range === 'rfc6052' && v6.match(NAT64_WELL_KNOWN)) return refusedAddress(embeddedIPv4(v6));
  if (range === 'unicast' && !v6.match(GLOBAL_UNICAST_V6)) return 'reserved';
  return rangeWords(range);
}

function rangeWords(range: string): string | undefined {
  return range === 'unicast' ? undefined : (RANGE_WORDS[range] ?? 'special-purpose');
}

function embeddedIPv4(address: ipaddr.IPv6): string {
  const bytes = address.toByteArray().slice(12);
  return bytes.join('.');
}

export class AllowHostsError extends Error {
  override name = 'AllowHostsError';
}

/**
 * INGEST_ALLOW_HOSTS → the set of `host:port` keys that skip the address check. Entries are
 * comma-separated `host:port` (IPv6 in brackets: `[::1]:8080`); an entry without a port
 * allows both default ports (80 and 443). Hosts are normalised as URLs normalise them.
 */
export function parseAllowHosts(list: string): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const entry of list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const url = entryUrl(entry);
    if (url.port) keys.add(`${url.hostname}:${url.port}`);
    else for (const port of explicitPort(entry) ?? ['80', '443']) keys.add(`${url.hostname}:${port}`);
  }
  return keys;
}

function entryUrl(entry: string): URL {
  const refuse = () =>
    new AllowHostsError(`INGEST_ALLOW_HOSTS: "${entry}" is not a host:port entry such as news.example.org:443 or 127.0.0.1:8080.`);
  if (/[/?#@\s\\]/.test(entry)) throw refuse();
  let url: URL;
  try {
    url = new URL(`http://${entry}`);
  } catch {
    throw refuse();
  }
  if (!url.hostname) throw refuse();
  return url;
}

/** `host:80` parses with an empty port (80 is http's default), yet it names exactly one port. */
function explicitPort(entry: string): string[] | undefined {
  const port = /:(\d+)$/.exec(entry)?.[1];
  return port === undefined ? undefined : [String(Number(port))];
}

/** The key a URL is looked up by in the allow set: lowercase host and the port it really uses. */
export function allowHostKey(url: URL): string {
  return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}
