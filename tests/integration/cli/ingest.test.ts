import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.ts';
import { cleanEnv, runCliToEnd } from '../../helpers/cli.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';
import { tempDir } from '../../helpers/tempDir.ts';

let db: MigratedTestDatabase;
let dir: { path: string; remove: () => Promise<void> };
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  db = await createMigratedDatabase();
  dir = await tempDir('ingest');
  env = cleanEnv({ DATABASE_URL: db.url });
});
afterAll(async () => {
  await dir.remove();
  await db.drop();
});

const fixture = (name: string) => path.join(projectRoot, 'tests', 'fixtures', 'articles', `${name}.txt`);
const counts = async () =>
  Promise.all([db.prisma.article.count(), db.prisma.quote.count(), db.prisma.troopLevel.count(), db.prisma.person.count()]);

describe('npm run ingest', () => {
  it('ingests files and folders and sums up what it added', async () => {
    const folder = path.join(dir.path, 'folder');
    await fs.mkdir(folder);
    await fs.copyFile(fixture('poland-unnamed-sources'), path.join(folder, 'poland.txt'));
    const result = await runCliToEnd('src/cli/ingest.ts', [fixture('wire-germany-troop-cut'), folder], env);
    expect(result.code).toBe(0);
    // How many the extractor finds is the ingest tests' business; the summary must match the database.
    const [quotes, claims, troopLevels] = await Promise.all([
      db.prisma.quote.count(),
      db.prisma.claim.count(),
      db.prisma.troopLevel.count(),
    ]);
    expect(result.stdout).toContain(
      `2 article(s): 2 new, 0 already present, 0 failed; ${quotes} quotes, ${claims} claims, ${troopLevels} troop levels added.`,
    );
    expect(await db.prisma.article.count()).toBe(2);
  });

  it('leaves one article when the same file is ingested twice', async () => {
    const before = await counts();
    const result = await runCliToEnd('src/cli/ingest.ts', [fixture('wire-germany-troop-cut')], env);
    expect(result.stdout).toContain('1 article(s): 0 new, 1 already present, 0 failed');
    expect(await counts()).toEqual(before);
  });

  it('refuses a 2 MB file and a binary file with a clear message, exit code 1, and writes nothing', async () => {
    const big = path.join(dir.path, 'big.txt');
    const binary = path.join(dir.path, 'binary.txt');
    await fs.writeFile(big, `Headline\n\n${'Troops leave. '.repeat(150_000)}`);
    await fs.writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const before = await counts();
    const result = await runCliToEnd('src/cli/ingest.ts', [big, binary], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`refused: ${big}: 2100010 bytes is over the 1 MB (1,048,576 bytes) limit for one article.`);
    expect(result.stderr).toContain(`refused: ${binary}: binary file (contains NUL bytes), not article text.`);
    expect(result.stdout).toContain('2 article(s): 0 new, 0 already present, 2 failed');
    expect(await counts()).toEqual(before);
  });

  it('refuses an empty file', async () => {
    const empty = path.join(dir.path, 'empty.txt');
    await fs.writeFile(empty, '');
    const result = await runCliToEnd('src/cli/ingest.ts', [empty], env);
    expect([result.code, result.stderr.trim()]).toEqual([1, `refused: ${empty}: empty file.`]);
  });

  it('prints its usage for --help', async () => {
    const result = await runCliToEnd('src/cli/ingest.ts', ['--help'], env);
    expect([result.code, result.stdout.split('\n')[0]]).toEqual([
      0,
      'Usage: npm run ingest -- <file | folder | URL>... [--feed <URL or file>]... [--queue]',
    ]);
  });
});

describe('npm run ingest -- --queue', () => {
  it('queues each file once for the workers, writing no article, and finds them queued the second time', async () => {
    const files = [fixture('syria-continued-quote'), fixture('uk-estonia-she-said')];
    const articles = await db.prisma.article.count();
    const first = await runCliToEnd('src/cli/ingest.ts', ['--queue', ...files], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('2 article(s): 2 queued, 0 already queued or done, 0 refused.');
    const again = await runCliToEnd('src/cli/ingest.ts', ['--queue', ...files], env);
    expect(again.stdout).toContain('2 article(s): 0 queued, 2 already queued or done, 0 refused.');
    expect(await db.prisma.ingestJob.findMany({ select: { kind: true, status: true } })).toEqual([
      { kind: 'TEXT', status: 'QUEUED' },
      { kind: 'TEXT', status: 'QUEUED' },
    ]);
    expect(await db.prisma.article.count()).toBe(articles);
  });
});
