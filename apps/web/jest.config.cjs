// Unit tests (lib/**/*.test.ts) and the browser end-to-end suite (e2e/**/*.e2e.ts) as two jest projects.
const { reporters, ...base } = require('../../jest.swc.cjs');

module.exports = {
  reporters,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/lib'],
      testMatch: ['**/*.test.ts'],
    },
    {
      ...base,
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/e2e'],
      testMatch: ['**/*.e2e.ts'],
      globalSetup: '<rootDir>/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/global-teardown.ts',
    },
  ],
};
