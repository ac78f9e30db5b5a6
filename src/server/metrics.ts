/**
 * Prometheus metrics at GET /metrics (prom-client): GraphQL requests and their latency by
 * operation, errors by code, HTTP responses by route and status, the Postgres pool, ingestion
 * outcomes, and the process itself. Each app has its own registry, so several servers in one
 * process (tests) never share counts.
 *
 * Label values are bounded: operation names are whatever clients send, so past a fixed number
 * of distinct names, new ones count as "other"; routes are Fastify's route patterns, not URLs.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { poolStatsOf, type PrismaClient } from '../db/client.ts';
import { openJobCounts } from '../db/ingestJobs.ts';
import type { GraphQLContext, IngestObserver } from '../graphql/context.ts';

/** Distinct operation names kept as labels; the rest are "other". */
export const MAX_OPERATION_LABELS = 100;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Seconds: from a cached read (a few ms) to an ingest near the request deadline. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface Metrics {
  registry: Registry;
  graphqlPlugin: ApolloServerPlugin<GraphQLContext>;
  observeIngest: IngestObserver;
}

export function createMetrics(prisma: PrismaClient): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL operations executed, by operation name and type.',
    labelNames: ['operation', 'type'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its answer, by operation name and type.',
    labelNames: ['operation', 'type'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL answers, by error code.',
    labelNames: ['code'],
    registers: [registry],
  });
  const ingests = new Counter({
    name: 'ingest_articles_total',
    help: 'Articles ingested through the API, by outcome (new, duplicate, failed).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const ingestLatency = new Histogram({
    name: 'ingest_duration_seconds',
    help: 'Time to ingest one article (fetch, extract, store).',
    labelNames: ['outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  new Gauge({
    name: 'db_pool_connections',
    help: 'The Postgres pool: connections open (total), idle, and requests waiting for one; max is its size.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = poolStatsOf(prisma);
      if (stats) for (const [state, value] of Object.entries(stats)) this.set({ state }, value);
    },
  });
  new Gauge({
    name: 'ingest_jobs_open',
    help: 'The ingest queue backlog: jobs queued (or waiting to retry) and running, over all workers.',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const counts = await openJobCounts(prisma).catch(() => undefined); // Postgres away: /readyz says so
      if (counts) for (const [status, value] of Object.entries(counts)) this.set({ status: status.toLowerCase() }, value);
    },
  });
  for (const outcome of ['new', 'duplicate', 'failed']) ingests.inc({ outcome }, 0);

  const seen = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_LABELS) return 'other';
    seen.add(name);
    return name;
  };

  // Apollo's hooks return promises; counting is synchronous.
  const graphqlPlugin: ApolloServerPlugin<GraphQLContext> = {
    requestDidStart() {
      const started = performance.now();
      let labels = { operation: 'unparsed', type: 'unknown' };
      return Promise.resolve({
        didResolveOperation({ operation, operationName }) {
          labels = { operation: operationLabel(operationName ?? operation?.name?.value), type: operation?.operation ?? 'unknown' };
          return Promise.resolve();
        },
        didEncounterErrors({ errors: found }) {
          for (const error of found) {
            const code = error.extensions?.code;
            errors.inc({ code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR' });
          }
          return Promise.resolve();
        },
        willSendResponse() {
          requests.inc(labels);
          latency.observe(labels, (performance.now() - started) / 1000);
          return Promise.resolve();
        },
      });
    },
  };

  return {
    registry,
    graphqlPlugin,
    observeIngest: (outcome, seconds) => {
      ingests.inc({ outcome });
      ingestLatency.observe({ outcome }, seconds);
    },
  };
}

/**
 * HTTP responses by method, route pattern and status, and GET /metrics, behind a bearer token
 * when one is set (METRICS_TOKEN).
 */
export function registerMetricsRoutes(app: FastifyInstance, metrics: Metrics, token: string | undefined): void {
  const responses = new Counter({
    name: 'http_responses_total',
    help: 'HTTP responses, by method, route and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [metrics.registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    responses.inc({ method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) });
  });
  app.get('/metrics', async (request, reply) => {
    if (token && request.headers.authorization !== `Bearer ${token}`) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .type('text/plain; charset=utf-8')
        .send('The metrics need METRICS_TOKEN: Authorization: Bearer <token>.\n');
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
