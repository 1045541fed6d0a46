// The workspace lint setup plus what a browser app and its Node scripts use.
import root from '../../eslint.config.mjs';

export default [
  ...root,
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { Buffer: 'readonly' } },
  },
];
