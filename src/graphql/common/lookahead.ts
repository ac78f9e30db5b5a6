/**
 * Look-ahead: a root resolver reads the query's selection and asks for just the columns and
 * relations its rows will need, in one statement (src/db/queries/jsonSelect.ts). What each
 * field needs is declared beside its resolver (fields.ts), carried on the schema field as
 * `extensions.lookahead`; a field without a declaration is a column of the same name or
 * nothing. Fields are collected by graphql-js's own rules (fragments, @skip, @include),
 * exactly as execution will see them.
 *
 * Each Prisma statement cost about half a millisecond of client CPU on top of its rows
 * (BENCHMARKS.md); an article page that took eleven statements takes one.
 */
import {
  getNamedType,
  isObjectType,
  Kind,
  visit,
  BREAK,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';
import type { Select } from '../../db/queries/jsonSelect.ts';
import { hasColumn, isModel, type ModelName } from '../../db/queries/models.ts';

/** What one field reads from its row, beyond a column of its own name. */
export type Needs =
  /** Columns of the row. */
  | { kind: 'columns'; columns: readonly string[] }
  /** A relation, shaped by the field's own selection (or `columns` for a scalar field); `through` a link row's relation. */
  | { kind: 'relation'; relation: string; through?: string; columns?: readonly string[] }
  /** How many rows each relation has. */
  | { kind: 'count'; relations: readonly string[] }
  /** A Span of the row: its offsets and text, and its paragraph's index when asked for. */
  | { kind: 'span' }
  /** The row itself seen as another type (a timeline point's troop level). */
  | { kind: 'self' };

export interface Lookahead {
  model: ModelName;
  needs: Needs;
}

const lookaheadOf = (type: GraphQLObjectType, field: string): Lookahead | undefined =>
  type.getFields()[field]?.extensions.lookahead as Lookahead | undefined;

/** The model a GraphQL type's rows come from: any of its fields' declarations names it. */
const models = new WeakMap<GraphQLObjectType, ModelName | null>();
function modelOf(type: GraphQLObjectType): ModelName | undefined {
  if (!models.has(type)) {
    const declared = Object.keys(type.getFields())
      .map((field) => lookaheadOf(type, field)?.model)
      .find(Boolean);
    models.set(type, declared ?? (isModel(type.name) ? type.name : null));
  }
  return models.get(type) ?? undefined;
}

/** Adds `extra` to `select`; two fields reading one relation (body, paragraphs) share it. */
function merge(select: Select, extra: Select): void {
  for (const [key, value] of Object.entries(extra)) {
    const current = select[key];
    if (current && current !== true && value !== true) merge(current.select, value.select);
    else select[key] = value;
  }
}

type Collect = (type: GraphQLObjectType, nodes: readonly FieldNode[]) => Map<string, readonly FieldNode[]>;

function selectOf(collect: Collect, type: GraphQLObjectType, nodes: readonly FieldNode[]): Select {
  const model = modelOf(type);
  const select: Select = {};
  if (!model) return select;
  for (const [name, fieldNodes] of collect(type, nodes)) {
    const field = type.getFields()[name];
    const declared = lookaheadOf(type, name)?.needs;
    if (!field || !declared) {
      if (hasColumn(model, name)) select[name] = true;
      continue;
    }
    const target = getNamedType(field.type);
    const nested = () => (isObjectType(target) ? selectOf(collect, target, fieldNodes) : {});
    switch (declared.kind) {
      case 'columns':
        for (const column of declared.columns) select[column] = true;
        break;
      case 'relation': {
        const shape = declared.columns ? Object.fromEntries(declared.columns.map((c) => [c, true as const])) : nested();
        merge(select, { [declared.relation]: { select: declared.through ? { [declared.through]: { select: shape } } : shape } });
        break;
      }
      case 'count':
        merge(select, { _count: { select: Object.fromEntries(declared.relations.map((r) => [r, true as const])) } });
        break;
      case 'span': {
        merge(select, { start: true, end: true, text: true });
        const asked = isObjectType(target) && collect(target, fieldNodes).has('paragraph');
        if (asked) merge(select, { paragraph: { select: { index: true } } });
        break;
      }
      case 'self':
        merge(select, nested());
        break;
    }
  }
  return select;
}

/**
 * Whether an operation's selections can change with its variables (`@skip(if: $x)`): only
 * then is the look-ahead worked out afresh for every request.
 */
const variableShaped = new WeakMap<OperationDefinitionNode, boolean>();
function shapedByVariables(info: GraphQLResolveInfo): boolean {
  let shaped = variableShaped.get(info.operation);
  if (shaped === undefined) {
    shaped = false;
    for (const node of [info.operation, ...Object.values(info.fragments)]) {
      visit(node, {
        Directive(directive) {
          if (directive.arguments?.some((argument) => argument.value.kind === Kind.VARIABLE)) {
            shaped = true;
            return BREAK;
          }
          return undefined;
        },
      });
    }
    variableShaped.set(info.operation, shaped);
  }
  return shaped;
}

/**
 * Selects already worked out, by the field's first node (the parsed document is cached and
 * reused across requests) and the call's arguments: walking the selection again for every
 * request was a few per cent of a search's server CPU. Callers treat a Select as read-only.
 */
const known = new WeakMap<FieldNode, Map<string, Select>>();

/**
 * The select for the rows the current field returns, `path` levels down (["edges", "node"]
 * for a connection); `type` names the member of a union the field returns (search hits).
 * A row's id is read only when a field needs it, or the caller does (`keepId`, for cursors):
 * reading ids no one uses cost a quarter of an article page's SQL time (uuid → text), measured.
 */
export function selectFor(
  info: GraphQLResolveInfo,
  path: readonly string[] = [],
  options: { type?: string; keepId?: boolean } = {},
): Select {
  const first = info.fieldNodes[0];
  if (!first || shapedByVariables(info)) return lookAhead(info, path, options);
  let selects = known.get(first);
  if (!selects) known.set(first, (selects = new Map<string, Select>()));
  const key = `${info.parentType.name}.${info.fieldName}:${info.fieldNodes.length}:${path.join('.')}:${options.type ?? ''}:${options.keepId ? 'id' : ''}`;
  let select = selects.get(key);
  if (!select) selects.set(key, (select = lookAhead(info, path, options)));
  return select;
}

function lookAhead(info: GraphQLResolveInfo, path: readonly string[], options: { type?: string; keepId?: boolean }): Select {
  const collect: Collect = (type, nodes) => collectSubfields(info.schema, info.fragments, info.variableValues, type, nodes);
  let type = getNamedType(info.returnType);
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const step of path) {
    if (!isObjectType(type)) return {};
    nodes = collect(type, nodes).get(step) ?? [];
    type = getNamedType(type.getFields()[step]?.type ?? type);
  }
  const rowType = options.type ? info.schema.getType(options.type) : type;
  if (!isObjectType(rowType)) throw new Error(`selectFor: ${options.type ?? type.name} is not an object type`);
  const select = selectOf(collect, rowType, nodes);
  return options.keepId ? { ...select, id: true } : select;
}
