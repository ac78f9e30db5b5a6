/**
 * The lint rules that guard the design, run through ESLint's Node API on snippets placed at
 * paths in the project: the one-way flow of layers (eslint-plugin-boundaries) bites on a wrong
 * import. The project's own config, without type information: the boundaries need none, and
 * building the TypeScript program would take the unit tests from seconds to tens of seconds
 * (npm run lint runs the type-aware rules on the real files).
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.ts';

const eslint = new ESLint({ cwd: projectRoot, overrideConfig: [tseslint.configs.disableTypeChecked] });

/** Messages of one rule for `code` as if it were the file at `file` (relative to the root). */
async function lint(file: string, code: string, rule: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(projectRoot, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === rule).map((message) => message.message);
}

const importing = (specifier: string) => `import { thing } from '${specifier}';\nexport const again = thing;\n`;

describe('import boundaries', () => {
  it.each([
    ['src/ingest/x.ts', '../db/client.ts', 'elements of type "ingest" to elements of type "db"'],
    ['src/ingest/x.ts', '../config.ts', 'elements of type "ingest" to file of category "config"'],
    ['src/ingest/x.ts', '../../tests/helpers/drafts.ts', 'elements of type "ingest" to entities of module with origin "local"'],
    ['src/fetch/x.ts', '../logger.ts', 'elements of type "fetch" to file of category "logger"'],
    ['src/fetch/x.ts', '../db/client.ts', 'elements of type "fetch" to elements of type "db"'],
    ['src/db/x.ts', '../graphql/schema.ts', 'elements of type "db" to elements of type "graphql"'],
    ['src/graphql/x.ts', '../server/app.ts', 'elements of type "graphql" to elements of type "server"'],
    ['src/graphql/x.ts', '../cli/start.ts', 'elements of type "graphql" to elements of type "cli"'],
    ['src/server/x.ts', '../cli/start.ts', 'elements of type "server" to elements of type "cli"'],
  ])('refuses %s importing %s', async (file, specifier, refusal) => {
    expect(await lint(file, importing(specifier), 'boundaries/dependencies')).toEqual([
      `There is no policy allowing dependencies from ${refusal}`,
    ]);
  });

  it.each([
    ['src/db/x.ts', '../ingest/types.ts'],
    ['src/db/x.ts', '../config.ts'],
    ['src/graphql/x.ts', '../db/client.ts'],
    ['src/server/x.ts', '../graphql/schema.ts'],
    ['src/cli/x.ts', '../../seed/seed.ts'],
    ['src/config.ts', './fetch/index.ts'],
    ['src/config.ts', './ingest/zones.ts'],
    ['src/fetch/x.ts', '../ingest/limits.ts'],
    ['tests/unit/x.test.ts', '../../src/cli/start.ts'],
  ])('lets %s import %s', async (file, specifier) => {
    expect(await lint(file, importing(specifier), 'boundaries/dependencies')).toEqual([]);
  });
});
