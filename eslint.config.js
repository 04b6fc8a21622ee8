// Lint rules for the TypeScript sources, tests and scripts, with the architecture's two import
// rules: no import cycles, and imports that flow one way, cli → stages → store.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noImportCycle from './eslint-rules/no-import-cycle.js';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'index/', 'scratch/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { process: 'readonly', require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { papers: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'papers/no-import-cycle': 'error' },
  },
  {
    files: ['src/!(cli)/**/*.ts', 'src/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)cli/', message: 'Only the CLI imports src/cli: it chooses the stages and passes them in (cli → stages → store).' }] },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!errors\\.js$|config\\.js$|ingest/types\\.js$)',
              message: 'The store imports no stage: only errors, config and the Paper/Entry types (cli → stages → store).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/postgres/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./\\.\\./(?!errors\\.js$|config\\.js$|ingest/types\\.js$)',
              message: 'The store imports no stage: only errors, config and the Paper/Entry types (cli → stages → store).',
            },
          ],
        },
      ],
    },
  },
);
