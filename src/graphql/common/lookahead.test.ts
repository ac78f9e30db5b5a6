import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../schema.ts';
import { selectFor } from './lookahead.ts';

const schema = buildSchema();

/** The resolve info of the query's first root field, as graphql-js would hand it over. */
function infoOf(query: string, variables: Record<string, unknown> = {}): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const fieldNode = operation.selectionSet.selections[0] as FieldNode;
  const returnType = schema.getQueryType()!.getFields()[fieldNode.name.value]!.type;
  return {
    schema,
    operation,
    parentType: schema.getQueryType(),
    fieldName: fieldNode.name.value,
    fieldNodes: [fieldNode],
    fragments,
    returnType,
    variableValues: variables,
  } as unknown as GraphQLResolveInfo;
}

describe('the look-ahead', () => {
  it('reads the columns a query names and nothing else', () => {
    expect(selectFor(infoOf('{ article(slug: "x") { headline publishedAt } }'))).toEqual({ headline: true, publishedAt: true });
  });

  it('reads the id as well when a loader or the caller needs it', () => {
    expect(selectFor(infoOf('{ article(slug: "x") { headline } }'), [], { keepId: true })).toEqual({ headline: true, id: true });
  });

  it('reads for one member of a union only the fragments on that member', () => {
    const info = infoOf(`{ search(query: "x") { __typename ...Story ... on Claim { text status } ... on Quote { text } } }
      fragment Story on Article { headline }`);
    expect(selectFor(info, [], { type: 'Article', keepId: true })).toEqual({ headline: true, id: true });
    expect(selectFor(info, [], { type: 'Claim', keepId: true })).toEqual({ text: true, status: true, id: true });
    expect(selectFor(info, [], { type: 'Quote', keepId: true })).toEqual({ text: true, id: true });
  });

  it('keeps fragments on an interface every member implements', () => {
    const info = infoOf('{ search(query: "x") { ... on Node { id } ... on Claim { text } } }');
    expect(selectFor(info, [], { type: 'Quote' })).toEqual({ id: true });
    expect(selectFor(info, [], { type: 'Claim' })).toEqual({ id: true, text: true });
  });

  it('reads an organisation speaker, the quote continued and the quotes continuing as relations', () => {
    const info = infoOf('{ article(slug: "x") { quotes { speakerOrganisation { name } continues { text } continuation { text } } } }');
    expect(selectFor(info)).toEqual({
      quotes: {
        select: {
          speakerOrganisation: { select: { name: true } },
          continues: { select: { text: true } },
          continuations: { select: { text: true } },
        },
      },
    });
  });

  it('reads a claim’s organisation and, for its claimant kind, every claimant column', () => {
    const info = infoOf('{ article(slug: "x") { claims { claimantKind claimantOrganisation { name countryCode } } } }');
    expect(selectFor(info)).toEqual({
      claims: {
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
    expect(selectFor(info)).toEqual({
      publishedOn: true,
      publishedPrecision: true,
      troopLevels: { select: { countMax: true } },
    });
  });

  it('reads an organisation’s id for its connections, which loaders resolve', () => {
    const info = infoOf('{ search(query: "x") { ... on Quote { speakerOrganisation { name quotes(first: 1) { totalCount } } } } }');
    expect(selectFor(info, [], { type: 'Quote' })).toEqual({ speakerOrganisation: { select: { name: true, id: true } } });
  });

  it('leaves out fields a query skips or does not include, as execution does', () => {
    const info = infoOf('query ($full: Boolean!) { article(slug: "x") { headline @skip(if: $full) standfirst @include(if: $full) } }', {
      full: true,
    });
    expect(selectFor(info)).toEqual({ standfirst: true });
  });

  it('answers a document it has seen with the same select, and follows a directive’s variable each time', () => {
    const plain = infoOf('{ article(slug: "x") { headline } }');
    expect(selectFor({ ...plain })).toBe(selectFor({ ...plain }));
    const shaped = infoOf('query ($full: Boolean!) { article(slug: "x") { headline standfirst @include(if: $full) } }');
    expect(selectFor({ ...shaped, variableValues: { full: true } })).toEqual({ headline: true, standfirst: true });
    expect(selectFor({ ...shaped, variableValues: { full: false } })).toEqual({ headline: true });
  });

  it('reads what a computed field declares, not a column of its name', () => {
    expect(selectFor(infoOf('{ locations { code } }'))).toEqual({ isoCode: true });
  });

  it('reads a timeline point’s troop level fields from the same row', () => {
    const info = infoOf('{ troopLevelTimeline(location: "x") { date troopLevel { count location { name } } } }');
    expect(selectFor(info)).toEqual({ effectiveDate: true, count: true, location: { select: { name: true } } });
  });

  it('reads a link table’s rows with the rows they point to', () => {
    const info = infoOf('{ article(slug: "x") { claims { quotes { text } } } }');
    expect(selectFor(info)).toEqual({ claims: { select: { quotes: { select: { quote: { select: { text: true } } } } } } });
  });
});
