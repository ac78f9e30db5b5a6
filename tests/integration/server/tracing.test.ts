/**
 * Traces: `npm start` with OTEL_EXPORTER_OTLP_ENDPOINT pointing at an OTLP/HTTP receiver this
 * test runs on 127.0.0.1. One GraphQL request gives one trace: the HTTP server span (with the
 * request id) over GraphQL parse, validate and execute, and Postgres statements under execute.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, exitOf, spawnCli, waitForOutput } from '../../helpers/cli.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';
import { freePort } from '../../helpers/ports.ts';

interface Span {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
}

let db: MigratedTestDatabase;
let receiver: http.Server;
let service: ReturnType<typeof spawnCli>;
let url: string;
const spans: Span[] = [];

beforeAll(async () => {
  db = await createMigratedDatabase();
  receiver = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.url === '/v1/traces') {
        const sent = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: Span[] }[] }[] };
        for (const resource of sent.resourceSpans) for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const port = await freePort();
  service = spawnCli(
    'src/cli/start.ts',
    [],
    cleanEnv({
      DATABASE_URL: db.url,
      PORT: String(port),
      SEED_ON_START: 'false',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '100',
    }),
  );
  await waitForOutput(service, /ready at/);
  url = `http://127.0.0.1:${port}/graphql`;
}, 60_000);

afterAll(async () => {
  service?.kill('SIGTERM');
  if (service) await exitOf(service);
  await new Promise((resolve) => receiver?.close(resolve));
  await db?.drop();
});

const attribute = (span: Span | undefined, key: string) => {
  const value = span?.attributes.find((a) => a.key === key)?.value;
  return value ? Object.values(value)[0] : undefined;
};

async function traceOf(requestId: string): Promise<Span[]> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const root = spans.find((s) => attribute(s, 'http.request.id') === requestId);
    const trace = root ? spans.filter((s) => s.traceId === root.traceId) : [];
    if (trace.some((s) => s.name.startsWith('pg.query'))) return trace;
  }
  throw new Error(`no complete trace for request ${requestId} among ${spans.length} spans`);
}

describe('traces', () => {
  it('give one request one trace: HTTP → GraphQL parse, validate, execute → Postgres statements', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Traced { articles(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    const trace = await traceOf(response.headers.get('x-request-id') ?? '');
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    const ancestors = (span: Span): string[] => {
      const names: string[] = [];
      for (let parent = byId.get(span.parentSpanId ?? ''); parent; parent = byId.get(parent.parentSpanId ?? '')) names.push(parent.name);
      return names;
    };
    const root = trace.find((s) => !s.parentSpanId || !byId.has(s.parentSpanId));
    const named = (prefix: string) => trace.filter((s) => s.name.startsWith(prefix));
    expect(root?.kind).toBe(2); // SERVER
    expect(attribute(root, 'http.request.id')).toBe(response.headers.get('x-request-id'));
    expect(trace.filter((s) => s !== root).every((s) => byId.has(s.parentSpanId ?? ''))).toBe(true);
    expect(
      ['graphql.parse', 'graphql.validate', 'graphql.execute'].map(
        (name) => named(name).length > 0 && ancestors(named(name)[0] as Span).includes(root?.name ?? '?'),
      ),
    ).toEqual([true, true, true]);
    expect(named('pg.query').length).toBeGreaterThan(0);
    expect(named('pg.query').some((s) => ancestors(s).includes('graphql.execute'))).toBe(true);
    expect(attribute(named('graphql.execute')[0], 'graphql.operation.name')).toBe('Traced');
  });

  it('leaves health probes untraced', async () => {
    const before = spans.length;
    await fetch(url.replace('/graphql', '/healthz'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(
      spans.slice(before).filter((s) => {
        const target = attribute(s, 'url.path') ?? attribute(s, 'http.target');
        return typeof target === 'string' && target.includes('healthz');
      }),
    ).toEqual([]);
  });
});
