// apps/api tests: the shared SWC transform (decorator metadata for type-graphql), run in Node.
const base = require('../../jest.swc.cjs');

module.exports = {
  ...base,
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  // The HTTP suites share real API processes started once (PGlite's start-up is slow).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 120_000,
  maxWorkers: 2,
};
