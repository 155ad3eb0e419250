import js from '@eslint/js'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { fileURLToPath } from 'node:url'
import tseslint from 'typescript-eslint'

/**
 * Import boundaries (architecture.md), enforced with ESLint's own no-restricted-imports: code
 * outside its folder is reached through the aliases '@/…' (src) and '@mocks/…', so each layer can
 * forbid the aliases it must not use, and relative imports may not climb out of their area.
 * Import cycles are found by eslint-plugin-import-x's no-cycle (below).
 */
const FEATURES = ['callback', 'developer', 'call-in', 'tools', 'sign-in']
const SHARED = ['api', 'components', 'lib', 'i18n']

const always = [
  {
    name: '@mui/icons-material',
    message: 'Import each icon by path (@mui/icons-material/Add) to keep bundles small.',
  },
  { name: 'react-router-dom', message: 'React Router 8: import from react-router.' },
]
const noSimulator = {
  group: ['@mocks/*', '**/mocks/*', '**/mocks'],
  message: 'Only src/main.tsx (and tests) reach the simulator.',
}
const upTo = (levels) => ({
  group: ['../'.repeat(levels) + '*'],
  message:
    'Do not climb out of this area with a relative import; use the @/ alias for another layer.',
})

/** One block per area: its files, what they may not import. */
function boundary(files, patterns, ignores = []) {
  return {
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { paths: always, patterns }] },
  }
}

const boundaries = [
  boundary(
    ['src/domain/**/*.{ts,tsx}'],
    [
      {
        group: ['@/*', '!@/domain/*'],
        message: 'src/domain is pure TypeScript and imports nothing of the app.',
      },
      noSimulator,
      upTo(1),
    ],
  ),
  ...FEATURES.flatMap((feature) => [
    ...[1, 2, 3].map((depth) =>
      boundary(
        [`src/features/${feature}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
        [
          {
            group: ['@/features/*', `!@/features/${feature}/*`],
            message:
              'Features never import each other; share code through src/components, src/lib or src/api.',
          },
          { group: ['@/app/*'], message: 'Features never import the app shell.' },
          noSimulator,
          upTo(depth),
        ],
        ['src/**/*.test.{ts,tsx}'],
      ),
    ),
    boundary(
      [`src/features/${feature}/**/*.test.{ts,tsx}`],
      [
        {
          group: ['@/features/*', `!@/features/${feature}/*`],
          message: 'Features never import each other.',
        },
      ],
    ),
  ]),
  ...SHARED.map((dir) =>
    boundary(
      [`src/${dir}/**/*.{ts,tsx}`],
      [
        {
          group: ['@/features/*', '@/app/*'],
          message: 'Shared code never imports a feature or the app shell.',
        },
        noSimulator,
        upTo(2),
      ],
      ['src/**/*.test.{ts,tsx}'],
    ),
  ),
  boundary(['src/app/**/*.{ts,tsx}'], [noSimulator], ['src/**/*.test.{ts,tsx}']),
  boundary(
    ['mocks/**/*.ts'],
    [
      {
        group: ['@/app/*', '@/features/*', '@/components/*', '@/i18n/*', '@/lib/*'],
        message: 'The simulator uses src/domain and the API types only.',
      },
    ],
  ),
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'coverage',
      'test-results',
      'playwright-report',
      'bench-results',
      'public/mockServiceWorker.js',
      'src/api/schema.gen.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { paths: always }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: render text, never HTML.',
        },
      ],
    },
  },
  ...boundaries,
  {
    // No import cycles anywhere (a cycle makes module order matter and hides a missing layer).
    // Type-only imports are erased at build time and do not count.
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
          tsconfig: { configFile: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) },
        }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // expect.any() and friends are typed any; asserting with them is the point of a test.
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
)
