import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // One graphql module for everyone: Node resolves the dependencies' `import 'graphql'` to the
  // package's CommonJS entry, so tests must too, or schemas built by @graphql-tools fail
  // graphql's realm checks ("Cannot use GraphQLObjectType from another module or realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts', 'examples/**/*.test.ts'],
    // One throwaway Postgres cluster per run; each test file gets its own database in it.
    globalSetup: ['tests/setup/postgres.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
