/**
 * The models as SQL sees them, from the schema's DMMF (generated/models.ts): tables, columns,
 * date columns and relations with their keys; and the one reading order of every relation
 * and list, which the look-ahead, the loaders and the lists all read from here.
 */
import { escapeIdentifier, escapeLiteral } from 'pg';
import type { Prisma } from '../client.ts';
import { MODEL_METADATA } from '../generated/models.ts';

export type ModelName = keyof typeof MODEL_METADATA;
type Meta = (typeof MODEL_METADATA)[ModelName];
export interface Relation {
  model: ModelName;
  list: boolean;
  /** This row's field that the related row's `to` field equals. */
  from: string;
  to: string;
}
/** The relation names of a model, as Prisma's client spells them. */
export type RelationName<M extends ModelName> = keyof (typeof MODEL_METADATA)[M]['relations'] & string;

const meta = (model: ModelName): Meta => MODEL_METADATA[model];

/**
 * A model's row as read without a select: every column, but an article's text, which is large
 * and rarely asked for (the look-ahead reads it when a query names it).
 */
export type RowOf<M extends ModelName> = M extends 'Article'
  ? Omit<Prisma.TypeMap['model'][M]['payload']['scalars'], 'text'> & { text?: string }
  : Prisma.TypeMap['model'][M]['payload']['scalars'];
/** The columns of such a row, as a select tree. */
export const rowColumns = (model: ModelName): Record<string, true> => allColumns(model, model === 'Article' ? ['text'] : []);

export const isModel = (name: string): name is ModelName => Object.hasOwn(MODEL_METADATA, name);
export const fieldsOf = (model: ModelName): string[] => Object.keys(meta(model).columns);
export const hasColumn = (model: ModelName, field: string): boolean => Object.hasOwn(meta(model).columns, field);
export const isDate = (model: ModelName, field: string): boolean => (meta(model).dates as readonly string[]).includes(field);
export const relationOf = (model: ModelName, name: string): Relation | undefined =>
  (meta(model).relations as Record<string, Relation | undefined>)[name];

/** A column's quoted SQL name, or an error naming the field if the model has no such column. */
export function column(model: ModelName, field: string): string {
  const name = (meta(model).columns as Record<string, string | undefined>)[field];
  if (name === undefined) throw new Error(`${model} has no column ${field}`);
  return escapeIdentifier(name);
}
export const table = (model: ModelName): string => escapeIdentifier(meta(model).table);
/** A JSON key or other fixed text as an SQL string literal. */
export const literal = (text: string): string => escapeLiteral(text);
/** Every column of `model` as a select tree: what a row read without a look-ahead carries. */
export const allColumns = (model: ModelName, except: readonly string[] = []): Record<string, true> =>
  Object.fromEntries(
    fieldsOf(model)
      .filter((field) => !except.includes(field))
      .map((field) => [field, true]),
  );

/** One term of an order: a column, or (`via`) a column of the row a to-one relation points to. */
export interface OrderTerm {
  field: string;
  desc?: boolean;
  /** Undated (null) rows last whatever the direction. */
  nullsLast?: boolean;
  via?: string;
}

const asc = (field: string): OrderTerm => ({ field });
/** Where extracted items stand in their article. */
const READING: OrderTerm[] = [asc('start'), asc('id')];
/** Lists of what articles carry: newest article first (undated last), then by article, position and id. */
export const NEWEST_ARTICLE_FIRST: OrderTerm[] = [
  { via: 'article', field: 'publishedSort', desc: true, nullsLast: true },
  asc('articleId'),
  ...READING,
];
const NEWEST_FIRST: OrderTerm[] = [{ field: 'publishedSort', desc: true, nullsLast: true }, asc('id')];

/** Each to-many relation's reading order; every read of the relation uses it. */
const RELATION_ORDER: { [M in ModelName]?: { [R in RelationName<M>]?: OrderTerm[] } } = {
  Article: {
    authors: [asc('position')],
    agencies: [asc('position')],
    paragraphs: [asc('index')],
    quotes: READING,
    claims: READING,
    troopLevels: READING,
  },
  Paragraph: { quotes: READING, claims: READING, troopLevels: READING },
  Quote: { continuations: READING, claims: [{ via: 'claim', field: 'start' }, asc('claimId')] },
  Claim: { quotes: [{ via: 'quote', field: 'start' }, asc('quoteId')], troopLevels: READING },
  Person: {
    quotes: NEWEST_ARTICLE_FIRST,
    claims: NEWEST_ARTICLE_FIRST,
    articles: [{ via: 'article', field: 'publishedSort', desc: true, nullsLast: true }, asc('articleId')],
  },
  Organisation: {
    quotes: NEWEST_ARTICLE_FIRST,
    claims: NEWEST_ARTICLE_FIRST,
    articles: [{ via: 'article', field: 'publishedSort', desc: true, nullsLast: true }, asc('articleId')],
  },
  Outlet: { articles: NEWEST_FIRST },
  Location: { troopLevels: [{ field: 'effectiveDate', nullsLast: true }, asc('id')] },
};

export function relationOrder(model: ModelName, relation: string): OrderTerm[] {
  const order = (RELATION_ORDER[model] as Record<string, OrderTerm[] | undefined> | undefined)?.[relation];
  if (!order) throw new Error(`${model}.${relation} has no reading order`);
  return order;
}

/** `terms` as an ORDER BY list on rows of `model` under `alias`. */
export function orderSql(model: ModelName, terms: readonly OrderTerm[], alias: string): string {
  return terms
    .map(({ field, desc, nullsLast, via }) => {
      const direction = `${desc ? 'DESC' : 'ASC'}${nullsLast ? ' NULLS LAST' : ''}`;
      if (!via) return `${alias}.${column(model, field)} ${direction}`;
      const hop = relationOf(model, via);
      if (!hop || hop.list) throw new Error(`${model}.${via} is not a to-one relation`);
      const target = `(SELECT r.${column(hop.model, field)} FROM ${table(hop.model)} r WHERE r.${column(hop.model, hop.to)} = ${alias}.${column(model, hop.from)})`;
      return `${target} ${direction}`;
    })
    .join(', ');
}
