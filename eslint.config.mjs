import coreWebVitals from 'eslint-config-next/core-web-vitals';
import typescript from 'eslint-config-next/typescript';
import i18next from 'eslint-plugin-i18next';

// The layers (CONTRIBUTING.md draws them): app/ → components/ → lib/store ← lib/medusa.
// Each rule below is one arrow that must not be drawn; `layer` joins the rules that apply to
// one part of the tree into the single `no-restricted-imports` setting ESLint keeps per file.

const NO_MEDUSA_ADAPTERS = {
  group: ['@/lib/medusa', '@/lib/medusa/**', '**/lib/medusa', '**/lib/medusa/**'],
  message:
    'Pages and components reach the store through lib/store (its types, CustomerStore, getBackend in lib/store/server); only lib/ knows lib/medusa.',
};
const NO_MEDUSA_SDKS = {
  group: [
    '@medusajs/medusa-js',
    '@medusajs/medusa-js/**',
    '@medusajs/js-sdk',
    '@medusajs/js-sdk/**',
  ],
  message:
    'Only the adapters import a Medusa SDK: @medusajs/medusa-js in lib/medusa/v1, @medusajs/js-sdk in lib/medusa/v2.',
};
const NO_DEV_CODE = {
  group: ['@/tools/**', '@/tests/**', '@/e2e/**', '**/tools/**', '**/tests/**', '**/e2e/**'],
  message: 'The storefront never imports dev tools or tests.',
};
const NO_COMPONENTS = {
  group: ['@/components/**', '**/components/**'],
  message: 'Route handlers and lib/ import no components: shared logic lives in lib/.',
};
const NO_ROUTES = {
  group: ['@/app/**', '**/app/**'],
  message: 'Only Next imports routes: components and lib/ never import from app/.',
};

const layer = (files, ...patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    rules: {
      // Server actions receive (previousState, formData); a leading underscore marks the unused one.
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Words a shopper reads come from the catalogues (messages/): no text in JSX, and none in
    // the attributes that are read out or shown (labels, alt text, titles, hints).
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'alt',
              'aria-label',
              'aria-description',
              'title',
              'placeholder',
              'label',
              'pendingLabel',
              'hint',
              'summary',
            ],
          },
          // Punctuation and symbols between translated parts, and the store's own name for
          // the page a trivial route shows.
          words: { exclude: ['[0-9!-/:-@[-`{-~·–—…×]+'] },
          // Calls whose strings are keys and names, not words: translators, a form's fields.
          callees: {
            exclude: [
              't',
              't\\.rich',
              't\\.has',
              'useTranslations',
              'getTranslations',
              'messageRef',
              'field',
              'cn',
              'require',
            ],
          },
        },
      ],
    },
  },
  {
    // Playwright fixtures receive a `use` callback that is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  layer(
    ['app/**', 'proxy.ts', 'instrumentation.ts'],
    NO_MEDUSA_ADAPTERS,
    NO_MEDUSA_SDKS,
    NO_DEV_CODE,
  ),
  layer(['app/**/route.ts'], NO_MEDUSA_ADAPTERS, NO_MEDUSA_SDKS, NO_DEV_CODE, NO_COMPONENTS),
  layer(['components/**'], NO_MEDUSA_ADAPTERS, NO_MEDUSA_SDKS, NO_DEV_CODE, NO_ROUTES),
  layer(['lib/**'], NO_MEDUSA_SDKS, NO_DEV_CODE, NO_COMPONENTS, NO_ROUTES),
  // The adapters: each one the SDK of its own version.
  layer(['lib/medusa/**'], NO_DEV_CODE, NO_COMPONENTS, NO_ROUTES),
  layer(['lib/medusa/v1/**'], NO_DEV_CODE, NO_COMPONENTS, NO_ROUTES, {
    group: ['@medusajs/js-sdk', '@medusajs/js-sdk/**'],
    message: 'The v1 adapter talks to Medusa v1 through @medusajs/medusa-js only.',
  }),
  layer(['lib/medusa/v2/**'], NO_DEV_CODE, NO_COMPONENTS, NO_ROUTES, {
    group: ['@medusajs/medusa-js', '@medusajs/medusa-js/**'],
    message: 'The v2 adapter talks to Medusa v2 through @medusajs/js-sdk only.',
  }),
  // Tests and tools may reach everything but a Medusa SDK: they check Medusa over HTTP.
  layer(['tests/**', 'e2e/**', 'tools/**'], NO_MEDUSA_SDKS),
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'backend/**',
      '.data/**',
      'playwright-report/**',
      'test-results/**',
      'next-env.d.ts',
    ],
  },
];

export default config;
