const { swcTransform, contractsFromSource } = require('../../jest.preset');

// meilisearch, NestJS 12 (@nestjs/*), and @scure/base and @noble/hashes under otplib, ship ES
// modules only; Jest's CommonJS runtime needs them transformed (Node itself loads them with
// require since 20.19).
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    // NestJS 12 loads optional packages (platform-express, class-validator…) with import(), which
    // Jest's CommonJS runtime cannot run: in its files import() becomes require().
    '/node_modules/@nestjs/.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
    ...swcTransform,
  },
  // (also where npm nests them: node_modules/@otplib/…/node_modules/@noble/hashes)
  transformIgnorePatterns: ['^(?!.*/node_modules/(meilisearch|@nestjs|@scure/base|@noble/hashes)/).*/node_modules/'],
  moduleNameMapper: contractsFromSource,
  // Decorators (class-validator, TypeORM) read type metadata, as they do in main.ts under Nest.
  setupFiles: ['reflect-metadata'],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...shared, displayName: 'api:unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'api:integration',
      testMatch: ['<rootDir>/test/**/*.spec.ts'],
      // Starts one real PostgreSQL and one real Meilisearch for the run (unless DATABASE_URL /
      // MEILI_HOST point at running ones); each test file gets its own database and index prefix.
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
  // Global only (Jest ignores it inside a project): starting the API with its own servers takes seconds.
  testTimeout: 60000,
};
