/**
 * Resolvers of a row type's fields, each declaring what it reads (lookahead.ts), so that what
 * a resolver may read is what the look-ahead loads: `computed(['start', 'end'], (row) => …)`
 * hands the resolver a row typed with those columns only, and reading another is a compile
 * error. Relations resolve from the preloaded rows, or through the request's DataLoaders
 * when the row was not read by the look-ahead (a mutation's answer, a loader's row).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { MODEL_METADATA } from '../../db/generated/models.ts';
import { relationOf, type ModelName, type RelationName, type RowOf } from '../../db/queries/models.ts';
import type { GraphQLContext } from '../context.ts';
import type { Lookahead, Needs } from './lookahead.ts';
import { spanOf, type SpanModel, type SpannedRow } from './span.ts';

type RelationMeta<M extends ModelName, R extends RelationName<M>> = (typeof MODEL_METADATA)[M]['relations'][R];
type TargetOf<M extends ModelName, R extends RelationName<M>> = RelationMeta<M, R> extends { model: infer T extends ModelName } ? T : never;
type Through<M extends ModelName, R extends RelationName<M>> = RelationName<TargetOf<M, R>>;
/** What a relation resolves to: the related rows (or the rows their link rows point to). */
type Related<M extends ModelName, R extends RelationName<M>, T> =
  RelationMeta<M, R> extends { list: true }
    ? T extends Through<M, R>
      ? RowOf<TargetOf<TargetOf<M, R>, T>>[]
      : RowOf<TargetOf<M, R>>[]
    : RowOf<TargetOf<M, R>> | null;

export interface FieldResolver<P, A, R> {
  resolve: (row: P, args: A, context: GraphQLContext, info: GraphQLResolveInfo) => R;
  extensions: { lookahead: Lookahead };
}

const declare = <P, A, R>(model: ModelName, needs: Needs, resolve: FieldResolver<P, A, R>['resolve']): FieldResolver<P, A, R> => ({
  resolve,
  extensions: { lookahead: { model, needs } },
});

/** The relation's rows loaded by the row's key: the row was not read by the look-ahead. */
async function load(row: object, model: ModelName, name: string, through: string | undefined, { loaders }: GraphQLContext) {
  const relation = relationOf(model, name);
  if (!relation) throw new Error(`${model} has no relation ${name}`);
  const key = Reflect.get(row, relation.from) as string | null | undefined;
  if (key == null) return relation.list ? [] : null;
  if (!relation.list && relation.to === 'id') return loaders.row(relation.model).load(key);
  return loaders.related(model, name, through).load(key);
}

/** A link row's target, for each link row. */
const follow = (links: unknown, through: string | undefined): unknown =>
  through ? (links as Record<string, unknown>[]).map((link) => link[through]) : links;

/** Field resolvers for a GraphQL type whose rows are `model`'s, typed `P` (the codegen mapper). */
export function fieldsOf<M extends ModelName, P extends object = RowOf<M>>(model: M) {
  return {
    /** A field computed from `columns` of the row: the resolver sees those columns only. */
    computed<const C extends keyof P & string, A, R>(
      columns: readonly C[],
      resolve: (row: Pick<P, C>, args: A, context: GraphQLContext, info: GraphQLResolveInfo) => R,
    ): FieldResolver<P, A, R> {
      return declare(model, { kind: 'columns', columns }, resolve);
    },

    /**
     * A relation of the model, shaped by the field's selection; `through` follows a link row's
     * relation (a claim's ClaimQuote rows to their quotes); `then` turns the rows into the
     * field's value; `columns` fixes the related rows' columns for a scalar field.
     */
    relation<const R extends RelationName<M>, const T extends Through<M, R> | undefined = undefined, A = unknown, V = Related<M, R, T>>(
      name: R,
      options: { through?: T; columns?: readonly string[]; then?: (rows: Related<M, R, T>, args: A) => V } = {},
    ): FieldResolver<P, A, V | Promise<V>> {
      const { through, columns, then } = options;
      const needs: Needs = { kind: 'relation', relation: name, ...(through ? { through } : {}), ...(columns ? { columns } : {}) };
      const value = (rows: unknown, args: A) => (then ? then(rows as Related<M, R, T>, args) : (rows as V));
      // Preloaded rows resolve synchronously: a promise per field of every row costs the
      // executor more than the rest of the field (measured on an article page).
      return declare(model, needs, (row, args, context) => {
        const preloaded = Reflect.get(row, name) as unknown;
        if (preloaded !== undefined) return value(follow(preloaded, through), args);
        return load(row, model, name, through, context).then((loaded) => value(follow(loaded, through), args));
      });
    },

    /** How many rows the row has in each of `relations`. */
    count<const R extends RelationName<M>>(
      relations: readonly R[],
    ): FieldResolver<P, unknown, Record<R, number> | Promise<Record<R, number>>> {
      return declare(model, { kind: 'count', relations }, (row, _args, { loaders }) => {
        const counted = Reflect.get(row, '_count') as Record<R, number> | undefined;
        return counted ?? loaders.counts(model, relations).load(Reflect.get(row, 'id') as string);
      });
    },

    /** The row's span of text (it has start, end, text and paragraphId columns). */
    span(): FieldResolver<P & SpannedRow, unknown, SpanModel> {
      return declare(model, { kind: 'span' }, (row) => spanOf(row));
    },

    /** The row itself as another GraphQL type (its fields are looked ahead as that type's). */
    self(): FieldResolver<P, unknown, P> {
      return declare(model, { kind: 'self' }, (row) => row);
    },
  };
}
