import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Integration suites mostly wait on their Directus processes; two at a time fit our two cores.
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['extensions/yuchi/src/**/*.test.ts', 'seed/**/*.test.ts', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          // The browser test shares the run's template databases, so it lives in the same project.
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['./test/support/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 240_000,
          pool: 'forks',
        },
      },
    ],
  },
});
