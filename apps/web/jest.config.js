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
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
};
