// The workspace lint setup plus what a browser app and its Node scripts use.
import root from '../../eslint.config.mjs';

export default [
  ...root,
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { Buffer: 'readonly' } },
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
        },
      ],
    },
  },
];
