// One jest transform for the whole workspace: SWC with decorator metadata (type-graphql needs it).
module.exports = {
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            react: { runtime: 'automatic' },
          },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // Sources import with explicit .js extensions (node16 ESM); map them back to the .ts files.
  reporters: ['default', require.resolve('./scripts/jest-summary-reporter.cjs')],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};
