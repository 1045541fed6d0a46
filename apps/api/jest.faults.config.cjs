// The fault and abuse suite (`pnpm --filter @belowzero/api test:faults`): real API processes
// over loopback, a throwaway PostgreSQL it may crash, the shared Redis. One file at a time,
// since several of them load the 2 cores on purpose.
const base = require('../../jest.swc.cjs');

module.exports = {
  ...base,
  testEnvironment: 'node',
  roots: ['<rootDir>/test/faults'],
  testMatch: ['**/*.fault.ts'],
  testTimeout: 180_000,
  maxWorkers: 1,
  globalSetup: '<rootDir>/test/faults/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/faults/support/global-teardown.ts',
};
