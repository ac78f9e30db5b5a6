/**
 * `npm start`, and the image's `node dist/src/cli/start.js`. With OTEL_EXPORTER_OTLP_ENDPOINT
 * set, tracing starts first: its instrumentations patch pg, graphql and http as they load, so
 * nothing may load them before (this file imports nothing else up front). Then the service
 * (./serve.ts).
 */
const stopTracing = process.env.OTEL_EXPORTER_OTLP_ENDPOINT ? await (await import('../telemetry.ts')).startTracing() : undefined;
const [{ runCli }, { main }] = await Promise.all([import('./run.ts'), import('./serve.ts')]);
await runCli(() => main(stopTracing));
