/**
 * Look-ahead preloading: a root resolver reads the query's selection (resolve info) and asks
 * Prisma for just the columns and relations it will need, in one statement
 * (relationLoadStrategy "join": LATERAL joins with JSON aggregation in Postgres). Child resolvers use a preloaded relation
 * when the parent row carries one and fall back to the DataLoaders otherwise, so a relation
 * not listed here still resolves, just in a batched query of its own.
 *
 * Each Prisma statement costs about half a millisecond of client CPU on top of its rows
 * (bench/BENCHMARKS.md); an article page that took eleven statements now takes one.
 */
import { isAbstractType, Kind, type FieldNode, type GraphQLResolveInfo, type NamedTypeNode, type SelectionSetNode } from 'graphql';
import { Prisma } from '../../db/client.ts';

type Select = Record<string, unknown>;
/** The select for `type` under `fields`; `only` keeps just the fragments that apply to `type`. */
type Nested = (type: string, fields: FieldNode[], only?: string) => Select;
type Rule = (nested: Nested, fields: FieldNode[], info: GraphQLResolveInfo) => Select;

const readingOrder = [{ start: 'asc' }, { id: 'asc' }] as const;
const one =
  (type: string, relation: string): Rule =>
  (nested, fields) => ({ [relation]: { select: nested(type, fields) } });
const many =
  (type: string, relation: string, orderBy: unknown): Rule =>
  (nested, fields) => ({ [relation]: { orderBy, select: nested(type, fields) } });
/** Span.paragraph is the paragraph's index: only that column, only when asked for. */
const span: Rule = (_nested, fields, info) =>
  selected(fields, info).has('paragraph')
    ? { start: true, end: true, text: true, paragraph: { select: { index: true } } }
    : { start: true, end: true, text: true };

/** GraphQL type → field → what that field reads beyond a column of the same name. */
const RULES: Record<string, Record<string, Rule>> = {
  Article: {
    outlet: one('Outlet', 'outlet'),
    authors: many('Author', 'authors', { position: 'asc' }),
    agencies: (nested, fields) => ({
      agencies: { orderBy: { position: 'asc' }, select: { organisation: { select: nested('Organisation', fields) } } },
    }),
    paragraphs: many('Paragraph', 'paragraphs', { index: 'asc' }),
    body: (nested) => ({ paragraphs: { orderBy: { index: 'asc' }, select: { ...nested('Paragraph', []), kind: true, text: true } } }),
    quotes: many('Quote', 'quotes', readingOrder),
    claims: many('Claim', 'claims', readingOrder),
    troopLevels: many('TroopLevel', 'troopLevels', readingOrder),
    counts: () => ({ _count: { select: { paragraphs: true, quotes: true, claims: true, troopLevels: true } } }),
  },
  Author: { person: one('Person', 'person') },
  Paragraph: { span: () => ({ start: true, end: true, text: true, index: true }) },
  Quote: {
    speaker: one('Person', 'speaker'),
    speakerOrganisation: one('Organisation', 'speakerOrganisation'),
    continues: one('Quote', 'continues'),
    // The first of the quotes continuing this one (normally the only one).
    continuation: many('Quote', 'continuations', readingOrder),
    article: one('Article', 'article'),
    span,
    claims: (nested, fields) => ({
      claims: { orderBy: { claim: { start: 'asc' } }, select: { claimId: true, claim: { select: nested('Claim', fields) } } },
    }),
  },
  Claim: {
    claimant: one('Person', 'claimant'),
    claimantOrganisation: one('Organisation', 'claimantOrganisation'),
    article: one('Article', 'article'),
    span,
    claimantKind: () => ({ claimantId: true, claimantOrganisationId: true, claimantDescription: true }),
    troopLevels: many('TroopLevel', 'troopLevels', readingOrder),
    // Through the link table: ClaimQuote rows carrying their quote.
    quotes: (nested, fields) => ({
      quotes: { orderBy: { quote: { start: 'asc' } }, select: { quoteId: true, quote: { select: nested('Quote', fields) } } },
    }),
  },
  TroopLevel: { location: one('Location', 'location'), article: one('Article', 'article'), claim: one('Claim', 'claim'), span },
  Location: { code: () => ({ isoCode: true }) },
  Outlet: { site: () => ({ key: true }) },
  // A timeline point is a troop level seen from its place.
  TimelinePoint: {
    date: () => ({ effectiveDate: true }),
    article: one('Article', 'article'),
    span,
    troopLevel: (nested, fields) => nested('TroopLevel', fields),
  },
};

