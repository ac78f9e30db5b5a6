/**
 * The HTTP server: Fastify with Apollo Server 5 at /graphql (Playground for browsers), the
 * Playground's own assets, and the health routes.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';
import type { PrismaClient } from '../db/client.ts';
import { createContext, type GraphQLContext } from '../graphql/context.ts';
import { authenticate } from '../graphql/auth/authenticate.ts';
import { unauthenticated } from '../graphql/common/errors.ts';
import { buildSchema } from '../graphql/schema.ts';
import { DEFAULT_PUBLISHER } from '../config.ts';
import type { Logger } from '../logger.ts';
import { registerClaimReviewRoute } from './claimReview.ts';
import { registerHealthRoutes } from './health.ts';
import { jitGateway } from './jitExecutor.ts';
import { playgroundHtml, registerPlaygroundAssets, wantsPlayground } from './playground.ts';
import { playgroundTabs } from './playgroundTabs.ts';

export interface AppOptions {
  prisma: PrismaClient;
  log: Logger;
  /** Serve GraphQL Playground at GET /graphql and /playground. Default true. */
  playground?: boolean;
  /** Refuse anonymous reads (every request needs an API key). Default false. */
  requireKeyForReads?: boolean;
  /** The organisation named as the author of exported ClaimReviews. */
  publisher?: string;
}

export async function buildApp({ prisma, log, playground = true, requireKeyForReads = false, publisher = DEFAULT_PUBLISHER }: AppOptions): Promise<FastifyInstance> {
  // Per-request access logs only at debug level: at info they would drown the terminal.
  const httpLog = log.child({}, { level: log.isLevelEnabled('debug') ? log.level : 'warn' });
  const app = Fastify({ loggerInstance: httpLog as FastifyBaseLogger, bodyLimit: 1_048_576 });
  const apollo = new ApolloServer<GraphQLContext>({
    gateway: jitGateway(buildSchema()),
    includeStacktraceInErrorResponses: false,
    formatError: (formatted) => hideInternals(formatted, log),
    plugins: [
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching hints are set; the default plugin would still hook every field.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  const graphql = fastifyApolloHandler(apollo, {
    context: async (request) => {
      const caller = await authenticate(prisma, request.headers.authorization);
      if (requireKeyForReads && !caller) throw unauthenticated('This API needs an API key (Authorization: Bearer <key>).');
      return createContext(prisma, caller);
    },
  });
  app.route({ url: '/graphql', method: ['POST', 'OPTIONS'], handler: graphql });
  if (playground) {
    const page = playgroundHtml('/graphql', playgroundTabs);
    registerPlaygroundAssets(app);
    app.get('/playground', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
    app.get<{ Reply: string }>('/graphql', async function (request, reply) {
      if (wantsPlayground(request.headers.accept, request.query as Record<string, unknown>)) {
        return reply.type('text/html; charset=utf-8').send(page);
      }
      return graphql.call(this, request, reply);
    });
  } else {
    app.get('/graphql', graphql);
  }
  registerHealthRoutes(app, prisma);
  registerClaimReviewRoute(app, prisma, publisher);
  return app;
}

/** Clients see what they can act on; internals (SQL, Prisma messages) stay in the log. */
function hideInternals(formatted: GraphQLFormattedError, log: Logger): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  log.error({ err: formatted }, 'unexpected GraphQL error');
  return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
