// One lint setup for every package: typescript-eslint's recommended rules on top of ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What risk-core's sources may import: their own files and decimal.js. */
const riskCorePurity = {
  regex: '^(?!\\.{1,2}/|decimal\\.js$)',
  message:
    'risk-core is pure: it imports its own files and decimal.js only (no node:*, react, graphql, @prisma or other packages).',
};

/** What an app or package outside risk-core may not import (apps/web adds these to its own). */
export const appBoundaries = [
  {
    regex: '^@belowzero/risk-core/(?!profiles$).|/risk-core/(src|dist)/',
    message:
      "Use risk-core's public entries, '@belowzero/risk-core' and '@belowzero/risk-core/profiles'.",
  },
  {
    regex: '^@belowzero/(api|web|mcp)(/|$)|^(\\.\\./)+(api|web|mcp)/',
    message: 'The apps do not import each other: share through a package.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.next/**',
      '**/generated/**',
      '**/lib/gql/**',
      '**/public/sw.js',
      '**/next-env.d.ts',
      '.tools/**',
      '**/coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Boundaries (docs/architecture.md): the domain stays pure, apps use risk-core's public entry
  // only, and the apps do not reach into each other. test/lint-boundaries.test.ts proves each.
  {
    files: ['packages/risk-core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [riskCorePurity],
        },
      ],
    },
  },
  // risk-core's layers, lowest first: margin primitives (margin/), then instruments (their legs),
  // then the account built from both (account/); a lower layer never imports a higher one.
  {
    files: ['packages/risk-core/src/margin/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            riskCorePurity,
            {
              regex: '^\\.\\./(instruments|account)/',
              message:
                'margin/ is the lowest layer of risk-core: it imports neither instruments/ nor account/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/risk-core/src/instruments/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            riskCorePurity,
            {
              regex: '^\\.\\./account/',
              message: 'instruments/ sits below account/: it does not import it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/**/*.{ts,tsx,mjs}', 'packages/venue-data/**/*.ts', 'packages/server-kit/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: appBoundaries,
        },
      ],
    },
  },
);
