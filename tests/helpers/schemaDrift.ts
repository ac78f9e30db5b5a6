/**
 * Schema drift: the shape the Prisma schema declares (its DMMF, from Prisma's own schema
 * WASM) against the shape a migrated database has (from the Postgres catalog). Both sides
 * are reduced to the same plain description, then compared line by line.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pg from 'pg';

interface Column {
  type: string;
  nullable: boolean;
  default: string | null;
}

export interface SchemaShape {
  /** "table.column" → column */
  columns: Map<string, Column>;
  /** enum name → values */
  enums: Map<string, string[]>;
  /** canonical lines: "pk article(id)", "unique paragraph(article_id,index)", "index article(search) gin" */
  indexes: Set<string>;
  /** canonical lines: "paragraph(article_id) -> article(id) on delete CASCADE" */
  foreignKeys: Set<string>;
}

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  algorithm?: string;
  fields: { name: string; sortOrder?: 'asc' | 'desc' }[];
}
interface Dmmf {
  datamodel: { models: DmmfModel[]; enums: { name: string; dbName: string | null; values: { name: string }[] }[]; indexes: DmmfIndex[] };
}

const quoteIdent = (name: string): string => (/^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name}"`);

export function readDmmf(schemaPath: string): Dmmf {
  const wasm = createRequire(import.meta.url)('@prisma/prisma-schema-wasm') as { get_dmmf(params: string): string };
  const schema = readFileSync(schemaPath, 'utf8');
  return JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schema]] }))) as Dmmf;
}

export function shapeFromPrisma(dmmf: Dmmf): SchemaShape {
  const { models, enums, indexes } = dmmf.datamodel;
  const shape: SchemaShape = { columns: new Map(), enums: new Map(), indexes: new Set(), foreignKeys: new Set() };
  const table = (model: string) => {
    const found = models.find((m) => m.name === model);
    return found?.dbName ?? model;
  };
  const column = (model: string, field: string) => {
    const found = models.find((m) => m.name === model)?.fields.find((f) => f.name === field);
    return found?.dbName ?? field;
  };
  for (const e of enums)
    shape.enums.set(
      e.dbName ?? e.name,
      e.values.map((v) => v.name),
    );
  for (const model of models) {
    for (const field of model.fields) {
      if (field.kind === 'object') {
        if (field.relationFromFields?.length) {
          const from = field.relationFromFields.map((f) => column(model.name, f)).join(',');
          const to = (field.relationToFields ?? []).map((f) => column(field.type, f)).join(',');
          const onDelete = (field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull')).replace(/([a-z])([A-Z])/g, '$1 $2');
          shape.foreignKeys.add(`${table(model.name)}(${from}) -> ${table(field.type)}(${to}) on delete ${onDelete.toUpperCase()}`);
        }
        continue;
      }
      shape.columns.set(`${table(model.name)}.${field.dbName ?? field.name}`, {
        type: prismaType(field, enums),
        // Prisma creates scalar lists without NOT NULL.
        nullable: field.isList || !field.isRequired,
        default: prismaDefault(field, enums),
      });
    }
  }
  for (const index of indexes) {
    const cols = index.fields.map((f) => column(index.model, f.name) + (f.sortOrder === 'desc' ? ' DESC' : '')).join(',');
    const kind = index.type === 'id' ? 'pk' : index.type === 'unique' ? 'unique' : 'index';
    const method = kind === 'index' ? ` ${(index.algorithm ?? 'BTree').toLowerCase()}` : '';
    shape.indexes.add(`${kind} ${table(index.model)}(${cols})${method}`);
    // DMMF omits Unsupported fields; an index names them, and they are tsvector columns here.
    for (const f of index.fields) {
      const key = `${table(index.model)}.${column(index.model, f.name)}`;
      if (!shape.columns.has(key)) shape.columns.set(key, { type: 'tsvector', nullable: true, default: null });
    }
  }
  return shape;
}

function prismaType(field: DmmfField, enums: Dmmf['datamodel']['enums']): string {
  const [native, args = []] = field.nativeType ?? [];
  let type: string;
  if (field.kind === 'enum') {
    const e = enums.find((candidate) => candidate.name === field.type);
    type = quoteIdent(e?.dbName ?? field.type);
  } else if (native === 'Uuid') type = 'uuid';
  else if (native === 'Char') type = `character(${args[0]})`;
  else if (native === 'VarChar') type = `character varying(${args[0]})`;
  else if (native === 'Timestamptz') type = `timestamp(${args[0] ?? 6}) with time zone`;
  else if (native === 'Date') type = 'date';
  else {
    const scalar: Record<string, string> = {
      String: 'text',
      Int: 'integer',
      BigInt: 'bigint',
      Boolean: 'boolean',
      Float: 'double precision',
      DateTime: 'timestamp(3) without time zone',
      Json: 'jsonb',
      Bytes: 'bytea',
    };
    type = scalar[field.type] ?? `unknown(${field.type})`;
  }
  return field.isList ? `${type}[]` : type;
}

function prismaDefault(field: DmmfField, enums: Dmmf['datamodel']['enums']): string | null {
  if (!field.hasDefaultValue) return null;
  const value = field.default;
  if (Array.isArray(value)) return `ARRAY[]::${prismaType({ ...field, isList: false }, enums)}[]`;
  if (typeof value === 'object' && value !== null && 'name' in value) {
    const fn = value as { name: string; args: unknown[] };
    if (fn.name === 'now') return 'CURRENT_TIMESTAMP';
    if (fn.name === 'dbgenerated') return String(fn.args[0]);
    if (fn.name === 'autoincrement') return 'nextval';
    return null; // uuid(), cuid(): generated by the client, no database default.
  }
  if (field.kind === 'enum') return `'${String(value)}'::${prismaType({ ...field, isList: false }, enums)}`;
  if (typeof value === 'string') return `'${value}'::text`;
  return String(value);
}

export async function shapeFromDatabase(url: string): Promise<SchemaShape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const shape: SchemaShape = { columns: new Map(), enums: new Map(), indexes: new Set(), foreignKeys: new Set() };
    const columns = await client.query<{ table: string; column: string; type: string; nullable: boolean; default: string | null }>(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
             NOT a.attnotnull AS nullable,
             CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS default
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`);
    for (const row of columns.rows) {
      shape.columns.set(`${row.table}.${row.column}`, { type: row.type, nullable: row.nullable, default: normalizeDefault(row.default) });
    }
    const enums = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = current_schema()
       GROUP BY t.typname`);
    for (const row of enums.rows) shape.enums.set(row.name, row.values);
    const indexes = await client.query<{ table: string; primary: boolean; unique: boolean; method: string; cols: string }>(`
      SELECT t.relname AS table, i.indisprimary AS primary, i.indisunique AS unique, am.amname AS method,
             (SELECT string_agg(a.attname || CASE WHEN (i.indoption[k.n - 1] & 1) = 1 THEN ' DESC' ELSE '' END, ',' ORDER BY k.n)
                FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS cols
        FROM pg_index i
        JOIN pg_class t ON t.oid = i.indrelid
        JOIN pg_class ic ON ic.oid = i.indexrelid
        JOIN pg_am am ON am.oid = ic.relam
        JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
       WHERE t.relname <> '_prisma_migrations'`);
    for (const row of indexes.rows) {
      const kind = row.primary ? 'pk' : row.unique ? 'unique' : 'index';
      shape.indexes.add(`${kind} ${row.table}(${row.cols})${kind === 'index' ? ` ${row.method}` : ''}`);
    }
    const fks = await client.query<{ line: string }>(`
      SELECT format('%s(%s) -> %s(%s) on delete %s', c.conrelid::regclass::text,
               (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum),
               c.confrelid::regclass::text,
               (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
                  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum),
               CASE c.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'
                                  WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT' END) AS line
        FROM pg_constraint c
        JOIN pg_namespace n ON n.oid = c.connamespace AND n.nspname = current_schema()
       WHERE c.contype = 'f'`);
    for (const row of fks.rows) shape.foreignKeys.add(row.line);
    return shape;
  } finally {
    await client.end();
  }
}

