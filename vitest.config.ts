import { defineConfig } from 'vitest/config'

// One suite on the embedded database and, when DATABASE_URL is set, the same suite on PostgreSQL;
// each test file gets a fresh database (src/platform/testing). Browser tests run in their own project.
const onPostgres = Boolean(process.env.DATABASE_URL)

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        extends: true as const,
        test: {
          name: 'pglite',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          env: { TEST_DATABASE: 'pglite' },
          globalSetup: ['src/platform/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(onPostgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
                env: { TEST_DATABASE: 'postgres' },
                globalSetup: ['src/platform/testing/global-setup.ts'],
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        extends: true as const,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
