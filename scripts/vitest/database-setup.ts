import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { dumpPglite, openDatabase } from '../../packages/db/src/client';
import { prepareDatabase } from '../../packages/server/src/prepare-database';
import type {} from '../../packages/server/src/testing/test-database';

const referenceDataDir = resolve(import.meta.dirname, '../../reference-data/morocco');

/**
 * Prepares the database once per run (migrations, territory, GSTs; no demo): with DATABASE_URL, a fresh template
 * database on that server that each test file clones (`create database … template …`), all dropped at the end;
 * otherwise a PGlite template dumped to a file that each test file clones. Either way a test file never sees another
 * file's rows, so tests that read a whole GST (deduplication runs, pathway coverage) cannot interfere.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `tansiq_test_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ kind: 'postgres', url: url.toString() });
    await prepareDatabase(handle, { referenceDataDir, demoMode: false });
    await handle.close();
    project.provide('testDatabase', { kind: 'postgres', url: url.toString(), serverUrl, template: name });
    return async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      const clones = await cleanup.query<{ datname: string }>(
        `select datname from pg_database where datname like '${name}%'`,
      );
      for (const { datname } of clones.rows) {
        await cleanup.query(`drop database if exists ${datname} with (force)`);
      }
      await cleanup.end();
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'tansiq-test-'));
  const handle = await openDatabase({ kind: 'pglite', dataDir: null });
  await prepareDatabase(handle, { referenceDataDir, demoMode: false });
  const templatePath = join(dir, 'template.tar');
  await writeFile(templatePath, Buffer.from(await (await dumpPglite(handle)).arrayBuffer()));
  await handle.close();
  project.provide('testDatabase', { kind: 'pglite', templatePath });
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
