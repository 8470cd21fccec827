// Lint: TypeScript rules plus the import layering of DESIGN.md §2 (also checked by test/architecture.test.ts).
import tseslint from 'typescript-eslint';

const nodeOnly = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'better-sqlite3'];
const uiOnly = ['react', 'react-dom', 'react-dom/*', 'lexical', '@lexical/*'];

function restrict(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'native/**', 'test-results/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [...nodeOnly, ...uiOnly, 'electron', '**/electron/**', '**/renderer/**'],
      'shared/ is pure TypeScript: no Node, DOM, UI or Electron imports.',
    ),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: restrict(
      [...uiOnly, '**/renderer/**', '**/main/**', '**/preload/**'],
      'The core runs under plain Node: no UI, shell or renderer imports.',
    ),
  },
  {
    files: ['electron/core/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only electron/main and electron/preload may use Electron.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict(
      [...nodeOnly, 'electron', '**/electron/**'],
      'The renderer talks to the core only through the typed API client.',
    ),
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
