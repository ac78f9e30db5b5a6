/**
 * Rate limits on /graphql (@fastify/rate-limit): a budget per API key, else per client address,
 * per minute, one for reads and a smaller one for writes (mutations, ingestion among them).
 * Over budget: HTTP 429 with Retry-After and a GraphQL error coded RATE_LIMITED.
 *
 * Counts live in this process's memory: N API processes behind a load balancer allow up to N
 * times the budget in all (a shared store, such as Redis, would make them one).
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { Kind, OperationTypeNode, parse } from 'graphql';
import { LRUCache } from 'lru-cache';

export interface RateLimits {
  /** Queries per key (or address) per minute; 0 turns the limit off. */
  readsPerMinute: number;
  /** Mutations per key (or address) per minute; 0 turns the limit off. */
  writesPerMinute: number;
}

/** What isMutation found for recent documents (clients send the same few again and again), at most ~4 MB of them. */
const classified = new LRUCache<string, boolean>({ max: 1_000, maxSize: 4_000_000, sizeCalculation: (_mutation, key) => key.length + 1 });

/** The request's body names a mutation: the operation it asks for, or its only one. */
export function isMutation(body: unknown): boolean {
  const { query, operationName } = (typeof body === 'object' && body !== null ? body : {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string' || !/\bmutation\b/.test(query)) return false;
  const key = `${typeof operationName === 'string' ? operationName : ''}\n${query}`;
  let mutation = classified.get(key);
  if (mutation === undefined) classified.set(key, (mutation = parsesAsMutation(query, operationName)));
  return mutation;
}

function parsesAsMutation(query: string, operationName: unknown): boolean {
  try {
    const operations = parse(query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const chosen = operations.length === 1 ? operations[0] : operations.find((o) => o.name?.value === operationName);
    return chosen?.operation === OperationTypeNode.MUTATION;
  } catch {
    // Not GraphQL: Apollo will refuse it; count it as a read.
    return false;
  }
}

/**
 * A preHandler limiting GraphQL requests; `identify` names who is asking (an API key's id, or
 * undefined for an anonymous caller, who is counted by address). None when both limits are off.
 */
export async function graphqlRateLimit(
  app: FastifyInstance,
  limits: RateLimits,
  identify: (request: FastifyRequest) => Promise<string | undefined>,
): Promise<preHandlerAsyncHookHandler | undefined> {
  if (limits.readsPerMinute === 0 && limits.writesPerMinute === 0) return undefined;
  await app.register(rateLimit, { global: false });
  const limiter = (kind: 'reads' | 'writes', max: number) =>
    max > 0
      ? app.rateLimit({
          max,
          timeWindow: 60_000,
          groupId: kind,
          keyGenerator: async (request) => (await identify(request)) ?? `address:${request.ip}`,
          errorResponseBuilder: (_request, context) =>
            Object.assign(new Error(`Rate limit reached: ${context.max} ${kind} a minute. Retry in ${context.after}.`), {
              statusCode: 429,
              code: 'RATE_LIMITED',
            }),
        })
      : undefined;
  const reads = limiter('reads', limits.readsPerMinute);
  const writes = limiter('writes', limits.writesPerMinute);
  return async function (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
    const limit = request.method === 'POST' && isMutation(request.body) ? writes : reads;
    if (limit) await limit.call(this, request, reply);
  };
}
