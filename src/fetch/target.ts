/**
 * One hop's target: a URL we are willing to fetch, the addresses its host resolves to (each
 * judged before any connection), and a `lookup` that pins the socket to exactly those
 * addresses, so a second DNS answer (rebinding) can never send it anywhere else.
 */
import { promises as dns } from 'node:dns';
import net from 'node:net';
import { allowHostKey, refusedAddress } from './addresses.ts';
import type { FetchFailure } from './errors.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

/** Throws the FetchError for this hop; every check here reports through it. */
/** `status`: the HTTP status, when the server answered one that refused the page. */
export type Fail = (reason: FetchFailure, detail: string, status?: number) => never;

/** The operating system's resolver (getaddrinfo: /etc/hosts, then DNS), every address, in its order. */
export const systemResolver: Resolver = async (host) => {
  const answers = await dns.lookup(host, { all: true, verbatim: true });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

export function parseHttpUrl(raw: string, fail: Fail): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('bad-url', 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    fail('refused', `refused: only http and https URLs are fetched, not ${url.protocol}`);
  if (url.username || url.password) fail('bad-url', 'URLs with a user name or password are not fetched');
  return url;
}

/** `[::1]` → `::1`: the URL keeps IPv6 literals in brackets; sockets and resolvers do not. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * The addresses to connect to for `url`. An IP literal is its own answer; a name goes to the
 * resolver once. Unless `host:port` is on the allow list, ANY refused address refuses the
 * hop: a name with one public and one private address could otherwise be dialled privately.
 */
export async function checkedAddresses(
  url: URL,
  allowHosts: ReadonlySet<string>,
  resolve: Resolver,
  fail: Fail,
): Promise<ResolvedAddress[]> {
  const host = hostOf(url);
  const literal = net.isIP(host);
  const addresses = literal ? [{ address: host, family: literal as 4 | 6 }] : await resolveName(host, resolve, fail);
  const key = allowHostKey(url);
  if (allowHosts.has(key)) return addresses;
  for (const { address } of addresses) {
    const why = refusedAddress(address);
    if (why === undefined) continue;
    const what = literal ? `${address} is ${withArticle(why)} address` : `${host} resolves to ${address}, ${withArticle(why)} address`;
    fail('refused', `refused: ${what} (set INGEST_ALLOW_HOSTS=${key} to allow it)`);
  }
  return addresses;
}

async function resolveName(host: string, resolve: Resolver, fail: Fail): Promise<ResolvedAddress[]> {
  let answers: ResolvedAddress[];
  try {
    answers = await resolve(host);
  } catch (error) {
    return fail('network', `cannot resolve ${host} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (answers.length === 0) fail('network', `cannot resolve ${host} (no addresses)`);
  // The family comes from the address itself, not from what the resolver claims.
  return answers.map(({ address }) => ({ address, family: net.isIP(address) === 6 ? 6 : 4 }));
}

function withArticle(word: string): string {
  return `${/^(?:[aeio]|u(?!ni))/i.test(word) ? 'an' : 'a'} ${word}`;
}

/**
 * A net `lookup` that answers only for `host`, only with the judged addresses. Node asks with
 * `all: true` (an array of {address, family}) when it tries several addresses (autoSelectFamily),
 * and without it (one address and its family) otherwise.
 */
export function pinnedLookup(host: string, addresses: readonly ResolvedAddress[]): net.LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : (options.family ?? 0);
    const matching = addresses.filter((entry) => family === 0 || entry.family === family);
    const [first] = matching;
    // Answer asynchronously, as dns.lookup does: net attaches its listeners after calling lookup.
    process.nextTick(() => {
      if (hostname !== host || first === undefined) {
        callback(Object.assign(new Error(`no checked address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      } else if (options.all) {
        callback(
          null,
          matching.map(({ address, family: addressFamily }) => ({ address, family: addressFamily })),
        );
      } else {
        callback(null, first.address, first.family);
      }
    });
  };
}
