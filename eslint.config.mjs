import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** File names are kebab-case (STYLE.md §3); a small local rule, as no installed plugin checks it. */
const kebabCaseFileNames = {
  meta: { type: 'suggestion', schema: [] },
  create(context) {
    const name = context.filename.split('/').pop() ?? '';
    const stem = name.replace(/\.(test|e2e|config|d)?\.?(ts|tsx|mjs|js)$/, '').replace(/\.(test|e2e)$/, '');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(stem)) {
      return {
        Program(node) {
          context.report({ node, message: `File name "${name}" is not kebab-case` });
        },
      };
    }
    return {};
  },
};

const boundaries = (forbidden) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: forbidden.map((name) => ({
        group: [name, `${name}/*`],
        message: 'Dependencies point one way only (STYLE.md §1)',
      })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'reference-data/**',
      'coverage/**',
      'packages/db/migrations/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.mjs', '*.ts', 'scripts/*.mjs', 'scripts/vitest/*.ts', 'packages/web/vite.config.ts'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    settings: {
      'import-x/ignore': ['node_modules'],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    plugins: { 'import-x': importX, local: { rules: { 'kebab-case-file-names': kebabCaseFileNames } } },
    rules: {
      curly: 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      'import-x/no-cycle': 'error',
      'local/kebab-case-file-names': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in packages/server/src/config.ts only' },
      ],
    },
  },
  { files: ['packages/domain/**'], rules: boundaries(['@tansiq/db', '@tansiq/server', '@tansiq/web', 'node:*']) },
  { files: ['packages/db/**'], rules: boundaries(['@tansiq/server', '@tansiq/web']) },
  { files: ['packages/server/**'], rules: boundaries(['@tansiq/web']) },
  {
    files: ['packages/web/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...boundaries(['@tansiq/db', '@tansiq/server', 'node:*']) },
  },
  {
    files: ['packages/server/src/config.ts', 'scripts/**', '**/*.config.ts', 'packages/web/e2e/**', 'bench/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  // Browser journeys run in Node (node:test) and drive the browser from outside.
  { files: ['packages/web/e2e/**', 'packages/web/vite.config.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', 'packages/web/e2e/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
);
