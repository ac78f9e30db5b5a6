import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.ts';
import { defaultMigrationsDir, migrate, readMigrations } from '../../../src/db/migrate.ts';
import { createEmptyDatabase, type TestDatabase } from '../../helpers/database.ts';
import { diffShapes, readDmmf, shapeFromDatabase, shapeFromPrisma, type SchemaShape } from '../../helpers/schemaDrift.ts';

let prismaShape: SchemaShape;
const dbs: TestDatabase[] = [];

beforeAll(() => {
  prismaShape = shapeFromPrisma(readDmmf(path.join(projectRoot, 'prisma', 'schema.prisma')));
});
afterAll(async () => {
  await Promise.all(dbs.map((db) => db.drop()));
});

async function migratedShape(migrationsDir: string): Promise<SchemaShape> {
  const db = await createEmptyDatabase();
  dbs.push(db);
  await migrate(db.url, migrationsDir);
  return shapeFromDatabase(db.url);
}

describe('schema drift', () => {
  it('finds no difference between the migrated database and the Prisma schema', async () => {
    expect(diffShapes(prismaShape, await migratedShape(defaultMigrationsDir))).toEqual([]);
  });

  it('covers every model, enum, index and foreign key of the schema', () => {
    expect(prismaShape.columns.size).toBeGreaterThan(80);
    expect([...prismaShape.enums.keys()].sort()).toEqual([
      'ApiKeyRole',
      'ClaimKind',
      'DatePrecision',
      'Gender',
      'IngestJobKind',
      'IngestJobStatus',
      'LocationKind',
      'OrganisationKind',
      'ParagraphKind',
      'PublishedPrecision',
      'Qualifier',
      'ReviewStatus',
      'TroopLevelKind',
    ]);
    expect(prismaShape.indexes).toContain('index article(search) gin');
    expect(prismaShape.indexes).toContain('unique article(content_hash)');
    expect(prismaShape.foreignKeys).toContain('paragraph(article_id) -> article(id) on delete CASCADE');
    expect(prismaShape.foreignKeys).toContain('troop_level(location_id) -> location(id) on delete RESTRICT');
    expect(prismaShape.foreignKeys).toContain('quote(continues_id) -> quote(id) on delete SET NULL');
    expect(prismaShape.indexes).toContain('index article(published_sort DESC,id) btree');
  });

  it('reports a column that the migrations lost', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'drift-'));
    try {
      await fs.cp(defaultMigrationsDir, dir, { recursive: true });
      const [init] = await readMigrations(dir);
      const file = path.join(dir, init!.name, 'migration.sql');
      const sql = await fs.readFile(file, 'utf8');
      await fs.writeFile(file, sql.replace('    "source_url" TEXT,\n', ''));
      const problems = diffShapes(prismaShape, await migratedShape(dir));
      expect(problems).toEqual(['column article.source_url is in the Prisma schema but not in the database']);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
