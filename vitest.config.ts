import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node loads graphql through `main` (CJS) for type-graphql; Vite would pick `module` (ESM) for our sources.
  // One instance for both, or `instanceof GraphQLScalarType` fails across the two copies.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // One Redis key prefix per run, and every key under it removed when the run ends.
    globalSetup: ['test/support/redis-run.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Integration suites each start their own sandbox and gateway on ephemeral ports.
    pool: 'forks',
  },
});
