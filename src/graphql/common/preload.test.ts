import { parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../schema.ts';
import { selectFor } from './preload.ts';

const schema = buildSchema();

/** The resolve info of the query's first root field, as graphql-js would hand it over. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  return { schema, fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectFor', () => {
  it('reads the columns a query names and nothing else', () => {
    expect(selectFor(infoOf('{ article(slug: "x") { headline publishedAt } }'), 'Article')).toEqual({ headline: true, publishedAt: true });
  });

  it('reads the id as well when a loader or the caller needs it', () => {
    expect(selectFor(infoOf('{ article(slug: "x") { headline } }'), 'Article', [], true)).toEqual({ headline: true, id: true });
  });

  it('reads for one member of a union only the fragments on that member', () => {
    const info = infoOf(`{ search(query: "x") { __typename ...Story ... on Claim { text status } ... on Quote { text } } }
      fragment Story on Article { headline }`);
    expect(selectFor(info, 'Article', [], true)).toEqual({ headline: true, id: true });
    expect(selectFor(info, 'Claim', [], true)).toEqual({ text: true, status: true, id: true });
    expect(selectFor(info, 'Quote', [], true)).toEqual({ text: true, id: true });
  });

  it('keeps fragments on an interface every member implements', () => {
    const info = infoOf('{ search(query: "x") { ... on Node { id } ... on Claim { text } } }');
    expect(selectFor(info, 'Quote')).toEqual({ id: true });
    expect(selectFor(info, 'Claim')).toEqual({ id: true, text: true });
  });
});
