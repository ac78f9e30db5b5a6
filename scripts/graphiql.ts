/**
 * GraphiQL, bundled for the service to serve itself at /graphiql (no CDN): the app and
 * Monaco's three workers (editor, JSON, GraphQL) as ES modules, its CSS and fonts, written to
 * src/server/graphiql/generated/. Run by postinstall and prebuild; never edited by hand.
 */
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { projectRoot } from '../src/config.ts';

const outdir = path.join(projectRoot, 'src', 'server', 'graphiql', 'generated');
// monaco-graphql sits under @graphiql/react, whose workers it is.
const fromReact = createRequire(createRequire(import.meta.url).resolve('@graphiql/react/package.json'));

await fs.rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    app: path.join(projectRoot, 'src', 'server', 'graphiql', 'app.mjs'),
    'editor.worker': fromReact.resolve('monaco-editor/esm/vs/editor/editor.worker.js'),
    'json.worker': fromReact.resolve('monaco-editor/esm/vs/language/json/json.worker.js'),
    'graphql.worker': fromReact.resolve('monaco-graphql/esm/graphql.worker.js'),
  },
  outdir,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
  assetNames: '[name]',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
console.log(`graphiql: ${(await fs.readdir(outdir)).join(', ')}`);
