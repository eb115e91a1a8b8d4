const { swcTransform } = require('../../jest.preset');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'contracts',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: swcTransform,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
