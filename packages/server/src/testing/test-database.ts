import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '@tansiq/db';

/** What the global setup (scripts/vitest/database-setup.ts) hands to each test file. */
declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { kind: 'pglite'; templatePath: string } | { kind: 'postgres'; url: string };
  }
}

/** A database for one test file: a clone of the migrated PGlite template, or the run's PostgreSQL test database. */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const target = inject('testDatabase');
  if (target.kind === 'postgres') {
    return openDatabase({ kind: 'postgres', url: target.url, poolSize: 4 });
  }
  const template = await readFile(target.templatePath);
  return openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: new Blob([template]) });
}
