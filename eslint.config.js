// Lint rules for the TypeScript sources, tests and scripts, with the architecture's two import
// rules: no import cycles, and imports that flow one way, cli → stages → store.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import noTypeImportCycle from './eslint-rules/no-type-import-cycle.js';

const root = import.meta.dirname;

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
    plugins: { 'import-x': importX, papers: { rules: { 'no-type-import-cycle': noTypeImportCycle } } },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // Sources import './x.js' and mean './x.ts' (module: nodenext).
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json', '.node'], extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'papers/no-type-import-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            {
              target: ['./src/!(cli)/**', './src/*.ts'],
              from: './src/cli',
              message: 'Only the CLI imports src/cli: it chooses the stages and passes them in (cli → stages → store).',
            },
            {
              target: './src/store',
              from: './src',
              except: ['./store', './errors.ts', './config.ts', './ingest/types.ts'],
              message: 'The store imports no stage: only errors, config and the Paper/Entry types (cli → stages → store).',
            },
          ],
        },
      ],
    },
  },
);
