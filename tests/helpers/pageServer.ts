/**
 * Web servers on loopback for tests of fetching: routes by path, every accepted connection
 * counted (so a test can prove a refusal happened before anything connected), and the
 * team's fixture pages (tests/fixtures/pages) served as a news site would serve them.
 */
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { projectRoot } from '../../src/config.ts';
import type { ResolvedAddress } from '../../src/fetch/index.ts';

/** Words of the fixture pages' furniture (cookie banner, share bar, related list, comments, footer): never in an article's text. */
export const FIXTURE_FURNITURE = [
  'Accept all cookies',
  'Share on Facebook',
  'Related stories',
  'Leave a comment',
  'All rights reserved',
  'I served with 300 troops',
];

export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export interface FixtureServer {
  port: number;
  origin: string;
  /** host:port, as INGEST_ALLOW_HOSTS lists it. */
  hostPort: string;
  connections: number;
  /** Request headers by path, as the server saw them. */
  seen: Map<string, http.IncomingHttpHeaders>;
  close(): Promise<void>;
}

export async function startServer(host: string, routes: Record<string, Route>): Promise<FixtureServer> {
  const server = http.createServer((request, response) => {
    const at = request.url ?? '/';
    fixture.seen.set(at, request.headers);
    const route = routes[at];
    if (route) return route(request, response);
    response.writeHead(404, { 'content-type': 'text/html' }).end('<p>no such page</p>');
  });
  server.on('connection', () => fixture.connections++);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const hostPort = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const fixture: FixtureServer = {
    port,
    hostPort,
    origin: `http://${hostPort}`,
    connections: 0,
    seen: new Map(),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return fixture;
}

export const html =
  (body: string | Buffer, contentType = 'text/html; charset=utf-8'): Route =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': contentType }).end(body);
  };
export const redirect =
  (location: () => string, status = 302): Route =>
  (_request, response) => {
    response.writeHead(status, { location: location() }).end();
  };
export const status =
  (code: number): Route =>
  (_request, response) => {
    response.writeHead(code, { 'content-type': 'text/html' }).end(`<p>${code}</p>`);
  };

/** A resolver that knows only the names it is given (no DNS query leaves the machine), and logs what it was asked. */
export function fakeResolver(names: Record<string, string[]>) {
  const asked: string[] = [];
  const resolve = (host: string): Promise<ResolvedAddress[]> => {
    asked.push(host);
    const addresses = names[host];
    if (!addresses) return Promise.reject(Object.assign(new Error(`${host} is not in the test's resolver`), { code: 'ENOTFOUND' }));
    return Promise.resolve(addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  };
  return { resolve, asked };
}

export const PAGES_DIR = path.join(projectRoot, 'tests', 'fixtures', 'pages');

/** The Content-Type a site sends with each fixture (the Latin-1 page names its charset only here). */
const CONTENT_TYPES: Record<string, string> = {
  'latin1-header-only.html': 'text/html; charset=iso-8859-1',
  'windows-1252.html': 'text/html',
  'feed-rss.xml': 'application/rss+xml; charset=utf-8',
  'feed-atom.xml': 'application/atom+xml; charset=utf-8',
  'not-a-feed.xml': 'application/xml',
};

/** A fixture file's bytes as served from `origin`: feeds' {{BASE}} becomes the server's origin. */
async function fixturePage(name: string, origin: string): Promise<Buffer> {
  const bytes = await fs.readFile(path.join(PAGES_DIR, name));
  return name.endsWith('.xml') ? Buffer.from(bytes.toString('utf8').replaceAll('{{BASE}}', origin)) : bytes;
}

/** Every fixture page and feed at /<file name>, plus any extra routes. */
export async function startPageServer(extra: Record<string, Route> = {}): Promise<FixtureServer> {
  const names = await fs.readdir(PAGES_DIR);
  const routes: Record<string, Route> = { ...extra };
  const server = await startServer('127.0.0.1', routes);
  for (const name of names.filter((n) => /\.(html|xml)$/.test(n))) {
    const body = await fixturePage(name, server.origin);
    routes[`/${name}`] = html(body, CONTENT_TYPES[name] ?? 'text/html; charset=utf-8');
  }
  return server;
}
