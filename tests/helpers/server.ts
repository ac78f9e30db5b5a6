/**
 * The real HTTP server (Fastify + Apollo) on an ephemeral port, for tests that talk
 * GraphQL over HTTP.
 */
import type { PrismaClient } from '../../src/db/client.ts';
import { createLogger } from '../../src/logger.ts';
import { buildApp, type AppOptions } from '../../src/server/app.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  baseUrl: string;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
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
