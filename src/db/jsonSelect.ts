/**
 * A Prisma-style `select` tree compiled into one SQL statement that has Postgres build the
 * JSON itself (json_build_object / json_agg in correlated subqueries), the way Prisma's own
 * relation joins do, but read straight off the pool: measured in BENCHMARKS.md, the Prisma
 * client spent more CPU turning its JSONB answer into rows than the rest of the request.
 *
 * Only what the API's look-ahead produces is supported: scalar fields, to-one and to-many
 * relations with scalar (or one-hop) ordering, and `_count` of to-many relations. Column and
 * table names follow the Prisma schema's convention (snake_case @map); models.test.ts checks
 * this metadata against Prisma's own DMMF.
 */
import { Prisma, type SqlRunner } from './client.ts';

type Select = Record<string, unknown>;
type Order = Record<string, unknown> | Record<string, unknown>[];

interface Relation {
  model: ModelName;
  /** to-one: the foreign key on this model; to-many: the foreign key on the other model. */
  kind: 'one' | 'many';
  key: string;
}

export type ModelName =
  | 'Article'
  | 'ArticleAuthor'
  | 'Paragraph'
  | 'Person'
  | 'Organisation'
  | 'Outlet'
  | 'ArticleAgency'
  | 'Location'
  | 'Quote'
  | 'Claim'
  | 'ClaimQuote'
  | 'TroopLevel';

const one = (model: ModelName, key: string): Relation => ({ model, kind: 'one', key });
const many = (model: ModelName, key: string): Relation => ({ model, kind: 'many', key });

export const MODELS: Record<ModelName, { fields: readonly string[]; relations: Record<string, Relation> }> = {
  Article: {
    fields: Object.values(Prisma.ArticleScalarFieldEnum),
    relations: {
      outlet: one('Outlet', 'outletId'),
      authors: many('ArticleAuthor', 'articleId'),
      agencies: many('ArticleAgency', 'articleId'),
      paragraphs: many('Paragraph', 'articleId'),
      quotes: many('Quote', 'articleId'),
      claims: many('Claim', 'articleId'),
      troopLevels: many('TroopLevel', 'articleId'),
    },
  },
  ArticleAuthor: {
    fields: Object.values(Prisma.ArticleAuthorScalarFieldEnum),
    relations: { article: one('Article', 'articleId'), person: one('Person', 'personId') },
  },
  Paragraph: { fields: Object.values(Prisma.ParagraphScalarFieldEnum), relations: { article: one('Article', 'articleId') } },
  Person: { fields: Object.values(Prisma.PersonScalarFieldEnum), relations: {} },
  Organisation: { fields: Object.values(Prisma.OrganisationScalarFieldEnum), relations: {} },
  Outlet: { fields: Object.values(Prisma.OutletScalarFieldEnum), relations: {} },
  ArticleAgency: {
    fields: Object.values(Prisma.ArticleAgencyScalarFieldEnum),
    relations: { article: one('Article', 'articleId'), organisation: one('Organisation', 'organisationId') },
  },
  Location: { fields: Object.values(Prisma.LocationScalarFieldEnum), relations: {} },
  Quote: {
    fields: Object.values(Prisma.QuoteScalarFieldEnum),
    relations: {
      article: one('Article', 'articleId'),
      paragraph: one('Paragraph', 'paragraphId'),
      speaker: one('Person', 'speakerId'),
      speakerOrganisation: one('Organisation', 'speakerOrganisationId'),
      continues: one('Quote', 'continuesId'),
      continuations: many('Quote', 'continuesId'),
      claims: many('ClaimQuote', 'quoteId'),
    },
  },
  Claim: {
    fields: Object.values(Prisma.ClaimScalarFieldEnum),
    relations: {
      article: one('Article', 'articleId'),
      paragraph: one('Paragraph', 'paragraphId'),
      claimant: one('Person', 'claimantId'),
      claimantOrganisation: one('Organisation', 'claimantOrganisationId'),
      quotes: many('ClaimQuote', 'claimId'),
      troopLevels: many('TroopLevel', 'claimId'),
    },
  },
  ClaimQuote: {
    fields: Object.values(Prisma.ClaimQuoteScalarFieldEnum),
    relations: { claim: one('Claim', 'claimId'), quote: one('Quote', 'quoteId') },
  },
  TroopLevel: {
    fields: Object.values(Prisma.TroopLevelScalarFieldEnum),
    relations: {
      article: one('Article', 'articleId'),
      paragraph: one('Paragraph', 'paragraphId'),
      claim: one('Claim', 'claimId'),
      location: one('Location', 'locationId'),
    },
  },
};

