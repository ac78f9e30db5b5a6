/**
 * A running API on a fresh database holding the hand-built articles a test file gives it,
 * with API keys of each kind: what the GraphQL integration tests of every domain start from.
 * Nothing here goes through the extractor (see tests/helpers/drafts.ts).
 */
import { createApiKey, revokeApiKey } from '../../src/db/apiKeys.ts';
import { saveArticle, type SaveResult } from '../../src/db/store.ts';
import type { AppOptions } from '../../src/server/app.ts';
import type { ArticleDraft } from '../../src/ingest/types.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from './database.ts';
import { startTestServer, type GraphQLResponse, type TestServer } from './server.ts';

export interface TestApi {
  db: MigratedTestDatabase;
  server: TestServer;
  keys: { editor: string; viewer: string; admin: string; revoked: string };
  /** What saving the drafts given to startTestApi returned, in their order. */
  saved: SaveResult[];
  /** Saves one more hand-built article through the store, as ingestion would. */
  save(draft: ArticleDraft): Promise<SaveResult>;
  /** GraphQL as an editor. */
  asEditor<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** GraphQL with no key. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export function startTestApi(...drafts: ArticleDraft[]): Promise<TestApi> {
  return startTestApiWith({}, ...drafts);
}

/** The same, with server options of the test's own (e.g. what ingestUrl may fetch). */
export async function startTestApiWith(options: Partial<AppOptions>, ...drafts: ArticleDraft[]): Promise<TestApi> {
  const db = await createMigratedDatabase();
  const saved: SaveResult[] = [];
  for (const draft of drafts) saved.push(await saveArticle(db.prisma, draft));
  const [editor, viewer, admin, revoked] = await Promise.all([
    createApiKey(db.prisma, 'test editor', 'EDITOR'),
    createApiKey(db.prisma, 'test viewer', 'VIEWER'),
    createApiKey(db.prisma, 'test admin', 'ADMIN'),
    createApiKey(db.prisma, 'revoked editor', 'EDITOR'),
  ]);
  await revokeApiKey(db.prisma, revoked.key.id);
  const server = await startTestServer(db.prisma, options);
  return {
    db,
    server,
    keys: { editor: editor.secret, viewer: viewer.secret, admin: admin.secret, revoked: revoked.secret },
    saved,
    save: (draft) => saveArticle(db.prisma, draft),
    asEditor: (query, variables) => server.graphql(query, variables, { authorization: `Bearer ${editor.secret}` }),
    query: (query, variables) => server.graphql(query, variables),
    close: async () => {
      await server.close();
      await db.drop();
    },
  };
}

/** The code of the first error of a response. */
export const errorCode = (response: GraphQLResponse<unknown>): unknown => response.errors?.[0]?.extensions?.code;
