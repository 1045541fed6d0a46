// The workspace lint setup plus what a browser app and its Node scripts use.
import root, { appBoundaries } from '../../eslint.config.mjs';

export default [
  ...root,
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { Buffer: 'readonly' } },
  },
  // The workspace's boundaries, seen from this folder (the root's file globs start at the root).
  {
    files: ['**/*.{ts,tsx,mjs}'],
    rules: { 'no-restricted-imports': ['error', { patterns: appBoundaries }] },
  },
  {
    files: ['app/**/*.tsx', 'components/**/*.tsx', 'lib/**/*.tsx'],
    ignores: ['components/IntentLink.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'next/link',
              message: 'Use components/IntentLink: it prefetches on intent, not on sight.',
            },
          ],
          patterns: appBoundaries,
        },
      ],
    },
  },
];
