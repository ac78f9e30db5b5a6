// Lint: typescript-eslint's recommended rules on everything we write; generated code is skipped.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

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
  // Layout is Prettier's (npm run format); lint rules that would argue with it are off.
  prettier,
  // Browser code (bundled by scripts/graphiql.ts): the page's globals.
  {
    files: ['src/server/graphiql/*.mjs'],
    languageOptions: { globals: { document: 'readonly', Worker: 'readonly', globalThis: 'readonly' } },
  },
);
