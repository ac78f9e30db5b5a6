// Lint: typescript-eslint's recommended rules on everything we write; generated code is skipped.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '**/generated/', 'examples/client/src/gql/', 'dist/', '.data/', 'tmp/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  // Browser code (bundled by scripts/graphiql.ts): the page's globals.
  { files: ['src/server/graphiql/*.mjs'], languageOptions: { globals: { document: 'readonly', Worker: 'readonly', globalThis: 'readonly' } } },
);
