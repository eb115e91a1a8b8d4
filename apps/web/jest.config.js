const { swcTransform, contractsFromSource } = require('../../jest.preset');

// The lazily loaded pages (app/AppRoutes.tsx) come through import(), which Jest's CommonJS runtime
// runs only as require(): unlike the API's, the web's dynamic imports are all of its own modules.
const [[pattern, [swc, options]]] = Object.entries(swcTransform);
const transform = { [pattern]: [swc, { ...options, module: { type: 'commonjs' } }] };

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  transform,
  moduleNameMapper: {
    ...contractsFromSource,
    '\\.css$': '<rootDir>/src/test/style-stub.ts',
  },
  // marked is published as ES modules only; everything else in node_modules is CommonJS already.
  transformIgnorePatterns: ['/node_modules/(?!marked/)'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  // The last resort, and why: no test waits on a clock any more (fake timers for the autosave,
  // findBy/waitFor end on their condition), so this limit only catches a test that hangs. Rendering
  // in jsdom is CPU-bound, and with a load of 13 on two cores (other suites, a CPU burner) a review
  // page with four clicks took 17 s; 60 s, as the API's tests have, still stops a hang.
  testTimeout: 60000,
};
