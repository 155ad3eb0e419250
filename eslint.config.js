import js from '@eslint/js'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { fileURLToPath } from 'node:url'
import tseslint from 'typescript-eslint'

/**
 * Import boundaries (architecture.md), enforced with typescript-eslint's no-restricted-imports
 * (ESLint's own, plus `allowTypeImports`): code outside its folder is reached through the aliases
 * '@/…' (src) and '@mocks/…', so each layer can forbid the aliases it must not use, and relative
 * imports may not climb out of their area.
 * Import cycles are found by eslint-plugin-import-x's no-cycle (below).
 */
const FEATURES = ['callback', 'developer', 'call-in', 'tools', 'sign-in']
const SHARED = ['api', 'components', 'lib', 'i18n']
const TESTS = ['**/*.test.{ts,tsx}']

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
/** Relative paths as well as aliases: '../features/x' is refused like '@/features/x'. */
const noFeatureOrApp = {
  group: ['**/features', '**/features/*', '**/app', '**/app/*'],
  caseSensitive: true,
  message: 'Shared code never imports a feature or the app shell.',
}
const mocksByAlias = {
  group: ['**/mocks', '**/mocks/*', '!@mocks/*'],
  message: 'Tests reach the simulator through the @mocks/ alias, not a relative path.',
}
const noUi = {
  group: ['@/app/*', '@/features/*', '@/components/*', '@/i18n/*', '@/lib/*', '**/src/*', '**/src'],
  message: 'The simulator uses src/domain and the API types only (through the @/ alias).',
}
const apiTypesOnly = {
  group: ['@/api/*'],
  allowTypeImports: true,
  message: 'The simulator takes only types from src/api (import type): it is not an API client.',
}
const upTo = (levels) => ({
  group: ['../'.repeat(levels) + '*'],
  message:
    'Do not climb out of this area with a relative import; use the @/ alias for another layer.',
})

/** One block: its files, what they may not import. */
function boundary(files, patterns, ignores = []) {
  return {
    files,
    ignores,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: always, patterns }],
    },
  }
}

/**
 * The source files of an area, one block per folder depth, so a relative import may go up to the
 * area's root and no further (a file in src/lib may not reach '../features/…' or '../api/…').
 */
function area(root, patterns, { depth = 3, ignores = TESTS } = {}) {
  return Array.from({ length: depth }, (_, i) =>
    boundary([`${root}/${'*/'.repeat(i)}*.{ts,tsx}`], [...patterns, upTo(i + 1)], ignores),
  )
}

// Later blocks win for a file several match (flat config does not merge a rule's options), so
// the test blocks come after the source blocks and the narrower ones last.
const boundaries = [
  ...area('src/domain', [
    {
      group: ['@/*', '!@/domain/*'],
      message: 'src/domain is pure TypeScript and imports nothing of the app.',
    },
    noFeatureOrApp,
    noSimulator,
  ]),
  ...FEATURES.flatMap((feature) =>
    area(`src/features/${feature}`, [
      {
        group: ['@/features/*', `!@/features/${feature}/*`],
        message:
          'Features never import each other; share code through src/components, src/lib or src/api.',
      },
      { group: ['@/app/*'], message: 'Features never import the app shell.' },
      noSimulator,
    ]),
  ),
  ...SHARED.flatMap((dir) => area(`src/${dir}`, [noFeatureOrApp, noSimulator])),
  ...area('src/app', [noSimulator]),
  // The simulator proper (what the browser and the server run); its tests and test kit drive the
  // API client, so they may import it.
  ...area('mocks', [noUi, apiTypesOnly], { ignores: [...TESTS, 'mocks/testing/**'] }),
  boundary([...TESTS.map((t) => `mocks/${t}`), 'mocks/testing/**/*.ts'], [noUi]),
  boundary(['src/**/*.test.{ts,tsx}', 'src/test/**', 'e2e/**', 'vitest.setup.ts'], [mocksByAlias]),
  ...FEATURES.map((feature) =>
    boundary(
      [`src/features/${feature}/**/*.test.{ts,tsx}`],
      [
        {
          group: ['@/features/*', `!@/features/${feature}/*`],
          message: 'Features never import each other.',
        },
        mocksByAlias,
      ],
    ),
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
  ...tseslint.configs.strictTypeChecked,
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
      // `onClick={() => setOpen(false)}` is plain React; a void call used as a value is still refused.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Numbers read naturally in messages ("${count} rows"); objects, nullish and any do not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { paths: always }],
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
