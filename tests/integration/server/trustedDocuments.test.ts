/**
 * Trusted documents and persisted queries on the real server: the example client's operations
 * listed by codegen's manifest, run by hash; anything else refused when TRUSTED_DOCUMENTS is on
 * (but for an editor), and plain APQ when it is off.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.ts';
import { loadTrustedDocuments } from '../../../src/server/trustedDocuments.ts';
import { summarize } from '../../../examples/client/src/main.ts';
import { kuwaitReport, laterKuwaitCount } from '../../../examples/client/src/scenario.ts';
import { startTestApiWith, type TestApi } from '../../helpers/api.ts';

let enforcing: TestApi;
let open: TestApi;
let documents: Map<string, string>;

beforeAll(async () => {
  documents = await loadTrustedDocuments(path.join(projectRoot, 'examples', 'client', 'src', 'gql', 'persisted-documents.json'));
  enforcing = await startTestApiWith({ trustedDocuments: { documents, enforce: true } }, kuwaitReport(), laterKuwaitCount());
  open = await startTestApiWith({ trustedDocuments: { documents, enforce: false } });
});
afterAll(async () => {
  await enforcing.close();
  await open.close();
});

const UNLISTED = '{ articles { totalCount } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const post = async (api: TestApi, payload: unknown, key?: string) => {
  const response = await fetch(`${api.server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(payload),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, data: body.data ?? null, code: body.errors?.[0]?.extensions?.code };
};
const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

describe('TRUSTED_DOCUMENTS=true', () => {
  it("lists the example client's two operations", () => {
    expect(documents.size).toBe(2);
  });

  it('runs the example client, which sends its operations by hash', async () => {
    const lines = await summarize(`${enforcing.server.baseUrl}/graphql`, { slug: enforcing.saved[0]!.slug, location: 'Kuwait' });
    expect(lines).toEqual([
      'US to trim its force in Kuwait (2021-07-01T06:00:00.000Z) by Omar Haddad',
      '  CURRENT EXACT 13500 in Kuwait',
      '  TARGET EXACT 10000 in Kuwait',
      'Kuwait timeline: 3 figures',
    ]);
  });

  it('refuses an unlisted document with PERSISTED_QUERY_NOT_FOUND and runs nothing', async () => {
    expect(await post(enforcing, { query: UNLISTED })).toEqual({ status: 400, data: null, code: 'PERSISTED_QUERY_NOT_FOUND' });
  });

  it('refuses an unlisted document sent with its hash: nothing new can be registered', async () => {
    expect((await post(enforcing, { query: UNLISTED, ...byHash(sha256(UNLISTED)) })).code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(enforcing, byHash(sha256(UNLISTED)))).code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('runs any document for an editor (Playground) but not for a viewer', async () => {
    const [editor, viewer] = [
      await post(enforcing, { query: UNLISTED }, enforcing.keys.editor),
      await post(enforcing, { query: UNLISTED }, enforcing.keys.viewer),
    ];
    expect([editor.data, viewer.code]).toEqual([{ articles: { totalCount: 2 } }, 'PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('TRUSTED_DOCUMENTS=false', () => {
  it('runs any document, and listed ones by hash', async () => {
    const [hash] = [...documents.keys()];
    const [plain, listed] = [
      await post(open, { query: UNLISTED }),
      await post(open, { ...byHash(hash as string), variables: { slug: 'none' } }),
    ];
    expect([plain.data, listed.data, listed.code]).toEqual([{ articles: { totalCount: 0 } }, { article: null }, undefined]);
  });

  it("keeps Apollo's automatic persisted queries: an unknown hash is asked for, then registered", async () => {
    const query = '{ __typename }';
    expect((await post(open, byHash(sha256(query)))).code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(open, { query, ...byHash(sha256(query)) })).data).toEqual({ __typename: 'Query' });
    expect((await post(open, byHash(sha256(query)))).data).toEqual({ __typename: 'Query' });
  });
});
