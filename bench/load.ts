/**
 * One measurement: autocannon (programmatic) against one server with one query shape, with
 * the SQL statements Postgres saw meanwhile (pg_stat_statements) and the server's RSS.
 */
import autocannon from 'autocannon';
import type pg from 'pg';
import { countStatements, resetStatements, type Samples } from './database.ts';
import type { BenchRequest, Shape } from './queries.ts';
import { cpuBetween, postgresCpu, type RunningServer } from './servers.ts';

export interface Measurement {
  server: string;
  shape: string;
  round: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  max: number;
  /** Non-2xx answers, socket errors, timeouts and GraphQL `errors` in a 200 answer. */
  errors: number;
  rssMiB: number;
  sqlPerRequest: number;
  /** CPU of the server process per request, ms: steadier than throughput on a shared machine. */
  serverCpuMs: number;
  /** CPU of all Postgres processes per request, ms. */
  postgresCpuMs: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
}

/** A seeded picker, so every server is asked for the same sequence of keys. */
function picker(seed: number): <T>(items: T[]) => T {
  let state = seed >>> 0;
  return <T>(items: T[]): T => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return items[state % items.length] as T;
  };
}

export async function measure(
  server: RunningServer,
  shape: Shape,
  samples: Samples,
  stats: pg.Client,
  options: LoadOptions,
  round: number,
): Promise<Measurement> {
  const pick = picker(round + 1);
  const next = (): BenchRequest => shape.request[server.name](pick, samples);
  let graphqlErrors = 0;
  let peakRss = server.rssMiB();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, server.rssMiB())), 500);
  await resetStatements(stats);
  const cpuBefore = { server: server.cpuMs(), postgres: postgresCpu() };
  const result = await autocannon({
    url: server.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          const { path, body, headers } = next();
          return { ...request, path, body, headers: { ...request.headers, 'content-type': 'application/json', ...headers } };
        },
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
  });
  clearInterval(sampler);
  const cpuAfter = { server: server.cpuMs(), postgres: postgresCpu() };
  const statements = await countStatements(stats);
  const requests = result.requests.total;
  return {
    server: server.name,
    shape: shape.name,
    round,
    requests,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.non2xx + result.errors + result.timeouts + graphqlErrors,
    rssMiB: peakRss,
    sqlPerRequest: requests > 0 ? statements / requests : 0,
    serverCpuMs: requests > 0 ? (cpuAfter.server - cpuBefore.server) / requests : 0,
    postgresCpuMs: requests > 0 ? cpuBetween(cpuBefore.postgres, cpuAfter.postgres) / requests : 0,
  };
}

/** Each server's answer to the same request, reduced by the shape's digest: they must agree. */
export async function checkEquivalence(servers: RunningServer[], shape: Shape, samples: Samples): Promise<void> {
  const digests: string[] = [];
  for (const server of servers) {
    const { path, body, headers } = shape.request[server.name](picker(7), samples);
    const response = await fetch(server.baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const json = (await response.json()) as { data?: unknown; errors?: unknown };
    if (!response.ok || json.errors || !json.data)
      throw new Error(`${server.name} ${shape.name}: ${response.status} ${JSON.stringify(json).slice(0, 500)}`);
    digests.push(JSON.stringify(shape.digest[server.name](json.data)));
  }
  const [first] = digests;
  digests.forEach((digest, i) => {
    if (digest !== first)
      throw new Error(
        `${shape.name}: ${servers[i]?.name} answers differently from ${servers[0]?.name}:\n${first?.slice(0, 600)}\n${digest.slice(0, 600)}`,
      );
  });
}
