/**
 * Fetching one web page or feed for ingestion, safely: every hop (the URL asked for and each
 * redirect) is checked and pinned by ./target.ts before anything connects, redirects are
 * followed by hand so that can happen, and the whole fetch — resolving, connecting, headers
 * and body — runs under one deadline and one byte cap.
 */
import http from 'node:http';
import { Agent, fetch, type Response } from 'undici';
import { decodeBody } from './charset.ts';
import { formatBytes, MAX_PAGE_BYTES } from '../ingest/limits.ts';
import { FetchError, formatDuration, type FetchFailure } from './errors.ts';
import { mediaTypeOf, mediaTypeRefusal, mediaTypeVerdict, opensAsFeed, type DocumentType } from './mediaTypes.ts';
import {
  checkedAddresses,
  hostOf,
  parseHttpUrl,
  pinnedLookup,
  systemResolver,
  type Fail,
  type ResolvedAddress,
  type Resolver,
} from './target.ts';

export const USER_AGENT = 'troop-levels-news/0.1 (news fact-checking ingest)';

/** The most one fetch may take, redirects included: under the API's own request deadline (REQUEST_TIMEOUT_MS). */
export const DEFAULT_FETCH_TIMEOUT_MS = 8_000;

/** Redirects followed before giving up. */
export const DEFAULT_MAX_REDIRECTS = 5;

export interface FetchPolicy {
  /** `host:port` keys (see parseAllowHosts) that may be fetched whatever their addresses. */
  allowHosts: ReadonlySet<string>;
  /** Host name → addresses; default: the operating system's resolver. Called once per hop. */
  resolve?: Resolver;
  /** Everything, redirects included; default DEFAULT_FETCH_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Each TCP (and TLS) connect; default 5 000. */
  connectTimeoutMs?: number;
  /** Body size after decompression; default MAX_PAGE_BYTES, what ingestion takes. */
  maxBytes?: number;
  /** Default DEFAULT_MAX_REDIRECTS. */
  maxRedirects?: number;
}

export interface FetchedDocument {
  requestedUrl: string;
  /** Where the document was found, after redirects. */
  url: string;
  /** The media type the server sent, lowercase and without parameters ('' when it sent none). */
  contentType: string;
  /** The encoding the text was decoded from, by its WHATWG name ('utf-8', 'windows-1252', …). */
  charset: string;
  text: string;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const ACCEPT: Record<DocumentType, string> = {
  page: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1',
  feed: 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
};

/** An HTML or XHTML page. */
export function fetchPage(url: string, policy: FetchPolicy): Promise<FetchedDocument> {
  return fetchDocument(url, policy, 'page');
}

/** An RSS, Atom or RDF feed (see ./mediaTypes.ts for the Content-Types accepted). */
export function fetchFeed(url: string, policy: FetchPolicy): Promise<FetchedDocument> {
  return fetchDocument(url, policy, 'feed');
}

interface Limits {
  timeoutMs: number;
  connectTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

async function fetchDocument(requestedUrl: string, policy: FetchPolicy, type: DocumentType): Promise<FetchedDocument> {
  const limits: Limits = {
    timeoutMs: policy.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
    connectTimeoutMs: policy.connectTimeoutMs ?? 5_000,
    maxBytes: policy.maxBytes ?? MAX_PAGE_BYTES,
    maxRedirects: policy.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
  };
  let fail = failAt(requestedUrl);
  let url = parseHttpUrl(requestedUrl, fail);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), limits.timeoutMs);
  try {
    const visited = new Set([withoutFragment(url)]);
    for (let redirects = 0; ; redirects++) {
      const addresses = await beforeDeadline(
        checkedAddresses(url, policy.allowHosts, policy.resolve ?? systemResolver, fail),
        deadline.signal,
      );
      const outcome = await fetchHop(url, addresses, { type, limits, signal: deadline.signal, fail });
      if ('document' in outcome) return { requestedUrl, url: url.href, ...outcome.document };
      if (visited.has(withoutFragment(outcome.location))) fail('redirect-loop', `redirect loop (back to ${outcome.location.href})`);
      if (redirects >= limits.maxRedirects) fail('too-many-redirects', `more than ${limits.maxRedirects} redirects`);
      fail = failAt(requestedUrl, outcome.location.href);
      url = parseHttpUrl(outcome.location.href, fail);
      visited.add(withoutFragment(url));
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (deadline.signal.aborted) fail('timeout', `no answer within ${formatDuration(limits.timeoutMs)}`);
    return fail('network', networkDetail(error));
  } finally {
    clearTimeout(timer);
  }
}

interface Hop {
  type: DocumentType;
  limits: Limits;
  signal: AbortSignal;
  fail: Fail;
}

type HopOutcome = { location: URL } | { document: Omit<FetchedDocument, 'requestedUrl' | 'url'> };

/** One request, on its own Agent whose only way to a socket is the pinned lookup; the Agent dies with the hop. */
async function fetchHop(url: URL, addresses: ResolvedAddress[], { type, limits, signal, fail }: Hop): Promise<HopOutcome> {
  const agent = new Agent({ connect: { lookup: pinnedLookup(hostOf(url), addresses), timeout: limits.connectTimeoutMs } });
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        dispatcher: agent,
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: ACCEPT[type] },
      });
    } catch (error) {
      if (signal.aborted) fail('timeout', `no answer within ${formatDuration(limits.timeoutMs)}`);
      return failFor(error, limits, fail);
    }
    const status = `${response.status} ${response.statusText || http.STATUS_CODES[response.status] || ''}`.trim();
    if (REDIRECT_STATUSES.has(response.status)) {
      const location = response.headers.get('location');
      if (!location) return fail('http-status', `the server answered ${status} without saying where to`);
      try {
        return { location: new URL(location, url) };
      } catch {
        return fail('bad-url', `redirected to an invalid URL (${location})`);
      }
    }
    if (response.status < 200 || response.status > 299) fail('http-status', `the server answered ${status}`, response.status);

    const header = response.headers.get('content-type') ?? undefined;
    const mediaType = mediaTypeOf(header);
    const verdict = mediaTypeVerdict(type, mediaType);
    const wrongType: FetchFailure = type === 'page' ? 'not-html' : 'not-feed';
    if (verdict === 'refuse') fail(wrongType, mediaTypeRefusal(type, mediaType, verdict));

    const bytes = await readCapped(response, { type, limits, signal, fail });
    if (verdict === 'sniff' && !opensAsFeed(bytes)) fail(wrongType, mediaTypeRefusal(type, mediaType, verdict));
    const kind = type === 'page' && mediaType === 'text/html' ? 'html' : 'xml';
    const { text, charset } = decodeBody(bytes, header, kind);
    if (text.trim() === '') fail('empty', `the server sent an empty ${type}`);
    return { document: { contentType: mediaType, charset, text } };
  } finally {
    // destroy, not close: a refused or oversized body is still arriving, and must stop now.
    await agent.destroy().catch(() => undefined);
  }
}

