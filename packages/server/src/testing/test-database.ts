import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '@tansiq/db';

/** A database for one test file: a clone of the migrated PGlite template, or the run's PostgreSQL test database. */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const target = inject('testDatabase');
  if (target.kind === 'postgres') {
    return openDatabase({ kind: 'postgres', url: target.url, poolSize: 4 });
  }
  const template = await readFile(target.templatePath);
  return openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: new Blob([template]) });
}
