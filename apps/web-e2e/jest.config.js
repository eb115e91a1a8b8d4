const { swcTransform } = require('../../jest.preset');

/**
 * Browser tests: the built portal (compiled API + built web client, with its own PostgreSQL and
 * Meilisearch) driven by Debian's Chromium through playwright-core.
 */
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'web-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: swcTransform,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 60000,
  // One browser at a time: two cores, and the portal is shared.
  maxWorkers: 1,
};
