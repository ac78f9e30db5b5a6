/**
 * The real HTTP server (Fastify + Apollo) on an ephemeral port, for tests that talk
 * GraphQL over HTTP.
 */
import { Writable } from 'node:stream';
import type { PrismaClient } from '../../src/db/client.ts';
import { createLogger } from '../../src/logger.ts';
import { buildApp, type AppOptions } from '../../src/server/app.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  baseUrl: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startTestServer(prisma: PrismaClient, options: Partial<AppOptions> = {}): Promise<TestServer> {
  const app = await buildApp({ prisma, log: createLogger('silent'), ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    baseUrl,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    close: () => app.close(),
  };
}

export interface LoggedServer {
  /** URL of the GraphQL endpoint. */
  url: string;
  /** Every line the server logged so far (pino JSON). */
  lines: string[];
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** The real server with its log captured in memory, for tests about what gets logged. */
export async function startLoggedServer(prisma: PrismaClient, level: string, options: Partial<AppOptions> = {}): Promise<LoggedServer> {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
  const app = await buildApp({ prisma, log: createLogger(level, sink), playground: false, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/graphql`;
  return {
    url,
    lines,
    post: (body, headers = {}) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: () => app.close(),
  };
}