const normalizeDefault = (value: string | null): string | null =>
  value === null ? null : value.startsWith('nextval(') ? 'nextval' : value;

/** Every difference, as a sentence; empty when the database matches the schema. */
export function diffShapes(prisma: SchemaShape, db: SchemaShape): string[] {
  const problems: string[] = [];
  for (const [key, want] of prisma.columns) {
    const have = db.columns.get(key);
    if (!have) problems.push(`column ${key} is in the Prisma schema but not in the database`);
    else {
      if (have.type !== want.type) problems.push(`column ${key}: type ${have.type} in the database, ${want.type} in Prisma`);
      if (have.nullable !== want.nullable)
        problems.push(`column ${key}: nullable ${have.nullable} in the database, ${want.nullable} in Prisma`);
      if (have.default !== want.default) problems.push(`column ${key}: default ${have.default} in the database, ${want.default} in Prisma`);
    }
  }
  for (const key of db.columns.keys())
    if (!prisma.columns.has(key)) problems.push(`column ${key} is in the database but not in the Prisma schema`);
  for (const [name, values] of prisma.enums) {
    const have = db.enums.get(name);
    if (have?.join() !== values.join())
      problems.push(`enum ${name}: [${have?.join() ?? 'missing'}] in the database, [${values.join()}] in Prisma`);
  }
  for (const name of db.enums.keys())
    if (!prisma.enums.has(name)) problems.push(`enum ${name} is in the database but not in the Prisma schema`);
  for (const [what, want, have] of [
    ['index', prisma.indexes, db.indexes],
    ['foreign key', prisma.foreignKeys, db.foreignKeys],
  ] as const) {
    for (const line of want) if (!have.has(line)) problems.push(`${what} ${line} is in the Prisma schema but not in the database`);
    for (const line of have) if (!want.has(line)) problems.push(`${what} ${line} is in the database but not in the Prisma schema`);
  }
  return problems;
}
