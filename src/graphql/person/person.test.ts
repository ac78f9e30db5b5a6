import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function personId(search: string): Promise<string> {
  const result = await api.query<{ people: { edges: { node: { id: string } }[] } }>('query ($s: String) { people(search: $s) { edges { node { id } } } }', { s: search });
  return result.data!.people.edges[0]!.node.id;
}

describe('people', () => {
  it('finds a person by part of the name, with roles, quotes and claims', async () => {
    const result = await api.query<{ people: { totalCount: number; edges: { node: { name: string; roles: string[]; quotes: unknown[]; claims: unknown[] } }[] } }>(
      '{ people(search: "mckenzie") { totalCount edges { node { name roles quotes { text } claims { text } } } } }',
    );
    const person = result.data!.people.edges[0]!.node;
    expect(result.data?.people.totalCount).toBe(1);
    expect(person.name).toBe('Frank McKenzie');
    expect(person.roles.join(' ')).toMatch(/General/);
    expect(person.quotes).toHaveLength(3);
    expect(person.claims.length).toBeGreaterThanOrEqual(1);
  });

  it('lists the articles an author wrote', async () => {
    const id = await personId('Kennedy');
    const result = await api.query<{ person: { articles: { headline: string }[] } }>('query ($id: ID!) { person(id: $id) { articles { headline } } }', { id });
    expect(result.data?.person.articles.map((a) => a.headline)).toEqual(['US to pull almost half its troops from Iraq this month']);
  });
});

describe('mergePeople', () => {
  it('moves quotes and claims to the person kept and records the other name as an alias', async () => {
    const keep = await personId('McKenzie');
    const merge = await personId('Trump');
    const result = await api.asEditor<{ mergePeople: { person: { name: string; aliases: string[]; quotes: { text: string }[] } } }>(
      'mutation ($keep: ID!, $merge: ID!) { mergePeople(keepId: $keep, mergeId: $merge) { person { name aliases quotes { text } } userErrors { message } } }',
      { keep, merge },
    );
    expect(result.data?.mergePeople.person.name).toBe('Frank McKenzie');
    expect(result.data?.mergePeople.person.aliases).toContain('Donald Trump');
    expect(result.data?.mergePeople.person.quotes).toHaveLength(4);
    const gone = await api.query('query ($id: ID!) { person(id: $id) { name } }', { id: merge });
    expect(gone).toEqual({ data: { person: null } });
  });

  it('refuses to merge a person into themselves', async () => {
    const keep = await personId('Kennedy');
    const result = await api.asEditor<{ mergePeople: { userErrors: { field: string[] }[] } }>(
      'mutation ($id: ID!) { mergePeople(keepId: $id, mergeId: $id) { userErrors { field } } }',
      { id: keep },
    );
    expect(result.data?.mergePeople.userErrors).toEqual([{ field: ['mergeId'] }]);
  });

  it('is refused to a viewer', async () => {
    const keep = await personId('Kennedy');
    const result = await api.server.graphql('mutation ($id: ID!) { mergePeople(keepId: $id, mergeId: $id) { userErrors { field } } }', { id: keep }, { authorization: `Bearer ${api.keys.viewer}` });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });
});
