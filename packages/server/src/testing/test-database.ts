import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '@tansiq/db';

/** What the global setup (scripts/vitest/database-setup.ts) hands to each test file. */
declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase:
      { kind: 'pglite'; templatePath: string } | { kind: 'postgres'; url: string; serverUrl: string; template: string };
  }
}

/**
 * A database for one test file: a clone of the migrated template, on PGlite or on the PostgreSQL server (dropped with
 * the template at the end of the run).
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const target = inject('testDatabase');
  if (target.kind === 'postgres') {
    const name = `${target.template}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: target.serverUrl });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${target.template}`);
    } finally {
      await admin.end();
    }
    const url = Object.assign(new URL(target.serverUrl), { pathname: `/${name}` }).toString();
    return openDatabase({ kind: 'postgres', url, poolSize: 4 });
  }
  const template = await readFile(target.templatePath);
  return openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: new Blob([template]) });
}