/** Each GraphQL type's Prisma columns: any of them a query names is read, with the keys always. */
const COLUMNS: Record<string, readonly string[]> = {
  Article: Object.values(Prisma.ArticleScalarFieldEnum),
  Author: Object.values(Prisma.ArticleAuthorScalarFieldEnum),
  Paragraph: Object.values(Prisma.ParagraphScalarFieldEnum),
  Person: Object.values(Prisma.PersonScalarFieldEnum),
  Organisation: Object.values(Prisma.OrganisationScalarFieldEnum),
  Outlet: Object.values(Prisma.OutletScalarFieldEnum),
  Location: Object.values(Prisma.LocationScalarFieldEnum),
  Quote: Object.values(Prisma.QuoteScalarFieldEnum),
  Claim: Object.values(Prisma.ClaimScalarFieldEnum),
  TroopLevel: Object.values(Prisma.TroopLevelScalarFieldEnum),
  TimelinePoint: Object.values(Prisma.TroopLevelScalarFieldEnum),
};

/** Adds `extra` to `select`; two fields reading one relation (body, paragraphs) share it. */
function merge(select: Select, extra: Select): void {
  for (const [key, value] of Object.entries(extra)) {
    const current = select[key];
    const both = [current, value].every((v) => typeof v === 'object' && v !== null && 'select' in v);
    if (both) merge((current as { select: Select }).select, (value as { select: Select }).select);
    else select[key] = value;
  }
}

/**
 * The fields under `fields`' selection sets by field name, through fragments. With `only`,
 * fragments on another concrete type are left out (a union's `... on Claim { text }` is not
 * the Article's text); fragments on an interface or union are kept, as they may apply.
 */
function selected(fields: FieldNode[], info?: GraphQLResolveInfo, only?: string): Map<string, FieldNode[]> {
  const found = new Map<string, FieldNode[]>();
  const applies = (condition: NamedTypeNode | undefined) => {
    if (!only || !condition || condition.name.value === only) return true;
    const type = info?.schema.getType(condition.name.value);
    return type !== undefined && isAbstractType(type);
  };
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) found.set(selection.name.value, [...(found.get(selection.name.value) ?? []), selection]);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition)) visit(selection.selectionSet);
      } else {
        const fragment = info?.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition)) visit(fragment.selectionSet);
      }
    }
  };
  for (const field of fields) visit(field.selectionSet);
  return found;
}

/**
 * The Prisma `select` for the `type` rows that the current field returns, `path` levels down
 * (["edges", "node"] for a connection): the columns the query names and the relations in
 * RULES, nested. A row's id is read only when something needs it: the `id` field, a field
 * resolved by a loader keyed by it, or the caller (`keepId`, for cursors). Reading ids no one
 * uses cost a quarter of an article page's SQL time (uuid → text), measured.
 */
export function selectFor(info: GraphQLResolveInfo, type: string, path: string[] = [], keepId = false): Select {
  let fields = [...info.fieldNodes];
  for (const step of path) fields = selected(fields, info).get(step) ?? [];
  const nested: Nested = (childType, childFields, only) => {
    const columns = COLUMNS[childType] ?? [];
    const select: Select = {};
    let needsId = false;
    for (const [name, nodes] of selected(childFields, info, only)) {
      const rule = RULES[childType]?.[name];
      if (rule) merge(select, rule(nested, nodes, info));
      else if (columns.includes(name)) select[name] = true;
      else if (name !== '__typename') needsId = true;
    }
    if (needsId && columns.includes('id')) select.id = true;
    return select;
  };
  // At the root, `type` may be one member of a union the field returns (search hits).
  const root = nested(type, fields, type);
  return keepId ? { ...root, id: true } : root;
}

/** A relation the parent row was loaded with, or undefined when it was not preloaded. */
export function preloaded<T>(row: object, relation: string): T | undefined {
  return (row as Record<string, unknown>)[relation] as T | undefined;
}
