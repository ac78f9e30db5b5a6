import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';
import { battlegroupReport, COMMANDER, duplicatedPerson, exerciseReport, REPORTER } from './scenario.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(battlegroupReport(), exerciseReport());
});
afterAll(() => api.close());

async function personId(search: string): Promise<string> {
  const result = await api.query<{ people: { edges: { node: { id: string } }[] } }>(
    'query ($s: String) { people(search: $s) { edges { node { id } } } }',
    { s: search },
  );
  expect(result.data?.people.edges).toHaveLength(1);
  return result.data!.people.edges[0]!.node.id;
}

describe('people', () => {
  it('finds a person by part of the name, in any case, with roles, quotes and claims', async () => {
    const result = await api.query<{ people: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(
      '{ people(search: "eriks") { totalCount edges { node { name roles aliases quotes { text } claims { text } } } } }',
    );
    expect(result.data?.people.totalCount).toBe(1);
    expect(result.data?.people.edges[0]?.node).toEqual({
      name: COMMANDER.name,
      roles: COMMANDER.roles,
      aliases: COMMANDER.aliases,
      quotes: [{ text: 'We are ready' }, { text: 'We train every day.' }],
      claims: [{ text: 'The battlegroup has grown to 1,200 troops, Brigadier Lars Eriksen said.' }],
    });
  });

  it('lists the articles an author wrote, newest first', async () => {
    const id = await personId('Raman');
    const result = await api.query<{ person: { articles: { headline: string }[] } }>(
      'query ($id: ID!) { person(id: $id) { articles { headline } } }',
      { id },
    );
    expect(result.data?.person.articles.map((a) => a.headline)).toEqual(['Nordic battlegroup grows', 'Winter exercise ends']);
  });
});

describe('mergePeople', () => {
  it('moves quotes and claims to the person kept and records the other name as an alias', async () => {
    await api.save(duplicatedPerson());
    const [keep, merge] = [await personId('Samuel Ortega'), await personId('Sam Ortega')];
    const result = await api.asEditor<{ mergePeople: unknown }>(
      'mutation ($keep: ID!, $merge: ID!) { mergePeople(keepId: $keep, mergeId: $merge) { person { name roles aliases quotes { text } claims { text } } userErrors { message } } }',
      { keep, merge },
    );
    expect(result.data?.mergePeople).toEqual({
      person: {
        name: 'Samuel Ortega',
        roles: ['Colonel', 'base commander'],
        aliases: ['Sam Ortega'],
        quotes: [{ text: 'It is time' }, { text: 'We leave in June' }],
        claims: [{ text: 'Sam Ortega said the base would close.' }],
      },
      userErrors: [],
    });
    expect(await api.query('query ($id: ID!) { person(id: $id) { name } }', { id: merge })).toEqual({ data: { person: null } });
  });

  it('refuses to merge a person into themselves', async () => {
    const id = await personId(REPORTER);
    const result = await api.asEditor<{ mergePeople: { userErrors: { field: string[] }[] } }>(
      'mutation ($id: ID!) { mergePeople(keepId: $id, mergeId: $id) { userErrors { field } } }',
      { id },
    );
    expect(result.data?.mergePeople.userErrors).toEqual([{ field: ['mergeId'] }]);
  });

  it('is refused to a viewer', async () => {
    const id = await personId(REPORTER);
    const result = await api.server.graphql(
      'mutation ($id: ID!) { mergePeople(keepId: $id, mergeId: $id) { userErrors { field } } }',
      { id },
      { authorization: `Bearer ${api.keys.viewer}` },
    );
    expect(errorCode(result)).toBe('FORBIDDEN');
  });
});
