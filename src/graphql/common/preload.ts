/**
 * Look-ahead preloading: a root resolver reads the query's selection (resolve info) and asks
 * Prisma for the relations it will need in the same statement (relationLoadStrategy "join":
 * LATERAL joins with JSON aggregation in Postgres). Child resolvers use a preloaded relation
 * when the parent row carries one and fall back to the DataLoaders otherwise, so a relation
 * not listed here still resolves, just in a batched query of its own.
 *
 * Each Prisma statement costs about half a millisecond of client CPU on top of its rows
 * (bench/BENCHMARKS.md); an article page that took eleven statements now takes one.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ARTICLE_OMIT } from '../models.ts';

type Include = Record<string, unknown>;
type Nested = (type: string, fields: FieldNode[]) => Include;
type Rule = (nested: Nested, fields: FieldNode[], info: GraphQLResolveInfo) => Include;

const readingOrder = [{ start: 'asc' }, { id: 'asc' }] as const;
const withInclude = (include: Include) => (Object.keys(include).length > 0 ? { include } : {});
const article = () => ({ article: { omit: ARTICLE_OMIT } });
/** Span.paragraph is the paragraph's index: only that column, only when asked for. */
const span: Rule = (_nested, fields, info) => (selected(fields, info).has('paragraph') ? { paragraph: { select: { index: true } } } : {});

/** GraphQL type → field → the Prisma include that field reads. */
const RULES: Record<string, Record<string, Rule>> = {
  Article: {
    authors: () => ({ authors: { orderBy: { position: 'asc' }, include: { person: true } } }),
    paragraphs: () => ({ paragraphs: { orderBy: { index: 'asc' } } }),
    body: () => ({ paragraphs: { orderBy: { index: 'asc' } } }),
    quotes: (nested, fields) => ({ quotes: { orderBy: readingOrder, ...withInclude(nested('Quote', fields)) } }),
    claims: (nested, fields) => ({ claims: { orderBy: readingOrder, ...withInclude(nested('Claim', fields)) } }),
    troopLevels: (nested, fields) => ({ troopLevels: { orderBy: readingOrder, ...withInclude(nested('TroopLevel', fields)) } }),
    counts: () => ({ _count: { select: { paragraphs: true, quotes: true, claims: true, troopLevels: true } } }),
  },
  Quote: { speaker: () => ({ speaker: true }), article, span },
  Claim: { claimant: () => ({ claimant: true }), article, span },
  TroopLevel: { location: () => ({ location: true }), article, claim: () => ({ claim: true }), span },
  // A timeline point is a troop level seen from its place.
  TimelinePoint: { span, troopLevel: (nested, fields) => nested('TroopLevel', fields) },
};

/** The fields under `fields`' selection sets by response name's field name, through fragments. */
function selected(fields: FieldNode[], info?: GraphQLResolveInfo): Map<string, FieldNode[]> {
  const found = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) found.set(selection.name.value, [...(found.get(selection.name.value) ?? []), selection]);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info?.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const field of fields) visit(field.selectionSet);
  return found;
}

/**
 * The Prisma include for the `type` rows that the current field returns, `path` levels down
 * (["edges", "node"] for a connection). Empty when nothing preloadable is selected.
 */
export function includeFor(info: GraphQLResolveInfo, type: string, path: string[] = []): Include {
  let fields = [...info.fieldNodes];
  for (const step of path) fields = selected(fields, info).get(step) ?? [];
  const nested: Nested = (childType, childFields) => {
    const include: Include = {};
    for (const [name, nodes] of selected(childFields, info)) {
      const rule = RULES[childType]?.[name];
      if (rule) Object.assign(include, rule(nested, nodes, info));
    }
    return include;
  };
  return nested(type, fields);
}

/** A relation the parent row was loaded with, or undefined when it was not preloaded. */
export function preloaded<T>(row: object, relation: string): T | undefined {
  return (row as Record<string, unknown>)[relation] as T | undefined;
}