/** Prisma field → column, table of a model: the schema maps camelCase to snake_case. */
export const columnOf = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const tableOf = (model: ModelName): string => columnOf(model[0]!.toLowerCase() + model.slice(1));

/** DateTime fields arrive as ISO strings inside JSON; rows elsewhere carry Date objects. */
const DATE_FIELDS = new Set([
  'publishedAt',
  'publishedOn',
  'publishedSort',
  'modifiedAt',
  'createdAt',
  'updatedAt',
  'reviewedAt',
  'effectiveDate',
  'periodEnd',
]);

/**
 * Turns the date strings of a parsed row into Dates, visiting only what `select` names (a
 * JSON.parse reviver would call back for every value and cost more than the query, measured).
 */
function reviveDates(model: ModelName, select: Select, row: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(select)) {
    const current = row[field];
    if (current === null || current === undefined || !value) continue;
    const relation = MODELS[model].relations[field];
    if (relation) {
      const nested =
        value === true
          ? Object.fromEntries(MODELS[relation.model].fields.map((f) => [f, true]))
          : ((value as { select?: Select }).select ?? {});
      for (const child of Array.isArray(current) ? current : [current])
        reviveDates(relation.model, nested, child as Record<string, unknown>);
    } else if (DATE_FIELDS.has(field) && typeof current === 'string') {
      row[field] = new Date(current);
    }
  }
}

