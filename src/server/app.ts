/**
 * The HTTP server: Fastify with Apollo Server 5 at /graphql (Playground for browsers), the
 * Playground's own assets, and the health routes.
 */
import { ApolloServer } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import { randomUUID } from 'node:crypto';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import cors from '@fastify/cors';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { PrismaClient } from '../db/client.ts';
import { primaryOnly, type ReadRouting } from '../db/replicas.ts';
import type { FetchPolicy } from '../fetch/index.ts';
import { createContext, type Caller, type GraphQLContext } from '../graphql/context.ts';
import { createMetrics, registerMetricsRoutes } from './metrics.ts';
import { graphqlRateLimit, type RateLimits } from './rateLimits.ts';
import { persistedQueryCache, trustedDocumentsPlugin, type TrustedDocuments } from './trustedDocuments.ts';
import { authenticate } from '../graphql/auth/authenticate.ts';
import { unauthenticated } from '../graphql/common/errors.ts';
import { buildSchema } from '../graphql/schema.ts';
import { DEFAULT_PUBLISHER, DEFAULT_REQUEST_TIMEOUT_MS } from '../config.ts';
import type { Logger } from '../logger.ts';
import { registerClaimReviewRoute } from './claimReview.ts';
import { databaseError, errorReportingPlugin, formatGraphQLError, httpErrorHandler } from './errors.ts';
import { withDeadline } from './deadline.ts';
import { registerHealthRoutes } from './health.ts';
import { readYourWritesPlugin } from './readYourWrites.ts';
import { MAX_BODY_BYTES, requestProtection } from './limits.ts';
import { jitGateway } from './jitExecutor.ts';
import { playgroundHtml, registerPlaygroundAssets, wantsPlayground } from './playground.ts';
import { playgroundTabs } from './playgroundTabs.ts';
import { GRAPHIQL_QUERY, graphiqlBuilt, registerGraphiql } from './graphiql/index.ts';

