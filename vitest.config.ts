import { defineConfig } from 'vitest/config';

// Route tests run once on the embedded database and, when TEST_DATABASE_URL points at a
// PostgreSQL server, once more on it. Under CI a missing server or browser fails the run.
const postgresUrl = process.env.TEST_DATABASE_URL;
if (process.env.CI && !postgresUrl) {
  throw new Error('CI must set TEST_DATABASE_URL so the route tests also run on PostgreSQL.');
}

const serverTests = ['src/server/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/core/**/*.test.ts', 'src/web/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'server-pglite',
          include: serverTests,
          // Several app instances need one shared database server.
          exclude: ['**/*.postgres.test.ts', '**/node_modules/**'],
          env: { TEST_DB: 'pglite' },
          globalSetup: ['src/server/testing/global-setup-pglite.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(postgresUrl
        ? [
            {
              test: {
                name: 'server-postgres',
                include: serverTests,
                env: { TEST_DB: 'postgres' },
                globalSetup: ['src/server/testing/global-setup-postgres.ts'],
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
