/**
 * GraphiQL at /graphiql, served entirely by this service: the page, and the bundle that
 * scripts/graphiql.ts builds into ./generated (app, Monaco's workers, CSS, font). No CDN, so it
 * works with no internet, beside Playground at /graphql.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

const GRAPHIQL_ASSETS = '/graphiql-assets';

/** What the editor opens with: runs as it is, with ▶. */
export const GRAPHIQL_QUERY = `# The latest articles with their troop-level figures. Ctrl-Enter runs it.
{
  articles(first: 5) {
    totalCount
    edges { node { headline publishedOn troopLevels { count kind location { name } } } }
  }
}
`;

const generated = path.join(import.meta.dirname, 'generated');

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
};

/** Whether the bundle is there (npm install and npm run build write it). */
export const graphiqlBuilt = (): boolean => existsSync(path.join(generated, 'app.js'));

function graphiqlHtml(endpoint: string, query: string): string {
  // JSON inside <script>: escape "<" so no string in it can close the tag.
  const settings = JSON.stringify({ endpoint, query }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Troop levels — GraphiQL</title>
  <link rel="stylesheet" href="${GRAPHIQL_ASSETS}/app.css" />
  <style>html,body,#graphiql{margin:0;height:100%}</style>
</head>
<body>
  <div id="graphiql"></div>
  <script id="graphiql-settings" type="application/json">${settings}</script>
  <script type="module" src="${GRAPHIQL_ASSETS}/app.js"></script>
</body>
</html>`;
}

/** GET /graphiql and its assets: a fixed list read once, so no path from a request reaches the disk. */
export function registerGraphiql(app: FastifyInstance, endpoint: string, query: string): void {
  const assets = new Map<string, { body: Buffer; type: string }>();
  for (const name of readdirSync(generated)) {
    const type = TYPES[path.extname(name)];
    if (type) assets.set(name, { body: readFileSync(path.join(generated, name)), type });
  }
  const page = graphiqlHtml(endpoint, query);
  app.get('/graphiql', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
  app.get<{ Params: { name: string } }>(`${GRAPHIQL_ASSETS}/:name`, async (request, reply) => {
    const asset = assets.get(request.params.name);
    if (!asset) return reply.code(404).send({ error: 'not found' });
    return reply.header('content-type', asset.type).header('cache-control', 'public, max-age=86400').send(asset.body);
  });
}
