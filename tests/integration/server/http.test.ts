import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../../src/db/client.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';
import { freePort } from '../../helpers/ports.ts';
import { startTestServer, type TestServer } from '../../helpers/server.ts';

let db: MigratedTestDatabase;
let server: TestServer;

beforeAll(async () => {
  db = await createMigratedDatabase();
  await db.prisma.article.create({
    data: {
      slug: 'troops-2020-09-09',
      headline: 'Troops to leave',
      text: 'Troops to leave\n\nBody.',
      contentHash: 'a'.repeat(64),
      publishedAt: new Date('2020-09-09T16:30:00Z'),
    },
  });
  server = await startTestServer(db.prisma);
});

afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('HTTP server', () => {
  it('answers /healthz while the process is alive', async () => {
    const response = await fetch(`${server.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 when the database is reachable', async () => {
    const response = await fetch(`${server.baseUrl}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('answers /readyz with 503 when the database is unreachable', async () => {
    const unreachable = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${await freePort()}/none`);
    const down = await startTestServer(unreachable);
    try {
      const response = await fetch(`${down.baseUrl}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    } finally {
      await down.close();
      await unreachable.$disconnect();
    }
  });

  it('serves GraphQL at /graphql over HTTP POST', async () => {
    const result = await server.graphql<{ articles: { totalCount: number; edges: { node: { headline: string; publishedAt: string } }[] } }>(
      '{ articles { totalCount edges { node { headline publishedAt } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.articles).toEqual({
      totalCount: 1,
      edges: [{ node: { headline: 'Troops to leave', publishedAt: '2020-09-09T16:30:00.000Z' } }],
    });
  });

  it('finds an article by slug', async () => {
    const result = await server.graphql<{ article: { headline: string } | null }>(
      'query ($slug: String) { article(slug: $slug) { headline } }',
      { slug: 'troops-2020-09-09' },
    );
    expect(result.data?.article).toEqual({ headline: 'Troops to leave' });
  });

  it('serves GraphQL Playground to a browser at /graphql, with only local asset URLs', async () => {
    const response = await fetch(`${server.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<script src="/playground-assets/middleware.js"></script>');
    expect(html).toContain('GraphQLPlayground.init(');
    expect(html.match(/(?:src|href)="[^"]*"/g)).toEqual([
      'href="/playground-assets/favicon.png"',
      'href="/playground-assets/middleware.css"',
      'src="/playground-assets/middleware.js"',
    ]);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("sends a browser opening the service's address to GraphiQL", async () => {
    const response = await fetch(`${server.baseUrl}/`, { redirect: 'manual' });
    expect([response.status, response.headers.get('location')]).toEqual([302, '/graphiql']);
  });

  it('serves GraphiQL at /graphiql with only local asset URLs, and its bundle, workers and font', async () => {
    const html = await (await fetch(`${server.baseUrl}/graphiql`)).text();
    expect(html.match(/(?:src|href)="[^"]*"/g)).toEqual(['href="/graphiql-assets/app.css"', 'src="/graphiql-assets/app.js"']);
    expect(html).not.toMatch(/https?:\/\//);
    const types = await Promise.all(
      ['app.js', 'app.css', 'editor.worker.js', 'json.worker.js', 'graphql.worker.js', 'codicon.ttf', 'nope.js'].map(async (name) => {
        const response = await fetch(`${server.baseUrl}/graphiql-assets/${name}`);
        return `${response.status} ${response.headers.get('content-type')}`;
      }),
    );
    expect(types).toEqual([
      '200 application/javascript; charset=utf-8',
      '200 text/css; charset=utf-8',
      '200 application/javascript; charset=utf-8',
      '200 application/javascript; charset=utf-8',
      '200 application/javascript; charset=utf-8',
      '200 font/ttf',
      '404 application/json; charset=utf-8',
    ]);
  });

  it('serves the Playground bundle, stylesheet and icon from node_modules', async () => {
    const expectations = [
      ['middleware.js', 'application/javascript; charset=utf-8'],
      ['middleware.css', 'text/css; charset=utf-8'],
      ['favicon.png', 'image/png'],
    ];
    for (const [name, type] of expectations) {
      const response = await fetch(`${server.baseUrl}/playground-assets/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(500);
    }
    expect((await fetch(`${server.baseUrl}/playground-assets/..%2Fpackage.json`)).status).toBe(404);
  });

  it('still answers a GraphQL GET request at /graphql', async () => {
    const response = await fetch(`${server.baseUrl}/graphql?query=${encodeURIComponent('{ articles { totalCount } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { articles: { totalCount: 1 } } });
  });

  it('serves no Playground when it is switched off', async () => {
    const closed = await startTestServer(db.prisma, { playground: false });
    try {
      const page = await fetch(`${closed.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('GraphQLPlayground');
      expect((await fetch(`${closed.baseUrl}/playground`)).status).toBe(404);
    } finally {
      await closed.close();
    }
  });
});