/** The body, counted as it streams: past maxBytes the transfer is cancelled at once, not read to the end. */
async function readCapped(response: Response, { type, limits, signal, fail }: Hop): Promise<Uint8Array> {
  const tooLarge = () => fail('too-large', `over the ${formatBytes(limits.maxBytes)} limit for one ${type}`);
  const declared = Number(response.headers.get('content-length'));
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  if (!encoded && declared > limits.maxBytes) tooLarge();
  if (!response.body) return new Uint8Array();
  // undici types the body as ReadableStream<any>; its chunks are bytes.
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBytes) {
        reader.cancel().catch(() => undefined);
        tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (signal.aborted) fail('timeout', `the ${type} did not arrive in full within ${formatDuration(limits.timeoutMs)}`);
    return failFor(error, limits, fail);
  }
  return Buffer.concat(chunks);
}

function failFor(error: unknown, limits: Limits, fail: Fail): never {
  if (codeOf(error) === 'UND_ERR_CONNECT_TIMEOUT') fail('timeout', `could not connect within ${formatDuration(limits.connectTimeoutMs)}`);
  return fail('network', networkDetail(error));
}

const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  UND_ERR_SOCKET: 'the server closed the connection',
};

function networkDetail(error: unknown): string {
  const code = codeOf(error);
  const words = code ? NETWORK_WORDS[code] : undefined;
  if (words) return `${words} (${code})`;
  if (code) return `network error (${code})`;
  const cause = (error as { cause?: unknown }).cause ?? error;
  return `network error (${cause instanceof Error ? cause.message : String(cause)})`;
}

/** undici's fetch wraps what went wrong as `TypeError('fetch failed', { cause })`; the code is down the chain. */
function codeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; current = current.cause, depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** Each hop's errors name the URL asked for and, after a redirect, the hop too. */
function failAt(requestedUrl: string, hop?: string): Fail {
  return (reason, detail, status) => {
    throw new FetchError(reason, requestedUrl, hop ? `redirected to ${hop}: ${detail}` : detail, status);
  };
}

function withoutFragment(url: URL): string {
  return url.href.replace(/#.*$/, '');
}

/** The resolver does not see our signal, so a hung lookup is abandoned here instead. */
function beforeDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new Error('deadline passed'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
