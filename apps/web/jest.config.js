const { swcTransform, contractsFromSource } = require('../../jest.preset');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  transform: swcTransform,
  moduleNameMapper: {
    ...contractsFromSource,
    '\\.css$': '<rootDir>/src/test/style-stub.ts',
  },
  // marked is published as ES modules only; everything else in node_modules is CommonJS already.
  transformIgnorePatterns: ['/node_modules/(?!marked/)'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  // A test that types a whole form takes seconds on a busy two-core machine; 5 s is too close.
  testTimeout: 15000,
};
