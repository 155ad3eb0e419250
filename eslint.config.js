import js from '@eslint/js'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const features = ['callback', 'developer', 'call-in', 'tools', 'sign-in']
const shared = ['api', 'components', 'lib', 'i18n']

/** Import boundaries (architecture.md): shared → features → app, domain depends on nothing. */
const zones = [
  // Pure domain: no app code, no mocks.
  ...['app', 'features', ...shared].map((dir) => ({
    target: './src/domain',
    from: `./src/${dir}`,
    message: 'src/domain is pure TypeScript and imports nothing of the app.',
  })),
  { target: './src/domain', from: './mocks', message: 'src/domain never imports the simulator.' },
  // A feature never imports another feature, nor the app that assembles them.
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'Features never import each other; move shared code to src/components, src/lib or src/api.',
  })),
  { target: './src/features', from: './src/app', message: 'Features never import the app shell.' },
  // Shared layers never reach up into features or the app.
  ...shared.flatMap((dir) => [
    {
      target: `./src/${dir}`,
      from: './src/features',
      message: 'Shared code never imports a feature.',
    },
    {
      target: `./src/${dir}`,
      from: './src/app',
      message: 'Shared code never imports the app shell.',
    },
  ]),
  // The simulator implements the API; it never reaches into UI code.
  ...['app', 'features', 'components', 'i18n'].map((dir) => ({
    target: './mocks',
    from: `./src/${dir}`,
    message: 'The simulator uses src/domain and the API types only.',
  })),
]

export default tseslint.config(
  {
    ignores: [
      'dist',
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
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver()],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-restricted-paths': ['error', { zones }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@mui/icons-material',
              message: 'Import each icon by path (@mui/icons-material/Add) to keep bundles small.',
            },
            { name: 'react-router-dom', message: 'React Router 8: import from react-router.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: render text, never HTML.',
        },
      ],
    },
  },
  {
    // src reaches the simulator only through main.tsx's dynamic import (and the test setup).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@mocks/*', '**/mocks/*'],
              message: 'Only src/main.tsx loads the simulator.',
            },
          ],
          paths: [
            {
              name: '@mui/icons-material',
              message: 'Import each icon by path (@mui/icons-material/Add) to keep bundles small.',
            },
            { name: 'react-router-dom', message: 'React Router 8: import from react-router.' },
          ],
        },
      ],
    },
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
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
)
