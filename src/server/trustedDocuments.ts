/**
 * Trusted documents: the operations the team's own clients send, listed by GraphQL Code
 * Generator's persisted-documents output (examples/client/src/gql/persisted-documents.json,
 * sha256 of each document). Clients send a listed operation by its hash alone, through Apollo's
 * automatic persisted queries (APQ), which find it here. With TRUSTED_DOCUMENTS=true nothing
 * else runs, except for an editor's or admin's key (Playground); otherwise APQ works as usual
 * for every client, listed documents included.
 */
import { promises as fs } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../graphql/context.ts';

export interface TrustedDocuments {
  /** sha256 (hex) → the document. */
  documents: ReadonlyMap<string, string>;
  /** Refuse every other document (but an editor's). */
  enforce: boolean;
}

/** The manifest codegen writes: `{ "sha256:<hex>": "<document>" }`. */
export async function loadTrustedDocuments(file: string): Promise<Map<string, string>> {
  const manifest = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
  const documents = new Map<string, string>();
  for (const [key, document] of Object.entries(manifest)) {
    if (typeof document !== 'string' || !/^(?:sha256:)?[0-9a-f]{64}$/.test(key))
      throw new Error(`${file}: "${key}" is not a sha256 hash of a document.`);
    documents.set(key.replace(/^sha256:/, ''), document);
  }
  return documents;
}

/**
 * APQ's store with the listed documents always in it. Enforcing, nothing new is registered: an
 * unlisted document would never run anyway.
 */
export function persistedQueryCache({ documents, enforce }: TrustedDocuments): KeyValueCache<string> {
  const registered = new InMemoryLRUCache<string>();
  const hashOf = (key: string) => key.replace(/^apq:/, '');
  return {
    get: async (key) => documents.get(hashOf(key)) ?? registered.get(key),
    set: async (key: string, value: string, options?: KeyValueCacheSetOptions) => {
      if (!enforce && !documents.has(hashOf(key))) await registered.set(key, value, options);
    },
    delete: (key) => registered.delete(key),
  };
}

/** Enforcing: a document off the list is refused before it runs, unless an editor sent it. */
export function trustedDocumentsPlugin({ documents, enforce }: TrustedDocuments): ApolloServerPlugin<GraphQLContext> {
  return {
    // Apollo's hooks return promises; the check is synchronous.
    requestDidStart() {
      if (!enforce) return Promise.resolve();
      return Promise.resolve({
        didResolveOperation({ queryHash, contextValue }) {
          if (documents.has(queryHash) || contextValue.caller?.role === 'EDITOR' || contextValue.caller?.role === 'ADMIN') {
            return Promise.resolve();
          }
          return Promise.reject(
            new GraphQLError(
              'This service runs only its trusted documents: send a listed operation by its hash (extensions.persistedQuery.sha256Hash), or use an editor key.',
              { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } } },
            ),
          );
        },
      });
    },
  };
}
