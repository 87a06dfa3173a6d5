import { defineConfig } from 'vitest/config';

// One test run for the whole repository: `domain` (pure unit tests), `integration` and `integration-pdf` (db + server
// against a real database: embedded PGlite by default, the PostgreSQL server when DATABASE_URL is set) and `web` (jsdom).

/** Tests that read PDFs back with PDF.js: its module state does not survive being shared between files. */
const pdfReadingTests = [
  'packages/server/src/documents/render-letter-pdf.test.ts',
  'packages/server/src/referrals/referral-letters.test.ts',
];

/** What both integration projects share: a real database prepared once per run, cloned per test file. */
const database = {
  environment: 'node',
  globalSetup: ['./scripts/vitest/database-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
} as const;

export default defineConfig({
  test: {
    reporters: ['default', './scripts/vitest/summary-reporter.ts'],
    projects: [
      { test: { name: 'domain', include: ['packages/domain/src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['packages/db/src/**/*.test.ts', 'packages/server/src/**/*.test.ts'],
          exclude: pdfReadingTests,
          ...database,
          // Files share a worker's module cache (each still opens its own database clone): the server's modules are
          // imported once per worker instead of once per file, which halves the run (ADR 0016).
          isolate: false,
        },
      },
      {
        test: {
          name: 'integration-pdf',
          include: pdfReadingTests,
          ...database,
        },
      },
      {
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // Long forms typed key by key take ~1.5 s alone and over 5 s (the default) when the machine is busy; a test
          // cut short keeps typing into the next one.
          testTimeout: 15_000,
        },
      },
    ],
  },
});
