/**
 * A minimal typed GraphQL client: send a generated document, get its result type back.
 *
 * Each document goes by its hash first (automatic persisted queries): a service that lists
 * the team's documents (TRUSTED_DOCUMENTS) runs only those, and knows them by hash. A service
 * that has not seen the document answers PERSISTED_QUERY_NOT_FOUND; the client then sends it whole.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

type Body<Result> = { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };

async function post<Result>(endpoint: string, payload: unknown): Promise<{ status: number; body: Body<Result> }> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: (await response.json()) as Body<Result> };
}

export async function request<Result, Variables>(
  endpoint: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash?.replace(/^sha256:/, '');
  let answer = hash
    ? await post<Result>(endpoint, { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })
    : undefined;
  if (!answer || answer.body.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND'))
    answer = await post<Result>(endpoint, { query: print(document), variables });
  const { status, body } = answer;
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${status}`);
  return body.data;
}
