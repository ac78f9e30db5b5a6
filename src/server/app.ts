/**
 * The HTTP server: Fastify with Apollo Server 5 at /graphql and the health routes.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';
import type { PrismaClient } from '../db/client.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { buildSchema } from '../graphql/schema.ts';
import type { Logger } from '../logger.ts';
import { registerHealthRoutes } from './health.ts';

export interface AppOptions {
  prisma: PrismaClient;
  log: Logger;
}

export async function buildApp({ prisma, log }: AppOptions): Promise<FastifyInstance> {
  // Per-request access logs only at debug level: at info they would drown the terminal.
  const httpLog = log.child({}, { level: log.isLevelEnabled('debug') ? log.level : 'warn' });
  const app = Fastify({ loggerInstance: httpLog as FastifyBaseLogger, bodyLimit: 1_048_576 });
  const apollo = new ApolloServer<GraphQLContext>({
    schema: buildSchema(),
    includeStacktraceInErrorResponses: false,
    formatError: (formatted) => hideInternals(formatted, log),
    plugins: [fastifyApolloDrainPlugin(app), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  await app.register(fastifyApollo(apollo), { context: async () => ({ prisma }) });
  registerHealthRoutes(app, prisma);
  return app;
}

/** Clients see what they can act on; internals (SQL, Prisma messages) stay in the log. */
function hideInternals(formatted: GraphQLFormattedError, log: Logger): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  log.error({ err: formatted }, 'unexpected GraphQL error');
  return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
