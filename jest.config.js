// @ts-check

const { compilerOptions } = require('./tsconfig.base.json');

// Path aliases (@steg/...) come from tsconfig.base.json. swc rewrites them while compiling, which also
// covers Jest's global setup (it is loaded outside Jest's module resolver, so moduleNameMapper would not).
const paths = compilerOptions.paths;

// swc compiles TypeScript with decorator metadata (Nest and TypeORM need it); type checking is
// `npm run typecheck`'s job. jose is ESM-only, so it goes through swc too.
/** @type {import('jest').Config['transform']} */
const transform = {
  '^.+\\.(t|m?j)s$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        baseUrl: __dirname,
        paths,
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    },
  ],
};

/** @type {import('jest').Config} */
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
  transform,
  transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
};

/** @type {import('jest').Config} */
const config = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '\\.e2e-spec\\.ts$'],
    },
    {
      ...shared,
      displayName: 'api',
      testMatch: ['<rootDir>/apps/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/shared/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/shared/testing/src/global-teardown.ts',
      setupFiles: ['<rootDir>/libs/shared/testing/src/setup-env.ts'],
      // Fails a test that runs two queries at once on one connection (see one-query-per-connection.ts).
      setupFilesAfterEnv: ['<rootDir>/libs/shared/testing/src/setup-after-env.ts'],
      testTimeout: 60_000,
    },
  ],
};

module.exports = config;
