// Lint rules: typescript-eslint's recommended set with type information, plus the few that catch real bugs here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'node_modules/',
      'examples/generated/',
      'examples/client-app/src/gql/',
      'test/e2e/artifacts/',
      'src/server/explorer/client/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // type-graphql's API takes resolver classes as `Function`.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // Flags a default before try/catch and counters read by the next loop turn: noise here.
      'no-useless-assignment': 'off',
    },
  },
  // Tests read untyped JSON answers and use chai-style expressions.
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
