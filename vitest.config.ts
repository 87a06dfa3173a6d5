import { defineConfig } from 'vitest/config';

/**
 * One test run for the whole repository: `domain` (pure unit tests), `integration` (db + server against a real
 * database: embedded PGlite by default, the PostgreSQL server when DATABASE_URL is set) and `web` (jsdom).
 */
export default defineConfig({
  test: {
    reporters: ['default', './scripts/vitest/summary-reporter.ts'],
    projects: [
      { test: { name: 'domain', include: ['packages/domain/src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['packages/db/src/**/*.test.ts', 'packages/server/src/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./scripts/vitest/database-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
    ],
  },
});
