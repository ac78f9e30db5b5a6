import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.ts';
import { REQUEST_LIMITS } from '../../../src/server/limits.ts';
import { playgroundTabs } from '../../../src/server/playgroundTabs.ts';
import { startTestApi, type TestApi } from '../../helpers/api.ts';
import { aReport } from '../../helpers/reports.ts';

let api: TestApi;

beforeAll(async () => {
  // One ordinary article, so that the deep selections below resolve real rows.
  api = await startTestApi(aReport());
});

afterAll(async () => {
  await api.close();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    json: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

/** A selection `depth` fields deep: articles → edges → node → claims → article → claims → … */
function nested(depth: number): string {
  const fields = Array.from({ length: depth - 1 }, (_, i) => ['articles(first: 1)', 'edges', 'node'][i] ?? (i % 2 ? 'claims' : 'article'));
  return `{ ${fields.map((f) => `${f} {`).join(' ')} id ${'}'.repeat(fields.length)} }`;
}

describe('request limits', () => {
  it(`accepts a selection ${REQUEST_LIMITS.depth} fields deep`, async () => {
    const { status, json } = await post({ query: nested(REQUEST_LIMITS.depth) });
    expect(json.errors).toBeUndefined();
    expect(status).toBe(200);
  });

  it(`refuses a selection ${REQUEST_LIMITS.depth + 1} fields deep as a validation failure`, async () => {
    const { status, json } = await post({ query: nested(REQUEST_LIMITS.depth + 1) });
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(json.errors?.[0]?.message).toMatch(/depth/i);
  });

  it(`accepts ${REQUEST_LIMITS.aliases} aliases and refuses ${REQUEST_LIMITS.aliases + 1}`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: articles { totalCount }`).join(' ')} }`;
    expect((await post({ query: aliases(REQUEST_LIMITS.aliases) })).json.errors).toBeUndefined();
    const refused = await post({ query: aliases(REQUEST_LIMITS.aliases + 1) });
    expect(refused.json.errors?.[0]?.message).toMatch(/aliases/i);
    expect(refused.status).toBe(400);
  });

  it(`refuses a document of more than ${REQUEST_LIMITS.tokens} tokens before validating it`, async () => {
    const query = `{ ${'__typename '.repeat(REQUEST_LIMITS.tokens)} }`;
    const { status, json } = await post({ query });
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(json.errors?.[0]?.message).toMatch(/contains more th.. 2000 tokens/i);
  });

  it(`refuses more than ${REQUEST_LIMITS.directives} directives`, async () => {
    const query = `{ articles { totalCount ${'@include(if: true) '.repeat(REQUEST_LIMITS.directives + 1)} } }`;
    const { status, json } = await post({ query });
    expect(status).toBe(400);
    expect(json.errors?.[0]?.message).toMatch(/directives/i);
  });

  it('refuses a document whose cost is over the limit even within depth and alias limits', async () => {
    const wide = 'id headline slug publishedAt standfirst text sourceUrl';
    const node = `node { ${wide} claims { id text kind status article { ${wide} quotes { id text } claims { id text } } } }`;
    const query = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: articles(first: 100) { edges { ${node} } }`).join(' ')} }`;
    const { status, json } = await post({ query });
    expect(status).toBe(400);
    expect(json.errors?.map((e) => e.message)).toEqual([expect.stringMatching(/cost/i)]);
  });

  it('lets every Playground tab and typed-client operation through the limits', async () => {
    const operations = ['seedArticle.graphql', 'timeline.graphql'].map((file) =>
      readFileSync(path.join(projectRoot, 'examples/client/operations', file), 'utf8'),
    );
    for (const query of [...playgroundTabs.map((tab) => tab.query), ...operations]) {
      const { json } = await post({ query, variables: {} });
      const codes = (json.errors ?? []).map((e) => e.extensions?.code);
      expect(codes.filter((code) => code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED')).toEqual([]);
    }
  });

  it('refuses a page of more than 100 items', async () => {
    const { json } = await post({ query: '{ articles(first: 101) { totalCount } }' });
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a body over 1 MB with 413 and a GraphQL-shaped BAD_USER_INPUT', async () => {
    const { status, json, text } = await post({ query: `{ articles { totalCount } } # ${'x'.repeat(1_100_000)}` });
    expect(status).toBe(413);
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(json.errors?.[0]?.message).toMatch(/1 MB/);
    expect(text).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('answers batched requests with 400 instead of running them', async () => {
    const { status } = await post([{ query: '{ articles { totalCount } }' }, { query: '{ articles { totalCount } }' }]);
    expect(status).toBe(400);
  });
});