export interface AppOptions {
  /** The primary's client. */
  prisma: PrismaClient;
  /** Where reads go (openDatabase's, over DATABASE_REPLICA_URLS); default: all on `prisma`. */
  routing?: ReadRouting;
  log: Logger;
  /** Serve GraphQL Playground at GET /graphql and /playground. Default true. */
  playground?: boolean;
  /** Refuse anonymous reads (every request needs an API key). Default false. */
  requireKeyForReads?: boolean;
  /** The organisation named as the author of exported ClaimReviews. */
  publisher?: string;
  /** Schema introspection and field suggestions in errors. Default true. */
  introspection?: boolean;
  /** Origins allowed to call the API from a browser on another site. Default none. */
  corsOrigins?: string[];
  /** A request unanswered after this long gets 503 (ms). Default 10,000. */
  requestTimeoutMs?: number;
  /** What ingestUrl may fetch (INGEST_ALLOW_HOSTS, timeouts). Default: public addresses only. */
  fetchPolicy?: FetchPolicy;
  /** IANA zone of datelines that name none, when a mutation gives none (DEFAULT_TIME_ZONE). Default Europe/London. */
  defaultTimeZone?: string;
  /** Runs a queued ingestion may take (INGEST_MAX_ATTEMPTS). Default 5. */
  ingestMaxAttempts?: number;
  /** Bearer token GET /metrics asks for; none: the metrics are open (bind HOST to a private network). */
  metricsToken?: string;
  /** Requests per key (or address) per minute; default none. */
  rateLimits?: RateLimits;
  /** The team's clients' operations, by hash; `enforce`: nothing else runs (but an editor's). */
  trustedDocuments?: TrustedDocuments;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { prisma, log, playground = true, requireKeyForReads = false, publisher = DEFAULT_PUBLISHER } = options;
  const routing = options.routing ?? primaryOnly(prisma);
  const { introspection = true, corsOrigins = [], requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS } = options;
  // Per-request access logs only at debug level: at info they would drown the terminal.
  // Typed as Fastify's logger interface, so the app is a plain FastifyInstance and not one generic over pino's Logger.
  const httpLog: FastifyBaseLogger = log.child({}, { level: log.isLevelEnabled('debug') ? log.level : 'warn' });
  const app = Fastify({
    loggerInstance: httpLog,
    bodyLimit: MAX_BODY_BYTES,
    genReqId: () => randomUUID(),
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    // The request's trace carries the id the logs and the client see (no-op without tracing).
    trace.getActiveSpan()?.setAttribute('http.request.id', request.id);
    done();
  });
  app.setErrorHandler(httpErrorHandler(log));
  const metrics = createMetrics(prisma);
  const trusted = options.trustedDocuments ?? { documents: new Map(), enforce: false };
  registerMetricsRoutes(app, metrics, options.metricsToken);
  // Without allowed origins the plugin would only run a hook on every request to say no.
  if (corsOrigins.length > 0) await app.register(cors, { origin: corsOrigins });
  const protection = requestProtection();
  const apollo = new ApolloServer<GraphQLContext>({
    gateway: jitGateway(buildSchema()),
    includeStacktraceInErrorResponses: false,
    introspection,
    // "Did you mean …?" would reveal the schema field by field when introspection is off.
    hideSchemaDetailsFromClientErrors: !introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Shutdown is ours (start.ts drains Fastify first); Apollo's own signal handler would cut
    // in-flight requests and re-raise the signal before the pool and Postgres are closed.
    stopOnTerminationSignals: false,
    validationRules: protection.validationRules,
    persistedQueries: { cache: persistedQueryCache(trusted) },
    parseOptions: protection.parseOptions,
    formatError: formatGraphQLError,
    plugins: [
      ...protection.plugins,
      errorReportingPlugin(log),
      metrics.graphqlPlugin,
      trustedDocumentsPlugin(trusted),
      // Without replicas every read is on the primary already: no hooks on every request.
      ...(routing.replicas().length > 0 ? [readYourWritesPlugin(routing)] : []),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching hints are set; the default plugin would still hook every field.
      ApolloServerPluginCacheControlDisabled(),
      // Federation's inline traces are for subgraphs; Apollo would otherwise ask every request.
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
  await apollo.start();
  // Fastify has drained the requests by the time onClose runs; Apollo then only tidies up.
  // (Apollo's Fastify drain plugin does it the other way round and deadlocks in onClose.)
  app.addHook('onClose', async () => apollo.stop());
  // Who is calling is worked out once a request, for the rate limit and the resolvers alike.
  const callers = new WeakMap<FastifyRequest, Promise<Caller | undefined>>();
  const callerOf = (request: FastifyRequest) => {
    let caller = callers.get(request);
    if (!caller) callers.set(request, (caller = authenticate(routing.reader(), request.headers.authorization)));
    return caller;
  };
  const identify = async (request: FastifyRequest) => (await callerOf(request).catch(() => undefined))?.keyId;
  const limit = options.rateLimits ? await graphqlRateLimit(app, options.rateLimits, identify) : undefined;
  const contextOptions = {
    ...(options.fetchPolicy ? { fetchPolicy: options.fetchPolicy } : {}),
    ...(options.defaultTimeZone ? { defaultTimeZone: options.defaultTimeZone } : {}),
    ...(options.ingestMaxAttempts ? { ingestMaxAttempts: options.ingestMaxAttempts } : {}),
    observeIngest: metrics.observeIngest,
  };
  const apolloHandler = fastifyApolloHandler(apollo, {
    context: async (request) => {
      const caller = await callerOf(request).catch((error: unknown) => {
        throw databaseError(error) ?? error;
      });
      if (requireKeyForReads && !caller) throw unauthenticated('This API needs an API key (Authorization: Bearer <key>).');
      return createContext(routing, caller, request.id, contextOptions);
    },
  });
  const graphql = withDeadline(apolloHandler, requestTimeoutMs);
  const preHandler = limit ? [limit] : [];
  app.route({ url: '/graphql', method: ['POST', 'OPTIONS'], preHandler, handler: graphql });
  if (playground) {
    const page = playgroundHtml('/graphql', playgroundTabs);
    registerPlaygroundAssets(app);
    app.get('/playground', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
    // GraphiQL beside Playground when its bundle is built; a browser at / lands in it.
    const explorer = graphiqlBuilt() ? '/graphiql' : '/graphql';
    if (explorer === '/graphiql') registerGraphiql(app, '/graphql', GRAPHIQL_QUERY);
    app.get('/', async (_request, reply) => reply.redirect(explorer, 302));
    app.get<{ Reply: string }>('/graphql', { preHandler }, async function (request, reply) {
      if (wantsPlayground(request.headers.accept, request.query as Record<string, unknown>)) {
        return reply.type('text/html; charset=utf-8').send(page);
      }
      return graphql.call(this, request, reply);
    });
  } else {
    app.get('/graphql', { preHandler }, graphql);
  }
  registerHealthRoutes(app, routing);
  registerClaimReviewRoute(app, prisma, publisher);
  return app;
}
