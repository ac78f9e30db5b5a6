// GraphiQL in the browser (bundled by scripts/graphiql.ts with everything it loads, Monaco's
// workers included, so the explorer works with no internet).
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';

const WORKERS = { json: 'json', graphql: 'graphql' };
globalThis.MonacoEnvironment = {
  getWorker: (_id, label) => new Worker(`/graphiql-assets/${WORKERS[label] ?? 'editor'}.worker.js`, { type: 'module' }),
};

const settings = JSON.parse(document.getElementById('graphiql-settings').textContent);
createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, {
    fetcher: createGraphiQLFetcher({ url: settings.endpoint }),
    defaultQuery: settings.query,
    defaultEditorToolsVisibility: true,
  }),
);
