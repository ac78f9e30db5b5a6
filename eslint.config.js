// Lint: typescript-eslint's type-checked recommended rules, the one-way layering of src/ (eslint-plugin-boundaries), Prettier for layout; generated code is skipped.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';

// The one-way flow of DESIGN.md: which layers each layer may import (imports inside a layer are free).
// seed/seed.ts is a command like src/cli's, which loads it.
// Ingest is pure and at the bottom: fetch may read its limits (the page size cap).
const LAYERS = {
  ingest: [],
  fetch: ['ingest'],
  db: ['ingest'],
  graphql: ['db', 'ingest', 'fetch'],
  server: ['graphql', 'db', 'ingest', 'fetch'],
  // The ingest worker (graphile-worker's task): beside the API, below the commands that run it.
  queue: ['db', 'ingest', 'fetch'],
  cli: ['cli', 'server', 'graphql', 'queue', 'db', 'ingest', 'fetch'],
};
// The shared top-level modules: who may use them. Not ingest (pure: no environment, no logging)
// nor fetch (config imports fetch's host policy, so fetch stays below config).
const SHARED = {
  config: ['db', 'graphql', 'server', 'cli'],
  logger: ['db', 'graphql', 'server', 'queue', 'cli'],
  telemetry: ['server', 'cli'],
};

const layerPolicies = [
  ...Object.entries(LAYERS).map(([from, to]) => ({
    from: { element: { type: from } },
    allow: { to: { element: { types: { anyOf: to } } } },
  })),
  ...Object.entries(SHARED).map(([file, users]) => ({
    from: { element: { types: { anyOf: users } } },
    allow: { to: { file: { categories: file } } },
  })),
  // Config validates what fetch and ingest take (allowed hosts, the default time zone).
  { from: { file: { categories: 'config' } }, allow: { to: { element: { types: { anyOf: ['fetch', 'ingest'] } } } } },
];

export default tseslint.config(
  { ignores: ['node_modules/', '**/generated/', 'examples/client/src/gql/', 'dist/', '.data/', 'tmp/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
      // Type-aware, beyond recommendedTypeChecked: an awaited return inside try/catch is caught there;
      // a switch over a union must name every member (or say default).
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  // any from JSON, SQL rows and GraphQL responses is everyday in tests, scripts and the benchmark (186
  // findings when this was turned on); production code is held to it.
  {
    files: ['tests/**', 'scripts/**', 'bench/**', 'examples/**', '**/*.test.ts', '**/scenario.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // Import boundaries between the layers, for production code; tests, scripts and bench are free.
  {
    files: ['src/**/*.{ts,mjs}', 'seed/**/*.ts'],
    ignores: ['**/*.test.ts', '**/scenario.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export'],
      'boundaries/elements': [
        ...['ingest', 'fetch', 'db', 'graphql', 'server', 'queue', 'cli'].map((layer) => ({
          type: layer,
          pattern: `src/${layer}`,
          partialMatch: false,
        })),
        { type: 'cli', pattern: 'seed', partialMatch: false },
      ],
      'boundaries/files': ['config', 'logger', 'telemetry'].map((name) => ({ category: name, pattern: `src/${name}.ts` })),
    },
    // checkUnknownLocals: a file of ours outside every layer (tests, scripts, the repository root) is refused too.
    rules: { 'boundaries/dependencies': ['error', { default: 'disallow', checkUnknownLocals: true, policies: layerPolicies }] },
  },
  // Plain JavaScript is outside the TypeScript program: no type information for it.
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  // Layout is Prettier's (npm run format); lint rules that would argue with it are off.
  prettier,
  // Browser code (bundled by scripts/graphiql.ts): the page's globals.
  {
    files: ['src/server/graphiql/*.mjs'],
    languageOptions: { globals: { document: 'readonly', Worker: 'readonly', globalThis: 'readonly' } },
  },
);