const quote = (name: string) => `"${name}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

class Compiler {
  private aliases = 0;

  object(model: ModelName, select: Select, alias: string): string {
    const meta = MODELS[model];
    const pairs: string[] = [];
    for (const [field, value] of Object.entries(select)) {
      if (!value) continue;
      if (field === '_count') pairs.push(literal(field), this.counts(model, (value as { select: Select }).select, alias));
      else if (meta.relations[field]) pairs.push(literal(field), this.relation(meta.relations[field], value, alias));
      else if (meta.fields.includes(field)) pairs.push(literal(field), `${alias}.${quote(columnOf(field))}`);
      else throw new Error(`jsonSelect: ${model}.${field} is not a field`);
    }
    return `json_build_object(${pairs.join(', ')})`;
  }

  private relation(relation: Relation, value: unknown, parent: string): string {
    const options = (value === true ? {} : value) as { select?: Select; orderBy?: Order };
    const select = options.select ?? Object.fromEntries(MODELS[relation.model].fields.map((f) => [f, true]));
    const alias = `t${++this.aliases}`;
    const from = `${quote(tableOf(relation.model))} ${alias}`;
    const body = this.object(relation.model, select, alias);
    if (relation.kind === 'one') return `(SELECT ${body} FROM ${from} WHERE ${alias}.id = ${parent}.${quote(columnOf(relation.key))})`;
    const order = this.order(relation.model, options.orderBy, alias);
    return `(SELECT coalesce(json_agg(${body}${order ? ` ORDER BY ${order}` : ''}), '[]'::json) FROM ${from} WHERE ${alias}.${quote(columnOf(relation.key))} = ${parent}.id)`;
  }

  private counts(model: ModelName, select: Select, parent: string): string {
    const pairs = Object.keys(select).flatMap((field) => {
      const relation = MODELS[model].relations[field];
      if (relation?.kind !== 'many') throw new Error(`jsonSelect: cannot count ${model}.${field}`);
      return [
        literal(field),
        `(SELECT count(*) FROM ${quote(tableOf(relation.model))} c WHERE c.${quote(columnOf(relation.key))} = ${parent}.id)::int`,
      ];
    });
    return `json_build_object(${pairs.join(', ')})`;
  }

  private order(model: ModelName, orderBy: Order | undefined, alias: string): string {
    const terms = orderBy === undefined ? [] : Array.isArray(orderBy) ? orderBy : [orderBy];
    return terms
      .flatMap((term) => Object.entries(term))
      .map(([field, direction]) => {
        const relation = MODELS[model].relations[field];
        if (relation?.kind === 'one' && typeof direction === 'object' && direction !== null) {
          // One hop: ClaimQuote rows ordered by their quote's start.
          const [inner, dir] = Object.entries(direction)[0] as [string, string];
          return `(SELECT r.${quote(columnOf(inner))} FROM ${quote(tableOf(relation.model))} r WHERE r.id = ${alias}.${quote(columnOf(relation.key))}) ${dir === 'desc' ? 'DESC' : 'ASC'}`;
        }
        if (!MODELS[model].fields.includes(field)) throw new Error(`jsonSelect: cannot order ${model} by ${field}`);
        return `${alias}.${quote(columnOf(field))} ${direction === 'desc' ? 'DESC' : 'ASC'}`;
      })
      .join(', ');
  }
}

/**
 * Rows of `model` whose `column` is one of `values`, shaped by `select`, in the order of
 * `values` (missing ones left out). `column` is a unique key: id (uuid) or slug (text).
 */
export async function selectJson<T>(
  sql: SqlRunner,
  model: ModelName,
  select: Select,
  column: 'id' | 'slug',
  values: readonly string[],
): Promise<T[]> {
  if (values.length === 0) return [];
  const type = column === 'id' ? 'uuid' : 'text';
  const table = quote(tableOf(model));
  // One key (an article page) as a plain equality: the prepared unnest join took twice the
  // Postgres time for a single row (0.75 vs 0.44 ms on the 1k bench corpus, measured).
  if (values.length === 1) {
    const page = `SELECT t.* FROM ${table} t WHERE t.${quote(column)} = $1::${type}`;
    return selectJsonPage<T>(sql, model, select, { page, order: `t0.${quote(column)}`, values: [values[0]] });
  }
  const page = `SELECT t.*, k.n FROM unnest($1::${type}[]) WITH ORDINALITY AS k(value, n) JOIN ${table} t ON t.${quote(column)} = k.value`;
  return selectJsonPage<T>(sql, model, select, { page, order: 'n', values: [values] });
}

export interface PageQuery {
  /** SQL yielding the page's rows of the model's table (it may add columns, such as `n`). */
  page: string;
  /** How to order the page's rows (columns of `page`). */
  order: string;
  values: unknown[];
}

/** The SQL expression building one `model` row's JSON (alias t0) for `select`. */
export const jsonObjectSql = (model: ModelName, select: Select): string => new Compiler().object(model, select, 't0');

/** The rows `page` yields, shaped by `select`: JSON is built for the page's rows only. */
export async function selectJsonPage<T>(
  sql: SqlRunner,
  model: ModelName,
  select: Select,
  { page, order, values }: PageQuery,
): Promise<T[]> {
  const body = jsonObjectSql(model, select);
  const { rows } = await sql<{ row: string }>(`SELECT ${body}::text AS row FROM (${page}) t0 ORDER BY ${order}`, values);
  return rows.map((r) => {
    const row = JSON.parse(r.row) as Record<string, unknown>;
    reviveDates(model, select, row);
    return row as T;
  });
}
