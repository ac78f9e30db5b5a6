import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Test files that need no Postgres, server or browser but live beside the API tests in src/.
// tests/unit/project/testProjects.test.ts checks this list against what the files import.
export const PURE_SRC_TESTS = [
  'src/db/enums.test.ts',
  'src/graphql/common/lookahead.test.ts',
  'src/graphql/common/mutation.test.ts',
  'src/graphql/enums.test.ts',
  'src/graphql/schema.test.ts',
];

// One throwaway Postgres cluster per run, shared by the projects that name it; each test file gets its own database in it.
const postgres = ['tests/setup/postgres.ts'];

export default defineConfig({
  // One graphql module for everyone: Node resolves the dependencies' `import 'graphql'` to the
  // package's CommonJS entry, so tests must too, or schemas built by @graphql-tools fail
  // graphql's realm checks ("Cannot use GraphQLObjectType from another module or realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // `extends: true`: each project inherits the alias and settings above.
    projects: [
      // Pure code, no database (npm run test:unit). Not isolated: the extractors' models and
      // gazetteer load once per worker instead of once per file (28 s → 7 s); no unit test mocks modules.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', ...PURE_SRC_TESTS], isolate: false } },
      // The API over HTTP, the database, the CLIs and the example client, on a real Postgres.
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'src/**/*.test.ts', 'examples/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...PURE_SRC_TESTS],
          globalSetup: postgres,
        },
      },
      // Playground and Prisma Studio in Chromium, against a server on the same Postgres.
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: postgres } },
    ],
  },
});
