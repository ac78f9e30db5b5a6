/**
 * Execution by graphql-jit: each distinct document is compiled once into plain JavaScript
 * functions and reused, instead of graphql-js walking the document and schema per request.
 * Apollo Server's only pluggable executor is its gateway interface, so we present a one-schema
 * "gateway"; parsing, validation, plugins, error formatting and the context stay Apollo's.
 * Measured in BENCHMARKS.md.
 */
import type { GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('troop-levels-api');

export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  // By Apollo's parsed document, which its document store hands every request of the same
  // text (no key string to build per request); compiled queries go when their document does.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();
  let announce: GatewaySchemaLoadOrUpdateCallback | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      announce = callback;
      return () => (announce = undefined);
    },
    // The gateway interface returns a promise; loading a local schema is synchronous.
    load() {
      announce?.({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return Promise.resolve({
        executor: async (request) => {
          let byOperation = compiled.get(request.document);
          if (!byOperation) compiled.set(request.document, (byOperation = new Map<string, CompiledQuery>()));
          const operation = request.operationName ?? '';
          let query = byOperation.get(operation);
          if (!query) {
            const result = compileQuery(schema, request.document, request.operationName ?? undefined);
            if (!isCompiledQuery(result)) return result;
            query = result;
            byOperation.set(operation, query);
          }
          // graphql-jit stands in for graphql-js's execute, which the GraphQL instrumentation
          // would have traced: the span is ours (a no-op unless tracing is on).
          const run = query;
          const attributes = {
            'graphql.operation.name': request.operationName ?? '',
            'graphql.operation.type': request.operation.operation,
          };
          return tracer.startActiveSpan('graphql.execute', { attributes }, async (span) => {
            try {
              return withUpstreamErrors(await run.query(undefined, request.context, request.request.variables ?? {}));
            } finally {
              span.end();
            }
          });
        },
      });
    },
    async stop() {},
  };
}

/**
 * graphql-jit reports a resolver's failure with its own error class, which has no
 * `extensions` unless the thrown error had some; Apollo's error formatting needs them (it
 * would answer a bare "Internal server error" and skip formatError). Rebuild such errors as
 * graphql-js errors carrying the same message, path, locations and original error.
 */
function withUpstreamErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((error) => !error.extensions)) return result;
  const errors = result.errors.map((error) => {
    if (error.extensions) return error;
    const rebuilt = new GraphQLError(error.message, {
      path: error.path,
      ...(error.originalError ? { originalError: error.originalError } : {}),
    });
    return Object.defineProperty(rebuilt, 'locations', { value: error.locations, enumerable: Boolean(error.locations) });
  });
  return { ...result, errors };
}
