/**
 * GraphQL Playground, served entirely by this service: the page, and the JS, CSS and favicon
 * that `graphql-playground-react` ships in node_modules. No CDN, no web fonts, so it works
 * with no internet. (Apollo's own landing pages load from a CDN.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

const ASSET_PREFIX = '/playground-assets';

const buildDir = path.join(path.dirname(createRequire(import.meta.url).resolve('graphql-playground-react/package.json')), 'build');

/** The only files served, by public name: a fixed list, so no path from a request reaches the disk. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'middleware.js': { file: 'static/js/middleware.js', type: 'application/javascript; charset=utf-8' },
  'middleware.css': { file: 'static/css/middleware.css', type: 'text/css; charset=utf-8' },
  'favicon.png': { file: 'favicon.png', type: 'image/png' },
};

export interface PlaygroundTab {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export function registerPlaygroundAssets(app: FastifyInstance): void {
  const cache = new Map<string, Buffer>();
  app.get<{ Params: { name: string } }>(`${ASSET_PREFIX}/:name`, async (request, reply) => {
    const asset = ASSETS[request.params.name];
    if (!asset) return reply.code(404).send({ error: 'not found' });
    let body = cache.get(asset.file);
    if (!body) {
      body = readFileSync(path.join(buildDir, asset.file));
      cache.set(asset.file, body);
    }
    return reply.header('content-type', asset.type).header('cache-control', 'public, max-age=86400').send(body);
  });
}

/** True for a browser asking for a page rather than a GraphQL GET request. */
export function wantsPlayground(accept: string | undefined, query: Record<string, unknown>): boolean {
  return (accept ?? '').includes('text/html') && query.query === undefined;
}

export function playgroundHtml(endpoint: string, tabs: PlaygroundTab[]): string {
  const options = {
    endpoint,
    settings: { 'request.credentials': 'same-origin', 'schema.polling.enable': false, 'editor.theme': 'dark' },
    tabs: tabs.map((tab) => ({ endpoint, name: tab.name, query: tab.query, variables: JSON.stringify(tab.variables ?? {}, null, 2) })),
  };
  // JSON inside <script>: escape "<" so no string in it can close the tag.
  const json = JSON.stringify(options).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Troop levels — GraphQL Playground</title>
  <link rel="icon" href="${ASSET_PREFIX}/favicon.png" />
  <link rel="stylesheet" href="${ASSET_PREFIX}/middleware.css" />
  <style>html,body{margin:0;height:100%;background:#172a3a;font-family:system-ui,sans-serif}#root{height:100%}</style>
  <script src="${ASSET_PREFIX}/middleware.js"></script>
</head>
<body>
  <div id="root"></div>
  <script>
    window.addEventListener('load', function () {
      GraphQLPlayground.init(document.getElementById('root'), ${json});
    });
    // Playground's autocomplete leaves a box behind for every list it opened (88 after typing
    // one query): keep only the open one, and none once the editor loses focus.
    new MutationObserver(function () {
      document.querySelectorAll('.CodeMirror-hints-wrapper').forEach(function (box) {
        if (!box.querySelector('.CodeMirror-hints')) box.remove();
      });
    }).observe(document.body, { childList: true });
    document.addEventListener('focusout', function () {
      setTimeout(function () {
        if (document.activeElement && document.activeElement.closest('.CodeMirror')) return;
        document.querySelectorAll('.CodeMirror-hints-wrapper').forEach(function (box) { box.remove(); });
      }, 0);
    });
  </script>
</body>
</html>`;
}
