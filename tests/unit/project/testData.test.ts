/**
 * The rule that lets src/ingest change freely: tests above the extractor (GraphQL, browser,
 * example client) build their data by hand (tests/helpers/drafts.ts) and never run the
 * extractor or load the seed article. This walks every such test and the test-side files it
 * imports (helpers, scenarios) and fails on any that reaches for the extractor or the seed.
 * Production modules are not followed: the server itself ingests, for the ingestArticle mutation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.ts';

/** Where tests must not read extractor output. */
const GUARDED = ['src/graphql', 'tests/e2e', 'examples'];

/** Modules of src/ingest that extract nothing: its types and enums, its limits. */
const INGEST_DATA = new Set(['src/ingest/types.ts', 'src/ingest/limits.ts']);

/** What they must not import: the extractor (its plain data is fine), its pipeline, the seed script. */
const FORBIDDEN_IMPORT = (file: string): boolean =>
  (file.startsWith('src/ingest/') && !INGEST_DATA.has(file)) || file === 'src/db/ingestText.ts' || file.startsWith('seed/');

/** What they must not mention: the seed article's file or slug. */
const FORBIDDEN_TEXT = [
  /seed\/articles/,
  /'seed', 'articles'/,
  /shared\/seed/,
  /us-iraq-troop-drawdown/,
  /us-to-pull-almost-half-its-troops-from-iraq/,
];

/** Test code: test files, scenarios and anything under tests/. Only these are followed. */
const testSide = (file: string): boolean => file.endsWith('.test.ts') || path.basename(file) === 'scenario.ts' || file.startsWith('tests/');

function testFiles(dir: string): string[] {
  return readdirSync(path.join(projectRoot, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(path.sep).includes('node_modules'));
}

/** Project files a module imports by relative path, as paths from the project root. */
function importsOf(file: string): string[] {
  const source = readFileSync(path.join(projectRoot, file), 'utf8');
  const specifiers = [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1] as string);
  return specifiers
    .map((s) => path.relative(projectRoot, path.resolve(path.dirname(path.join(projectRoot, file)), s)))
    .filter((f) => existsSync(path.join(projectRoot, f)));
}

/** Every way a test (and the test-side files it imports) breaks the rule. */
function violations(test: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(path.join(projectRoot, file), 'utf8');
    for (const pattern of FORBIDDEN_TEXT) if (pattern.test(source)) found.push(`${file} mentions ${pattern.source}`);
    for (const imported of importsOf(file)) {
      if (FORBIDDEN_IMPORT(imported)) found.push(`${file} imports ${imported}`);
      else if (testSide(imported)) visit(imported);
    }
  };
  visit(test);
  return found;
}

describe('tests above the extractor', () => {
  const tests = GUARDED.flatMap(testFiles);

  it('are found where the rule applies', () => {
    expect(tests.filter((t) => t.startsWith('src/graphql/')).length).toBeGreaterThanOrEqual(8);
    expect(tests.filter((t) => t.startsWith('tests/e2e/'))).toHaveLength(2);
    expect(tests.filter((t) => t.startsWith('examples/')).length).toBeGreaterThanOrEqual(1);
  });

  it.each(tests)('%s builds its own data: no extractor, no seed article', (test) => {
    expect(violations(test)).toEqual([]);
  });

  it('would catch a test that runs the extractor on the seed article', () => {
    expect(violations('tests/unit/ingest/seedGolden.test.ts')).toEqual(
      expect.arrayContaining([
        'tests/unit/ingest/seedGolden.test.ts imports src/ingest/index.ts',
        "tests/unit/ingest/seedGolden.test.ts mentions 'seed', 'articles'",
      ]),
    );
  });
});
