/**
 * OpenTelemetry traces, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (the standard variable;
 * OTEL_SERVICE_NAME and the other OTEL_* settings apply too). One trace per HTTP request: the
 * server span (with the request id), GraphQL parse and validate, execution, and each Postgres
 * statement, from the maintained instrumentations, sent over OTLP/HTTP.
 *
 * Instrumentations patch modules as they load, so this runs before anything imports pg or
 * graphql: src/cli/start.ts imports the server only after startTracing() has returned.
 */
import { register } from 'node:module';

/** Starts tracing; the function it returns flushes the spans still buffered and stops. */
export async function startTracing(): Promise<() => Promise<void>> {
  // ES modules are patched through import-in-the-middle's loader hook.
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const [
    { NodeTracerProvider, BatchSpanProcessor },
    { OTLPTraceExporter },
    { registerInstrumentations },
    { HttpInstrumentation },
    { GraphQLInstrumentation },
    { PgInstrumentation },
    { resourceFromAttributes },
  ] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/instrumentation'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-graphql'),
    import('@opentelemetry/instrumentation-pg'),
    import('@opentelemetry/resources'),
  ]);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME ?? 'troop-levels-api' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // Health probes and scrapes would drown the requests worth reading.
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => /^\/(healthz|readyz|metrics)\b/.test(request.url ?? '') }),
      // A span per resolver is thousands per article page: on only when asked for.
      new GraphQLInstrumentation({ ignoreResolveSpans: process.env.OTEL_GRAPHQL_RESOLVER_SPANS !== 'true', mergeItems: true }),
      new PgInstrumentation(),
    ],
  });
  return () => provider.shutdown();
}
