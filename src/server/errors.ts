/**
 * What a client sees when something fails: a code it can act on, never a stack trace, SQL or
 * a Prisma message. Database failures get their own codes (CONFLICT, NOT_FOUND,
 * SERVICE_UNAVAILABLE); anything unexpected is logged with the request id and answered as
 * INTERNAL_SERVER_ERROR carrying that id, so an operator can find the log line.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { databaseFailure, type DatabaseFailure } from '../db/errors.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { formatBytesExactly } from '../ingest/limits.ts';
import type { Logger } from '../logger.ts';
import { MAX_BODY_BYTES } from './limits.ts';

const FAILURES: Record<DatabaseFailure, { code: string; message: string; status: number }> = {
  conflict: { code: 'CONFLICT', message: 'That conflicts with an existing record.', status: 409 },
  'not-found': { code: 'NOT_FOUND', message: 'The record does not exist.', status: 404 },
  unavailable: { code: 'SERVICE_UNAVAILABLE', message: 'The database is unavailable; try again shortly.', status: 503 },
  timeout: { code: 'SERVICE_UNAVAILABLE', message: 'The database took too long to answer; try again shortly.', status: 503 },
};

const INTERNAL = 'INTERNAL_SERVER_ERROR';

/** A database failure as a GraphQL error with its code and HTTP status, if it is one. */
export function databaseError(error: unknown): GraphQLError | undefined {
  const failure = databaseFailure(error);
  if (!failure) return undefined;
  const { code, message, status } = FAILURES[failure];
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/** Apollo's formatError: keeps coded errors, translates database failures, hides the rest. */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code !== INTERNAL && code !== undefined) return withoutStack(formatted);
  const original = originalOf(error);
  const { locations, path } = formatted;
  const where = { ...(locations ? { locations } : {}), ...(path ? { path } : {}) };
  // graphql-jit coerces variables itself, so a variable of the wrong type arrives uncoded.
  if (isRequestError(original, formatted)) return { message: formatted.message, ...where, extensions: { code: 'BAD_USER_INPUT' } };
  const known = databaseError(original);
  if (known) return { message: known.message, ...where, extensions: { code: known.extensions.code } };
  const requestId = formatted.extensions?.requestId;
  return { message: 'Internal server error', ...where, extensions: { code: INTERNAL, ...(requestId ? { requestId } : {}) } };
}

/** GraphQL's own complaint about the request (no resolver ran): its message is for the client. */
function isRequestError(original: unknown, formatted: GraphQLFormattedError): boolean {
  return original instanceof GraphQLError && !formatted.path && !original.originalError;
}

/**
 * Whether an error is a fault on our side worth a log line: something a resolver or library
 * threw (not a GraphQLError we raised on purpose, not the database being away), or GraphQL
 * failing during execution (a field's path is set, e.g. null for a non-null field).
 */
function isUnexpected(error: GraphQLError): boolean {
  const original = originalOf(error);
  if (databaseFailure(original)) return false;
  if (original instanceof GraphQLError) return original.extensions?.code === undefined && Boolean(error.path);
  return true;
}

/** The error a resolver threw, under the GraphQLErrors that wrap it on the way out. */
function originalOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const extensions = { ...formatted.extensions };
  delete extensions.stacktrace;
  return { ...formatted, extensions };
}

/**
 * Logs every unexpected error with the request id, tags it with that id for formatError,
 * and answers 503 when the database is away (load balancers and clients retry on it).
 */
export function errorReportingPlugin(log: Logger): ApolloServerPlugin<GraphQLContext> {
  // Apollo's hooks return promises; the work here is synchronous and keeps no state per
  // request, so every request shares one set of hooks.
  const hooks: GraphQLRequestListener<GraphQLContext> = {
    didEncounterErrors({ errors, contextValue }) {
      for (const error of errors) {
        if (!isUnexpected(error)) continue;
        log.error({ err: originalOf(error), requestId: contextValue.requestId, path: error.path }, 'unexpected error in a GraphQL request');
        error.extensions.requestId = contextValue.requestId;
      }
      return Promise.resolve();
    },
    willSendResponse({ response }) {
      const { body } = response;
      const unavailable = body.kind === 'single' && body.singleResult.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
      if (unavailable) response.http.status = 503;
      return Promise.resolve();
    },
  };
  return { requestDidStart: () => Promise.resolve(hooks) };
}

/** Fastify's own errors (body too large, bad JSON) in the GraphQL error shape. */
export function httpErrorHandler(log: Logger) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const status = error.statusCode ?? 500;
    // Too large a body is the sender's input to fix, like an over-long article text.
    if (status === 413)
      return reply.code(413).send(body(`The request body is over the ${formatBytesExactly(MAX_BODY_BYTES)} limit.`, 'BAD_USER_INPUT'));
    if (status === 429) return reply.code(429).send(body(error.message, 'RATE_LIMITED'));
    if (status < 500) return reply.code(status).send(body(error.message, 'BAD_REQUEST'));
    log.error({ err: error, requestId: request.id }, 'unexpected error in an HTTP request');
    return reply.code(500).send(body('Internal server error', INTERNAL, request.id));
  };
}

const body = (message: string, code: string, requestId?: string) => ({
  errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }],
});
