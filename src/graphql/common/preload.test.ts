import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../schema.ts';
import { selectFor } from './preload.ts';

const schema = buildSchema();

/** The resolve info of the query's first root field, as graphql-js would hand it over. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
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

  it('reads an organisation speaker, the quote continued and the quotes continuing as relations', () => {
    const info = infoOf('{ article(slug: "x") { quotes { speakerOrganisation { name } continues { text } continuation { text } } } }');
    expect(selectFor(info, 'Article')).toEqual({
      quotes: {
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
        select: {
          speakerOrganisation: { select: { name: true } },
          continues: { select: { text: true } },
          continuations: { orderBy: [{ start: 'asc' }, { id: 'asc' }], select: { text: true } },
        },
      },
    });
  });

  it('reads a claim’s organisation and, for its claimant kind, every claimant column', () => {
    const info = infoOf('{ article(slug: "x") { claims { claimantKind claimantOrganisation { name countryCode } } } }');
    expect(selectFor(info, 'Article')).toEqual({
      claims: {
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
        select: {
          claimantId: true,
          claimantOrganisationId: true,
          claimantDescription: true,
          claimantOrganisation: { select: { name: true, countryCode: true } },
        },
      },
    });
  });

  it('reads the printed day, its precision and a range maximum as columns', () => {
    const info = infoOf('{ article(slug: "x") { publishedOn publishedPrecision troopLevels { countMax } } }');
    expect(selectFor(info, 'Article')).toEqual({
      publishedOn: true,
      publishedPrecision: true,
      troopLevels: { orderBy: [{ start: 'asc' }, { id: 'asc' }], select: { countMax: true } },
    });
  });

  it('reads an organisation’s id for its connections, which loaders resolve', () => {
    const info = infoOf('{ search(query: "x") { ... on Quote { speakerOrganisation { name quotes(first: 1) { totalCount } } } } }');
    expect(selectFor(info, 'Quote')).toEqual({ speakerOrganisation: { select: { name: true, id: true } } });
  });
});
